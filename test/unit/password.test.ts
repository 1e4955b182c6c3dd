import {
  checkPasswordRule,
  hashPassword,
  parsePasswordHash,
  SCRYPT_PARAMS,
  verifyPassword,
} from '../../server/src/modules/accounts/password';

describe('password hashing (scrypt)', () => {
  let stored: string;

  beforeAll(async () => {
    stored = await hashPassword('correct horse battery staple');
  });

  it('stores scrypt$N$r$p$salt$hash with N=2^15, r=8, p=1, a 16-byte salt and no plain text', () => {
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(stored).not.toContain('correct horse');
    const parsed = parsePasswordHash(stored)!;
    expect(parsed).toMatchObject(SCRYPT_PARAMS);
    expect(parsed.salt).toHaveLength(16);
    expect(parsed.hash).toHaveLength(32);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash: the same password hashes differently twice', async () => {
    expect(await hashPassword('correct horse battery staple')).not.toBe(stored);
  });

  it('refuses a stored hash whose hash or salt was tampered with', async () => {
    const parts = stored.split('$');
    const flip = (b64: string) => {
      const bytes = Buffer.from(b64, 'base64');
      bytes[0] = bytes[0]! ^ 1;
      return bytes.toString('base64');
    };
    const tamperedHash = [...parts.slice(0, 5), flip(parts[5]!)].join('$');
    const tamperedSalt = [...parts.slice(0, 4), flip(parts[4]!), parts[5]].join('$');
    expect(await verifyPassword('correct horse battery staple', tamperedHash)).toBe(false);
    expect(await verifyPassword('correct horse battery staple', tamperedSalt)).toBe(false);
  });

  it('reads the parameters from the stored string, so older settings still verify', async () => {
    const parts = stored.split('$');
    const { scryptSync } = await import('node:crypto');
    const salt = Buffer.from(parts[4]!, 'base64');
    const weaker = scryptSync('old password 1', salt, 32, { N: 1024, r: 8, p: 2 }).toString('base64');
    const old = `scrypt$1024$8$2$${parts[4]}$${weaker}`;
    expect(parsePasswordHash(old)).toMatchObject({ N: 1024, r: 8, p: 2 });
    expect(await verifyPassword('old password 1', old)).toBe(true);
    expect(await verifyPassword('old password 2', old)).toBe(false);
  });

  it.each([
    ['another scheme', 'bcrypt$2b$10$abcdefghijklmnopqrstuv'],
    [
      'N not a power of two',
      'scrypt$1000$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
    ],
    [
      'N too large for the memory bound',
      'scrypt$1048576$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==',
    ],
    ['a missing part', 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA=='],
    ['empty', ''],
  ])('treats an unreadable stored hash (%s) as no match', async (_case, bad) => {
    expect(parsePasswordHash(bad)).toBeNull();
    expect(await verifyPassword('whatever password', bad)).toBe(false);
  });
});

describe('the password rule', () => {
  it('accepts 10 to 200 characters, counted as characters, not UTF-16 units', () => {
    expect(checkPasswordRule('password', '0123456789')).toBe('0123456789');
    expect(checkPasswordRule('password', '志'.repeat(200))).toHaveLength(200);
    expect(checkPasswordRule('password', '𠮷'.repeat(10))).toHaveLength(20);
  });

  it.each([
    ['password', '012345678', 'at least 10'],
    ['newPassword', 'x'.repeat(201), 'at most 200'],
    ['password', '', 'at least 10'],
  ])('names the field (%s) when a password breaks it', (field, value, message) => {
    expect(() => checkPasswordRule(field, value)).toThrow(message);
    try {
      checkPasswordRule(field, value);
    } catch (error) {
      expect((error as { extensions: Record<string, unknown> }).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
  });
});
