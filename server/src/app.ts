import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from './core/config';
import { createContext, type Context } from './core/context';
import { formatError } from './core/format-error';
import { corsPolicy } from './core/cors-policy';
import { complexityLimitPlugin, depthLimitRule, QueryLimits } from './core/query-limits';
import { createRateLimiter, withRateLimit, type RequestRateLimiter } from './core/rate-limit';
import { openDatabase } from './database';
import { graphiqlAssets, graphiqlPage } from './graphiql';
import { buildAppSchema } from './schema';
import { seedDemoDataIfEmpty } from '../../seeds/demo';
import { authenticate } from './modules/accounts/authenticate';
import { archiveExportRouter } from './modules/archive-exports/archive-export.http';

export interface RunningServer {
  url: string;
  port: number;
  dataSource: DataSource;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Use this database instead of opening the configured one (tests); it is not closed on stop. */
  dataSource?: DataSource;
  log?: (message: string) => void;
  /** Prefix of rate limit keys (in Redis shared by every instance); tests give each run its own. */
  rateLimitKeyPrefix?: string;
}

/** Starts the whole server: database, schema, HTTP. Tests call it too, with port 0. */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const log = options.log ?? ((message: string) => console.log(message));
  if (config.auth.secretIsEphemeral) {
    log(
      'warning: AUTH_SECRET is not set: using a random secret, so access tokens will not survive a restart',
    );
  }
  const ownsDatabase = !options.dataSource;
  const dataSource = options.dataSource ?? (await openDatabase(config.database, { logSql: config.logSql }));
  let rateLimiter: RequestRateLimiter | undefined;
  try {
    if (config.seedDemoData) {
      const seeded = await seedDemoDataIfEmpty(dataSource);
      if (seeded) log(`seeded the demo data of the 2019 campaign (${seeded.volunteers} volunteers)`);
    }
    const schema = await buildAppSchema();
    rateLimiter = await createRateLimiter({
      pointsPerMinute: config.http.rateLimitPerMinute,
      redisUrl: config.redisUrl,
      keyPrefix: options.rateLimitKeyPrefix,
      log,
    });
    const app = express();
    const httpServer = http.createServer(app);
    const apollo = new ApolloServer<Context>({
      schema,
      formatError: (formatted, error) => formatError(formatted, error),
      includeStacktraceInErrorResponses: config.nodeEnv === 'development',
      introspection: config.http.introspection,
      validationRules: [depthLimitRule(QueryLimits.maxDepth)],
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer }),
        ApolloServerPluginLandingPageDisabled(),
        complexityLimitPlugin(QueryLimits),
      ],
    });
    await apollo.start();

    app.get('/healthz', async (_req, res) => {
      try {
        await dataSource.query('SELECT 1');
        res.json({ status: 'ok', database: 'up' });
      } catch {
        res.status(503).json({ status: 'unavailable', database: 'down' });
      }
    });
    app.use(archiveExportRouter(dataSource, config.auth));
    app.use(graphiqlAssets());
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
      expressMiddleware(apollo, {
        context: withRateLimit(rateLimiter, async ({ req }) =>
          createContext(
            dataSource,
            await authenticate(dataSource, config.auth, req.headers.authorization),
            config.auth,
          ),
        ),
      }),
    );

    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, resolve);
    });
    const port = (httpServer.address() as AddressInfo).port;
    const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
    return {
      url: `http://${host}:${port}/graphql`,
      port,
      dataSource,
      async stop() {
        await apollo.stop();
        await rateLimiter?.close();
        if (ownsDatabase && dataSource.isInitialized) await dataSource.destroy();
      },
    };
  } catch (error) {
    await rateLimiter?.close();
    if (ownsDatabase && dataSource.isInitialized) await dataSource.destroy();
    throw error;
  }
}
