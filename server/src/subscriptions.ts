import type http from 'node:http';
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { DataSource } from 'typeorm';
import type { Actor } from './core/actor';
import type { Config } from './core/config';
import { createContext } from './core/context';
import { ErrorCode } from './core/errors';
import { formatError } from './core/format-error';
import type { EventBus } from './core/pubsub';
import { depthLimitRule, measureComplexity, QueryLimits, QueryTooComplexError } from './core/query-limits';
import { accessTokenExpiry } from './modules/accounts/access-token';
import { authenticate } from './modules/accounts/authenticate';

export interface SubscriptionServer {
  /** Closes every socket with 1001 (going away) and stops accepting new ones. */
  close(): Promise<void>;
}

type SocketExtra = {
  actor?: Actor;
  expiryTimer?: NodeJS.Timeout;
};

/**
 * GraphQL subscriptions over WebSocket (the graphql-transport-ws protocol of graphql-ws) on the
 * HTTP server's own port and path.
 *
 * - Signing in: `connectionParams: { authorization: "Bearer <token>" }`, the same access or API
 *   tokens as over HTTP. No token, or a bad one, closes the socket with 4403 (Forbidden). A
 *   socket opened with an access token is closed with 4403 when that token expires, so the
 *   client signs in again and reconnects.
 * - Only subscriptions: queries and mutations go over HTTP, where rate limits apply.
 * - The same depth and cost limits as HTTP, and the same error masking.
 * - Each subscription gets its own context (actor, loaders, the event bus).
 */
export function attachSubscriptionServer(options: {
  httpServer: http.Server;
  path: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  auth: Config['auth'];
  events: EventBus;
  isProduction: boolean;
}): SubscriptionServer {
  const { dataSource, auth, events, schema } = options;
  const wsServer = new WebSocketServer({ server: options.httpServer, path: options.path });
  const rules = [...specifiedRules, depthLimitRule(QueryLimits.maxDepth)];
  const formatOptions = { hideSuggestions: options.isProduction };
  const server = useServer<Record<string, unknown> | undefined, SocketExtra>(
    {
      schema,
      isProd: options.isProduction,
      async onConnect(ctx) {
        const authorization = bearerOf(ctx.connectionParams);
        if (!authorization) return false;
        try {
          const actor = await authenticate(dataSource, auth, authorization);
          if (!actor) return false;
          ctx.extra.actor = actor;
        } catch {
          return false; // graphql-ws closes with 4403 Forbidden
        }
        const expiresAt = accessTokenExpiry(authorization);
        if (expiresAt) {
          const socket = ctx.extra.socket;
          const timer = setTimeout(
            () => socket.close(CloseCode.Forbidden, 'the access token has expired: sign in again'),
            Math.max(0, expiresAt.getTime() - Date.now()),
          );
          timer.unref();
          ctx.extra.expiryTimer = timer;
          socket.once('close', () => clearTimeout(timer));
        }
        return true;
      },
      onSubscribe(ctx, _id, payload) {
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error as GraphQLError];
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return errors;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [new GraphQLError('name one operation of the document to run')];
        if (operation.operation !== 'subscription') {
          return [
            new GraphQLError(
              'only subscriptions are served over WebSocket: send queries and mutations over HTTP',
              {
                extensions: { code: ErrorCode.BAD_USER_INPUT },
              },
            ),
          ];
        }
        const cost = measureComplexity(schema, document, operation, payload.variables ?? undefined);
        if (cost && (cost.exceededFieldLimit || cost.complexity > QueryLimits.maxComplexity)) {
          return [
            new QueryTooComplexError(cost.complexity, QueryLimits.maxComplexity, cost.exceededFieldLimit),
          ];
        }
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: createContext(dataSource, ctx.extra.actor ?? null, auth, events),
        };
        return args;
      },
      onError(_ctx, _id, _payload, errors) {
        return errors.map((error) => formatError(error.toJSON(), error, undefined, formatOptions));
      },
      onNext(_ctx, _id, _payload, _args, result) {
        if (!result.errors) return undefined;
        return {
          ...result,
          errors: result.errors.map((error) => formatError(error.toJSON(), error, undefined, formatOptions)),
        };
      },
    },
    wsServer,
  );
  return {
    close: () => server.dispose() as Promise<void>,
  };
}

/** The Authorization value from connection params: `authorization` or `Authorization`, or a bare `token`. */
function bearerOf(params: Record<string, unknown> | undefined): string | null {
  const value = params?.authorization ?? params?.Authorization;
  if (typeof value === 'string' && value.trim()) return value;
  const token = params?.token;
  if (typeof token === 'string' && token.trim()) return `Bearer ${token.trim()}`;
  return null;
}
