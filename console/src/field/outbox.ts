import { useCallback, useEffect, useRef, useState } from 'react';
import { SdkError, type Client } from '../../../client-sdk/src';
import { FieldVolunteerRecordServiceDocument, type FieldVolunteerRecordFragment } from '../graphql/generated';
import { isSignedOutError } from '../session';
import type { ServerRefusal } from './volunteer/rules';

/**
 * 待发送: service time recorded on the phone where the network is poor (a village school, a
 * clinic) is kept in localStorage, per signed-in account, until the server has it. Each entry
 * carries an idempotency key made once, when it is recorded, and sent with every attempt: the API
 * answers a repeat with the record it already made, so an entry whose answer was lost is sent
 * again safely and is never doubled. Only the lack of an answer keeps an entry waiting; a refusal
 * by the server (a rule of service time) moves it to "needs attention" with the server's reason.
 */

/** recordService's input as the phone keeps it (always submitted for approval). */
export interface OutboxInput {
  projectId: string;
  postId: string;
  startsAt: string;
  endsAt: string;
  remark: string | null;
}

/** Why the server refused an entry: what the SDK said, kept so the page can say it in Chinese. */
export interface OutboxRefusal extends ServerRefusal {
  at: string;
}

export interface OutboxEntry {
  /** The idempotency key, made once when the entry is recorded. */
  key: string;
  input: OutboxInput;
  /** Names as they were when recorded, so the list reads without the network. */
  projectName: string;
  postName: string;
  savedAt: string;
  /** Null while waiting to be sent; set once the server refused it. */
  refusal: OutboxRefusal | null;
}

const STORAGE_PREFIX = 'uvp.field.outbox.v1:';
const storageKey = (accountId: string) => `${STORAGE_PREFIX}${accountId}`;

