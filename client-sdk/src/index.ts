export { Client, createClient, login, type ClientOptions, type PageOptions, type Session } from './client';
export { SdkError, type SdkErrorCode } from './errors';
export { ERROR_CODES, type ErrorCode } from './generated/error-codes';
export {
  CSRF_HEADER,
  currentSession,
  endSession,
  startSession,
  type BrowserSession,
} from './browser-session';
export { paginate, type Connection } from './pagination';
export {
  Transport,
  type RequestOptions,
  type RetryPolicy,
  type TokenSource,
  type TransportOptions,
  type TypedDocument,
} from './transport';
export * from './generated/graphql';
export type { ConnectionEvent, EventStream } from './subscriptions';
export { operations, subscriptions } from './generated/api';
