import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { promisify } from 'node:util';
import { BadInputError } from '../../core/errors';

/**
 * Passwords are stored with scrypt, a memory-hard hash, as
 * `scrypt$<N>$<r>$<p>$<salt base64>$<hash base64>`. The parameters travel with the hash, so
 * stronger settings later still verify the hashes made today.
 */
const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keyLength: number,
  options: ScryptOptions,
) => Promise<Buffer>;

export const SCRYPT_PARAMS = Object.freeze({ N: 2 ** 15, r: 8, p: 1 });
const MAX_MEMORY = 64 * 1024 * 1024;
const SALT_BYTES = 16;
const KEY_BYTES = 32;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** The password rule: 10 to 200 characters (code points); taken as typed, never trimmed. */
export function checkPasswordRule(field: string, password: string | null | undefined): string {
  const length = [...(password ?? '')].length;
  if (length < PASSWORD_MIN_LENGTH) {
    throw new BadInputError(field, `${field} must be at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  if (length > PASSWORD_MAX_LENGTH) {
    throw new BadInputError(field, `${field} must be at most ${PASSWORD_MAX_LENGTH} characters`);
  }
  return password!;
}

export interface ParsedPasswordHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

const STORED = /^scrypt\$(\d{1,8})\$(\d{1,3})\$(\d{1,3})\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

/** Reads a stored hash; null when it is not one this code wrote (or parameters are unreasonable). */
export function parsePasswordHash(stored: string): ParsedPasswordHash | null {
  const match = STORED.exec(stored);
  if (!match) return null;
  const [N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const salt = Buffer.from(match[4]!, 'base64');
  const hash = Buffer.from(match[5]!, 'base64');
  const powerOfTwo = N > 1 && (N & (N - 1)) === 0;
  // Bounds keep a tampered row from making one login allocate gigabytes.
  if (!powerOfTwo || r < 1 || p < 1 || p > 16 || 128 * N * r > MAX_MEMORY / 2) return null;
  if (salt.length < 8 || hash.length < 16) return null;
  return { N, r, p, salt, hash };
}

/** `salt` is for deterministic demo data only; real accounts always get a random one. */
export async function hashPassword(
  password: string,
  salt: Buffer = randomBytes(SALT_BYTES),
): Promise<string> {
  const { N, r, p } = SCRYPT_PARAMS;
  const hash = await scryptAsync(password.normalize('NFC'), salt, KEY_BYTES, { N, r, p, maxmem: MAX_MEMORY });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** True when `password` matches `stored`; false for a wrong password or an unreadable hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parsePasswordHash(stored);
  if (!parsed) return false;
  const { N, r, p, salt, hash } = parsed;
  const candidate = await scryptAsync(password.normalize('NFC'), salt, hash.length, {
    N,
    r,
    p,
    maxmem: MAX_MEMORY,
  });
  return timingSafeEqual(candidate, hash);
}

/** A real hash of nothing anyone knows: unknown usernames are checked against it, so they take as long. */
let decoy: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(24).toString('base64'));
  return decoy;
}
