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
import { openDatabase } from './database';
import { graphiqlAssets, graphiqlPage } from './graphiql';
import { buildAppSchema } from './schema';
import { seedDemoDataIfEmpty } from '../../seeds/demo';

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
}

/** Starts the whole server: database, schema, HTTP. Tests call it too, with port 0. */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const log = options.log ?? ((message: string) => console.log(message));
  const ownsDatabase = !options.dataSource;
  const dataSource = options.dataSource ?? (await openDatabase(config.database, { logSql: config.logSql }));
  try {
    if (config.seedDemoData) {
      const seeded = await seedDemoDataIfEmpty(dataSource);
      if (seeded) log(`seeded the demo data of the 2019 campaign (${seeded.volunteers} volunteers)`);
    }
    const schema = await buildAppSchema();
    const app = express();
    const httpServer = http.createServer(app);
    const apollo = new ApolloServer<Context>({
      schema,
      formatError: (formatted, error) => formatError(formatted, error),
      includeStacktraceInErrorResponses: config.nodeEnv === 'development',
      introspection: true,
      plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
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
    app.use(graphiqlAssets());
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
      expressMiddleware(apollo, { context: async () => createContext(dataSource) }),
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
        if (ownsDatabase && dataSource.isInitialized) await dataSource.destroy();
      },
    };
  } catch (error) {
    if (ownsDatabase && dataSource.isInitialized) await dataSource.destroy();
    throw error;
  }
}