/**
 * A version 4 UUID. `crypto.randomUUID` exists only in secure contexts (https, localhost), and
 * intranet servers are often opened over plain http; `getRandomValues` works everywhere.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function isEntry(value: unknown): value is OutboxEntry {
  const e = value as OutboxEntry;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.key === 'string' &&
    typeof e.input === 'object' &&
    e.input !== null &&
    typeof e.input.projectId === 'string' &&
    typeof e.input.startsAt === 'string'
  );
}

/** The entries kept for this account, oldest first (what another tab wrote included). */
export function readOutbox(accountId: string): OutboxEntry[] {
  try {
    const raw = localStorage.getItem(storageKey(accountId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    return [];
  }
}

const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

/** Writes the list; throws when the phone's storage refuses (full, or private mode). */
function writeOutbox(accountId: string, entries: OutboxEntry[]): void {
  if (entries.length === 0) localStorage.removeItem(storageKey(accountId));
  else localStorage.setItem(storageKey(accountId), JSON.stringify(entries));
  notify();
}

/** Re-reads before each change, so entries another tab added meanwhile are kept. */
function change(accountId: string, update: (entries: OutboxEntry[]) => OutboxEntry[]): void {
  writeOutbox(accountId, update(readOutbox(accountId)));
}

export function addToOutbox(accountId: string, entry: OutboxEntry): void {
  change(accountId, (entries) => [...entries.filter((e) => e.key !== entry.key), entry]);
}

export function removeFromOutbox(accountId: string, key: string): void {
  change(accountId, (entries) => entries.filter((e) => e.key !== key));
}

function markRefused(accountId: string, key: string, refusal: OutboxRefusal): void {
  change(accountId, (entries) => entries.map((e) => (e.key === key ? { ...e, refusal } : e)));
}

/**
 * Whether the server refused the entry itself (it answered with one of its error codes), as
 * opposed to no answer at all: the network, a proxy's page, a busy server, or a session that
 * ended — none of them the entry's fault, so it waits and is sent again.
 */
export function isRefusal(error: unknown): error is SdkError {
  if (!(error instanceof SdkError)) return false;
  if (error.transient || isSignedOutError(error)) return false;
  return !['NETWORK_ERROR', 'HTTP_ERROR', 'INVALID_RESPONSE', 'INTERNAL_SERVER_ERROR'].includes(error.code);
}

export function refusalOf(error: SdkError): OutboxRefusal {
  const extensions: Record<string, string> = {};
  for (const [name, value] of Object.entries(error.extensions)) {
    if (typeof value === 'string') extensions[name] = value;
  }
  return {
    code: error.code,
    field: error.field,
    message: error.message,
    extensions,
    at: new Date().toISOString(),
  };
}

export type SendOutcome =
  | { kind: 'sent'; record: FieldVolunteerRecordFragment }
  /** No answer: the entry stays waiting. */
  | { kind: 'waiting'; error: unknown }
  | { kind: 'refused'; error: SdkError };

/** Entries being sent from this tab now: a second send of one joins the first. */
const inFlight = new Map<string, Promise<SendOutcome>>();

/**
 * Sends one entry (submitted for approval, with its key). Sent: it leaves the outbox. Refused:
 * kept as needing attention, or dropped when `refused: 'drop'` (the form shows the refusal on
 * its fields instead). No answer: it stays waiting.
 */
export function sendEntry(
  client: Client,
  accountId: string,
  entry: OutboxEntry,
  options: { refused?: 'keep' | 'drop' } = {},
): Promise<SendOutcome> {
  const running = inFlight.get(entry.key);
  if (running) return running;
  const attempt = (async (): Promise<SendOutcome> => {
    try {
      const { recordService } = await client.request(
        FieldVolunteerRecordServiceDocument,
        { input: { ...entry.input, submit: true, idempotencyKey: entry.key } },
        // The key makes a repeat harmless: the SDK may try again at once on a flaky network.
        { retry: true },
      );
      removeFromOutbox(accountId, entry.key);
      return { kind: 'sent', record: recordService };
    } catch (error) {
      if (!isRefusal(error)) return { kind: 'waiting', error };
      if (options.refused === 'drop') removeFromOutbox(accountId, entry.key);
      else markRefused(accountId, entry.key, refusalOf(error));
      return { kind: 'refused', error };
    }
  })();
  inFlight.set(entry.key, attempt);
  notify();
  void attempt.finally(() => {
    inFlight.delete(entry.key);
    notify();
  });
  return attempt;
}

export interface FlushResult {
  sent: number;
  refused: number;
  waiting: number;
  /** The session ended: sign in again, then the entries are sent. */
  signedOut: boolean;
}

/** Sends every waiting entry, one after another (the server checks each against the ones before). */
export async function flushOutbox(client: Client, accountId: string): Promise<FlushResult> {
  const result: FlushResult = { sent: 0, refused: 0, waiting: 0, signedOut: false };
  for (const entry of readOutbox(accountId).filter((e) => !e.refusal)) {
    const outcome = await sendEntry(client, accountId, entry);
    if (outcome.kind === 'sent') result.sent++;
    else if (outcome.kind === 'refused') result.refused++;
    else {
      result.waiting++;
      if (isSignedOutError(outcome.error)) {
        result.signedOut = true;
        break;
      }
    }
  }
  return result;
}

/** How often waiting entries are tried again while the page is open, beside the `online` event. */
const RETRY_EVERY_MS = 15_000;

/**
 * The account's outbox as React state, kept in step with storage (this tab's changes and other
 * tabs'), and sent when the page opens, when the browser says the network is back, every
 * RETRY_EVERY_MS while something waits, and on `flush()` (the 重试 button). `onSent` hears of
 * every round that sent or refused something, so the page can read its records again.
 */
export function useOutbox(
  client: Client,
  accountId: string,
  expired: () => void,
  onSent?: (result: FlushResult) => void,
) {
  const [entries, setEntries] = useState<OutboxEntry[]>(() => readOutbox(accountId));
  /** Keys of the entries being sent from this tab now. */
  const [sending, setSending] = useState<ReadonlySet<string>>(() => new Set(inFlight.keys()));
  const [flushing, setFlushing] = useState(false);
  const [lastTry, setLastTry] = useState<{ at: Date; result: FlushResult } | null>(null);
  const handlers = useRef({ expired, onSent });
  handlers.current = { expired, onSent };

  useEffect(() => {
    const reread = () => {
      setEntries(readOutbox(accountId));
      setSending(new Set(inFlight.keys()));
    };
    reread();
    listeners.add(reread);
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key === storageKey(accountId)) reread();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(reread);
      window.removeEventListener('storage', onStorage);
    };
  }, [accountId]);

  const flush = useCallback(async () => {
    if (readOutbox(accountId).every((e) => e.refusal)) return;
    setFlushing(true);
    try {
      const result = await flushOutbox(client, accountId);
      setLastTry({ at: new Date(), result });
      if (result.signedOut) handlers.current.expired();
      if (result.sent > 0 || result.refused > 0) handlers.current.onSent?.(result);
    } finally {
      setFlushing(false);
    }
  }, [client, accountId]);

  const waiting = entries.some((e) => !e.refusal);
  useEffect(() => {
    void flush();
    const onOnline = () => void flush();
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [flush]);
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => {
      if (navigator.onLine !== false) void flush();
    }, RETRY_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [waiting, flush]);

  return { entries, sending, flushing, lastTry, flush };
}
