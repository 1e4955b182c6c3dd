import Redis from 'ioredis';

/** A Redis URL fit for a log line: the password, if any, replaced by ***. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'REDIS_URL';
  }
}

/** An error's message, or the thrown value as text. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Slower than this and a side store counts as down for the request: limits never hold a request long. */
const SIDE_STORE_COMMAND_TIMEOUT_MS = 500;

/**
 * A Redis connection for a store the API can do without for a while (rate limits, failed-login
 * counts): it fails fast instead of queueing while Redis is away, and says an outage once and its
 * end once, whatever the number of failed calls and reconnects in between.
 */
export interface SideStore {
  readonly client: Redis;
  /** Logs the outage, once until `back()`. */
  down(error: unknown): void;
  /** Logs the end of an outage, if there was one. */
  back(): void;
  close(): Promise<void>;
}

export async function connectSideStore(
  url: string,
  log: (message: string) => void,
  /** What the store is for and what happens while it is down, for the log lines. */
  words: { subject: string; whileDown: string; whenBack: string },
): Promise<SideStore> {
  const where = redactedUrl(url);
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: SIDE_STORE_COMMAND_TIMEOUT_MS,
    connectTimeout: 2000,
    // ioredis arms this timer on disconnect even for a socket that is already closed, which
    // keeps the process alive that long after stop() (default 2 s).
    disconnectTimeout: 200,
  });
  let outage = false;
  const store: SideStore = {
    client,
    down(error) {
      if (outage) return;
      outage = true;
      log(`${words.subject}: Redis at ${where} is unavailable (${describeError(error)}); ${words.whileDown}`);
    },
    back() {
      if (!outage) return;
      outage = false;
      log(`${words.subject}: Redis at ${where} is back; ${words.whenBack}`);
    },
    async close() {
      if (client.status === 'ready') await client.quit().catch(() => client.disconnect());
      else client.disconnect();
    },
  };
  // ioredis emits an error per failed reconnect; without a listener it prints each one.
  client.on('error', (error) => store.down(error));
  try {
    await client.connect();
  } catch (error) {
    store.down(error);
  }
  return store;
}
