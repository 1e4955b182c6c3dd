import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from './core/config';
import { createContext, type Context } from './core/context';
import { formatError } from './core/format-error';
import { capLogLine } from './core/log';
import { executionOptions } from './core/jit-executor';
import { corsPolicy } from './core/cors-policy';
import { HeavyWork } from './core/heavy-work';
import { complexityLimitPlugin, depthLimitRule, QueryLimits } from './core/query-limits';
import { createRateLimiter, withRateLimit, type RequestRateLimiter } from './core/rate-limit';
import {
  asDatabaseUnavailable,
  bodyErrorHandler,
  clientAddress,
  databaseUnavailablePlugin,
  finalErrorHandler,
  notFoundHandler,
} from './core/http-guards';
import { createLoginThrottle, type ServerLoginThrottle } from './modules/accounts/login-throttle';
import { openDatabase } from './database';
import { closeDataSource } from './core/data-source';
import { connectionHeld, storageHealth } from './core/sqlite-guard';
import { offloadSqliteReads } from './core/sqlite-reads';
import { graphiqlAssets, graphiqlPage } from './graphiql';
import { consoleAssets } from './console-assets';
import { buildAppSchema } from './schema';
import { demoSignIn, seedDemoDataIfEmpty, type DemoSignIn } from '../../seeds/demo';
import { authenticateHttpRequest } from './modules/accounts/web-session.http';
import { moduleRouters, wireModules } from './modules';
import { createEventBus, type EventBus } from './core/pubsub';
import { attachSubscriptionServer, type SubscriptionServer } from './subscriptions';

export interface RunningServer {
  /** The GraphQL endpoint (GraphiQL in a browser). */
  url: string;
  /** The web console's address. */
  consoleUrl: string;
  /** With demo data on: the demo coordinator's sign-in while it still works, for the start-up message. */
  demoSignIn: DemoSignIn | null;
  port: number;
  dataSource: DataSource;
  /** The event bus subscriptions listen on (in memory, or Redis with REDIS_URL). */
  events: EventBus;
  httpServer: http.Server;
  /**
   * Graceful stop: /readyz turns 503, no new connection is accepted, subscription sockets are
   * closed with 1001 (going away), requests in flight finish (up to 10 s), then Redis and the
   * database are closed (SQLite's WAL checkpointed into the main file first). Safe to call more than once.
   */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Use this database instead of opening the configured one (tests); it is not closed on stop. */
  dataSource?: DataSource;
  log?: (message: string) => void;
  /** Prefix of rate limit keys instead of `<REDIS_PREFIX>rl:graphql`; tests give each run its own. */
  rateLimitKeyPrefix?: string;
  /** Prefix of the failed-login counters instead of `<REDIS_PREFIX>login`; tests give each run its own. */
  loginThrottleKeyPrefix?: string;
  /** Prefix of the event channels instead of `<REDIS_PREFIX>events:`; tests give each run its own. */
  eventChannelPrefix?: string;
  /** Node options for the heavy-work threads (tests running the TypeScript sources pass their loader). */
  workerExecArgv?: string[];
}

