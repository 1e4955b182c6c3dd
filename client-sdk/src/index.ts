export { Client, createClient, login, type ClientOptions, type PageOptions } from './client';
export { SdkError, type SdkErrorCode } from './errors';
export { paginate, type Connection } from './pagination';
export type { RetryPolicy, TypedDocument } from './transport';
export * from './generated/graphql';
