import type http from 'node:http';
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { DataSource } from 'typeorm';
import { UnauthenticatedError } from './core/actor';
import type { Config } from './core/config';
import { createContext } from './core/context';
import { AppError, ErrorCode } from './core/errors';
import { formatError } from './core/format-error';
import type { EventBus } from './core/pubsub';
import { depthLimitRule, measureComplexity, QueryLimits, QueryTooComplexError } from './core/query-limits';
import { accessTokenExpiry } from './modules/accounts/access-token';
import { sameOrigin, sessionCookieOf } from './modules/accounts/web-session.http';
import {
  SessionRegistry,
  TOO_MANY_SOCKETS_CLOSE_CODE,
  type SocketCredential,
  type SocketSession,
} from './subscription-sessions';

export interface SubscriptionServer {
  /** Closes every socket with 1001 (going away) and stops accepting new ones. */
  close(): Promise<void>;
}

type SocketExtra = {
  session?: SocketSession;
};

/** A subscription over MAX_SUBSCRIPTIONS_PER_SOCKET; the socket and its other subscriptions go on. */
export class TooManySubscriptionsError extends AppError {
  constructor(maxSubscriptions: number) {
    super(
      ErrorCode.TOO_MANY_SUBSCRIPTIONS,
      `at most ${maxSubscriptions} subscriptions may be open on one socket: complete one first`,
      { maxSubscriptions },
    );
  }
}

/**
 * GraphQL subscriptions over WebSocket (the graphql-transport-ws protocol of graphql-ws) on the
 * HTTP server's own port and path.
 *
 * - Signing in: `connectionParams: { authorization: "Bearer <token>" }`, the same access or API
 *   tokens as over HTTP. No token, or a bad one, closes the socket with 4403 (Forbidden). A
 *   socket opened with an access token is closed with 4403 when that token expires, so the
 *   client signs in again and reconnects.
 * - Staying signed in: a revoked API token, a password change or a deactivation closes the
 *   affected sockets with 4403 on every instance (SESSIONS_REVOKED on the event bus), and the
 *   sign-in is checked again before events and subscriptions once it is `recheckSeconds` old.
 * - Caps: `maxSocketsPerAccount` sockets per account on this instance (more are closed with 4429,
 *   reason `TOO_MANY_SOCKETS: …`) and `maxPerSocket` subscriptions per socket (more are refused
 *   with TOO_MANY_SUBSCRIPTIONS, the socket stays open).
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
  limits: Config['subscriptions'];
  events: EventBus;
  isProduction: boolean;
  log: (message: string) => void;
}): SubscriptionServer {
  const { dataSource, auth, events, schema, limits } = options;
  const sessions = new SessionRegistry({ dataSource, auth, limits, log: options.log });
  sessions.listen(events);
  const wsServer = new WebSocketServer({ server: options.httpServer, path: options.path });
  const rules = [...specifiedRules, depthLimitRule(QueryLimits.maxDepth)];
  const formatOptions = { hideSuggestions: options.isProduction };
  const server = useServer<Record<string, unknown> | undefined, SocketExtra>(
    {
      schema,
      isProd: options.isProduction,
      async onConnect(ctx) {
        const credential = credentialOf(ctx.connectionParams, ctx.extra.request);
        if (!credential) return false;
        const socket = ctx.extra.socket;
        let session;
        try {
          session = await sessions.signIn(socket, credential);
        } catch {
          return false; // graphql-ws closes with 4403 Forbidden
        }
        if (session === ErrorCode.TOO_MANY_SOCKETS) {
          // Closed first with our code: graphql-ws's own close (4403) after `false` is then ignored.
          socket.close(
            TOO_MANY_SOCKETS_CLOSE_CODE,
            `${ErrorCode.TOO_MANY_SOCKETS}: at most ${limits.maxSocketsPerAccount} sockets per account`,
          );
          return false;
        }
        if (socket.readyState !== socket.OPEN) {
          session.closed(); // the client left while it was being signed in
          return false;
        }
        ctx.extra.session = session;
        const signedIn = session;
        socket.once('close', () => signedIn.closed());
        const expiresAt = credential.kind === 'bearer' ? accessTokenExpiry(credential.authorization) : null;
        if (expiresAt) {
          const timer = setTimeout(
            () => signedIn.end('the access token has expired: sign in again'),
            Math.max(0, expiresAt.getTime() - Date.now()),
          );
          timer.unref();
          socket.once('close', () => clearTimeout(timer));
        }
        return true;
      },
      async onSubscribe(ctx, _id, payload) {
        const session = ctx.extra.session;
        try {
          if (!session || !(await session.stillSignedIn())) {
            return [new UnauthenticatedError('signed out: connect again with a valid token')];
          }
        } catch (error) {
          // The check could not run (e.g. no database): formatError names or masks the cause.
          return [new GraphQLError('could not check the sign-in', { originalError: error as Error })];
        }
        // graphql-ws has already registered this one.
        if (Object.keys(ctx.subscriptions).length > limits.maxPerSocket) {
          return [new TooManySubscriptionsError(limits.maxPerSocket)];
        }
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
          contextValue: { ...createContext(dataSource, session.actor, auth, events), session },
        };
        return args;
      },
      onOperation(ctx, id, _payload, _args, result) {
        if (!isAsyncIterable(result)) return undefined;
        // graphql-ws does not acknowledge a subscription. Once the event stream is listening (its
        // first next() attaches the listener), a pong names the subscription: the protocol allows a
        // pong at any time, and clients that do not look for it ignore it.
        const iterator = result[Symbol.asyncIterator]();
        let acknowledged = false;
        const acknowledging = {
          [Symbol.asyncIterator]: () => acknowledging,
          next() {
            const step = iterator.next();
            if (!acknowledged) {
              acknowledged = true;
              const socket = ctx.extra.socket;
              if (socket.readyState === socket.OPEN) {
                socket.send(JSON.stringify({ type: 'pong', payload: { subscribed: id } }));
              }
            }
            return step;
          },
          return: (value) => iterator.return?.(value) ?? Promise.resolve({ done: true, value }),
          throw: (error) => iterator.throw?.(error) ?? Promise.reject(error),
        } as AsyncGenerator<ExecutionResult>;
        return acknowledging;
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
    async close() {
      await sessions.stop();
      await server.dispose();
    },
  };
}

/** The Authorization value from connection params: `authorization` or `Authorization`, or a bare `token`. */
/**
 * A token in connectionParams first (tools); else the browser's session cookie, which the browser
 * sends with the upgrade request. A page of another site can open a socket to us too, and the
 * browser would attach the cookie, so the cookie counts only when the request comes from our own
 * origin (the Origin's host is the Host the request was sent to).
 */
function credentialOf(
  params: Record<string, unknown> | undefined,
  request: http.IncomingMessage,
): SocketCredential | null {
  const value = params?.authorization ?? params?.Authorization;
  if (typeof value === 'string' && value.trim()) return { kind: 'bearer', authorization: value };
  const token = params?.token;
  if (typeof token === 'string' && token.trim())
    return { kind: 'bearer', authorization: `Bearer ${token.trim()}` };
  const cookieValue = sessionCookieOf(request);
  if (!cookieValue || !sameOrigin(request)) return null;
  return { kind: 'web-session', cookieValue };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<ExecutionResult> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