/** Starts the whole server: database, schema, HTTP. Tests call it too, with port 0. */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const log = options.log ?? ((message: string) => console.log(capLogLine(message)));
  // Before anything is opened: a guard slot nobody filled stops the start here.
  wireModules();
  if (config.auth.secretIsEphemeral) {
    log(
      'warning: AUTH_SECRET is not set: using a random secret, so access tokens will not survive a restart',
    );
  }
  const ownsDatabase = !options.dataSource;
  const dataSource =
    options.dataSource ??
    (await openDatabase(config.database, { logSql: config.logSql, migrate: config.migrateOnStart }));
  let rateLimiter: RequestRateLimiter | undefined;
  let loginThrottle: ServerLoginThrottle | undefined;
  let events: EventBus | undefined;
  try {
    if (config.seedDemoData) {
      if (config.nodeEnv === 'production') {
        log('WARNING: SEED_DEMO_DATA=true in production: an empty database gets the demo accounts');
      }
      const seeded = await seedDemoDataIfEmpty(dataSource);
      if (seeded) {
        log(
          `SEEDED DEMO DATA (${seeded.volunteers} volunteers; accounts with the published demo password): ` +
            'not for real use',
        );
      }
    }
    const demo = config.seedDemoData ? await demoSignIn(dataSource) : null;
    const schema = await buildAppSchema();
    rateLimiter = await createRateLimiter({
      pointsPerMinute: config.http.rateLimitPerMinute,
      redisUrl: config.redisUrl,
      keyPrefix: options.rateLimitKeyPrefix ?? `${config.redisPrefix}rl:graphql`,
      log,
    });
    loginThrottle = await createLoginThrottle({
      settings: config.login,
      redisUrl: config.redisUrl,
      dataSource,
      keyPrefix: options.loginThrottleKeyPrefix ?? `${config.redisPrefix}login`,
      log,
    });
    const throttle = loginThrottle;
    events = await createEventBus({
      redisUrl: config.redisUrl,
      channelPrefix: options.eventChannelPrefix ?? `${config.redisPrefix}events:`,
      log,
    });
    const eventBus = events;
    const heavyWork = new HeavyWork(config.heavyWork, options.workerExecArgv);
    offloadSqliteReads(dataSource, heavyWork);
    const app = express();
    // Answers to POSTed queries are never revalidated, so hashing every body for an ETag is waste.
    app.set('etag', false);
    // Names the framework to a prober, and tells a client nothing it needs.
    app.disable('x-powered-by');
    // Behind TRUST_PROXY proxies req.ip is the client's address (from X-Forwarded-For), so each
    // client has its own rate limit and login budget instead of sharing the proxy's.
    app.set('trust proxy', config.http.trustProxy);
    const httpServer = http.createServer(app);
    let draining = false;
    const production = config.nodeEnv === 'production';
    const apollo = new ApolloServer<Context>({
      ...executionOptions(schema, config.http.compiledExecution),
      formatError: (formatted, error) =>
        formatError(formatted, error, undefined, { hideSuggestions: production }),
      // Production also drops "Did you mean …?" from validation errors (formatError does variables).
      hideSchemaDetailsFromClientErrors: production,
      includeStacktraceInErrorResponses: config.nodeEnv === 'development',
      introspection: config.http.introspection,
      validationRules: [depthLimitRule(QueryLimits.maxDepth)],
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer }),
        ApolloServerPluginLandingPageDisabled(),
        // We set no cache hints; the default cache-control plugin wraps every field resolver for
        // nothing (8 % of the CPU of a nested query in the API benchmark).
        ApolloServerPluginCacheControlDisabled(),
        complexityLimitPlugin(QueryLimits),
        databaseUnavailablePlugin(),
      ],
    });
    await apollo.start();

    // Liveness: the process answers and can read its database. A full or failing store is reported
    // but keeps 200, since restarting the process frees no disk; readiness is where it counts.
    app.get('/healthz', async (_req, res) => {
      const storage = storageHealth(dataSource);
      // Named only when it is not fine, so a healthy answer stays what monitors have always read.
      const body = storage && storage.state !== 'ok' ? { storage: storage.state } : {};
      if (await databaseReachable(dataSource)) res.json({ status: 'ok', database: 'up', ...body });
      else res.status(503).json({ status: 'unavailable', database: 'down', ...body });
    });
    // Readiness: whether to send this instance traffic, with what it depends on.
    app.get('/readyz', async (_req, res) => {
      const database = await databaseReachable(dataSource);
      // SQLite only: whether writes can land (full disk or page limit, I/O or read-only failures).
      // Looked at again on every call, so the instance comes back once space is freed.
      const storage = storageHealth(dataSource);
      const writable = !storage || storage.state === 'ok';
      const bus = eventBus.health();
      // Redis down degrades subscriptions only (writes still commit), so the instance stays
      // ready: failing readiness would take every replica out of the load balancer at once.
      const ready = database && writable && !draining;
      res.status(ready ? 200 : 503).json({
        status: draining
          ? 'draining'
          : !database
            ? 'unavailable'
            : !writable
              ? `storage ${storage!.state}`
              : bus.redis === 'down'
                ? 'degraded'
                : 'ok',
        database: database ? 'up' : 'down',
        ...(storage ? { storage } : {}),
        redis: bus.redis ?? 'not configured',
        events: bus,
      });
    });
    for (const router of moduleRouters({
      dataSource,
      auth: config.auth,
      events: eventBus,
      loginThrottle: throttle,
    })) {
      app.use(router);
    }
    app.use(graphiqlAssets());
    app.use(consoleAssets());
    app.use('/graphql', corsPolicy(config.http.corsOrigins));
    app.get('/graphql', (req, res, next) => {
      // A browser opening the endpoint gets GraphiQL; GraphQL-over-HTTP GETs go on to Apollo.
      if (req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html') {
        res.type('html').send(graphiqlPage('/graphql'));
        return;
      }
      next();
    });
    app.use(
      '/graphql',
      express.json({ limit: '1mb' }),
      bodyErrorHandler(rateLimiter),
      expressMiddleware(apollo, {
        context: withRateLimit(rateLimiter, async ({ req, res }) => {
          let actor;
          try {
            actor = await authenticateHttpRequest(dataSource, config.auth, req, res, { csrf: true });
          } catch (error) {
            throw asDatabaseUnavailable(error);
          }
          return {
            ...createContext(dataSource, actor, config.auth, eventBus, heavyWork),
            clientAddress: clientAddress(req),
            loginThrottle: throttle,
          };
        }),
      }),
    );
    app.use(notFoundHandler);
    app.use(finalErrorHandler);

    const subscriptions: SubscriptionServer = attachSubscriptionServer({
      httpServer,
      path: '/graphql',
      schema,
      dataSource,
      auth: config.auth,
      limits: config.subscriptions,
      events: eventBus,
      isProduction: config.nodeEnv === 'production',
      log,
    });

    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, resolve);
    });
    const port = (httpServer.address() as AddressInfo).port;
    const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
    let stopping: Promise<void> | null = null;
    return {
      url: `http://${host}:${port}/graphql`,
      consoleUrl: `http://${host}:${port}/`,
      demoSignIn: demo,
      port,
      dataSource,
      events: eventBus,
      httpServer,
      stop() {
        stopping ??= (async () => {
          draining = true;
          // Sockets first (1001 going away), so clients reconnect to another instance at once;
          // then Apollo's drain plugin stops listening and waits for the requests in flight.
          await subscriptions.close();
          await apollo.stop();
          await heavyWork.close();
          await eventBus.close();
          await rateLimiter?.close();
          await loginThrottle?.close();
          if (ownsDatabase) await closeDataSource(dataSource, log);
        })();
        return stopping;
      },
    };
  } catch (error) {
    await events?.close();
    await rateLimiter?.close();
    await loginThrottle?.close();
    if (ownsDatabase && dataSource.isInitialized) await dataSource.destroy();
    throw error;
  }
}

async function databaseReachable(dataSource: DataSource): Promise<boolean> {
  // A long SQLite transaction (an archive export) holds the one connection and is using it: a
  // probe would wait behind it, past the timeout, and report a working database as down.
  if (connectionHeld(dataSource)) return true;
  try {
    await Promise.race([
      dataSource.query('SELECT 1'),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
    ]);
    return true;
  } catch {
    return false;
  }
}
