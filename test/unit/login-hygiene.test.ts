import { GraphQLError } from 'graphql';
import { ConfigError, loadConfig } from '../../server/src/core/config';
import { formatError } from '../../server/src/core/format-error';
import { capLogLine, describeForLog, MAX_LOG_LINE } from '../../server/src/core/log';
import { SqlLogger } from '../../server/src/core/sql-logger';
import { addressKey } from '../../server/src/modules/accounts/login-throttle';

describe('log lines', () => {
  it('describes an error by class, code, message and stack, never by its payload properties', () => {
    const parseError = Object.assign(new SyntaxError('Unterminated string in JSON at position 9'), {
      type: 'entity.parse.failed',
      body: '{"password":"s3cret-passw0rd',
    });
    const queryFailed = Object.assign(new Error('Duplicate entry for key'), {
      code: 'ER_DUP_ENTRY',
      parameters: ['370102199001011234', 'zhang.wei'],
    });
    const line = describeForLog(new GraphQLError('wrapped', { originalError: queryFailed }));
    expect(describeForLog(parseError)).toMatch(/^SyntaxError: Unterminated string/);
    expect(describeForLog(parseError)).not.toContain('s3cret');
    expect(line).toMatch(/caused by: Error \[ER_DUP_ENTRY\]: Duplicate entry/);
    expect(line).not.toMatch(/370102199001011234|zhang\.wei/);
  });

  it('blanks the values a driver or JSON.parse quotes in its message', () => {
    const duplicate = Object.assign(
      new Error("Duplicate entry '370102199001011234' for key 'volunteer.IDX_document'"),
      { code: 'ER_DUP_ENTRY' },
    );
    const json = (() => {
      try {
        JSON.parse('{"password":s3cret}');
      } catch (error) {
        return error;
      }
    })();
    expect(describeForLog(duplicate)).toMatch(/^Error \[ER_DUP_ENTRY\]: Duplicate entry '…' for key '…'/);
    expect(describeForLog(json)).not.toContain('s3cret');
    // Other errors keep their words: they quote code, not input.
    expect(describeForLog(new TypeError("Cannot read properties of undefined (reading 'id')"))).toContain(
      "'id'",
    );
  });

  it('logs a failed statement without its values unless LOG_SQL is on', () => {
    const lines: string[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
    try {
      const error = new Error("Duplicate entry 'zhang.wei' for key 'IDX_username'");
      new SqlLogger(false).logQueryError(
        error,
        'INSERT INTO account (username, passwordHash) VALUES (?, ?)',
        ['zhang.wei', 'scrypt$hash'],
      );
      new SqlLogger(true).logQueryError(error, 'INSERT INTO account (username) VALUES (?)', ['zhang.wei']);
    } finally {
      spy.mockRestore();
    }
    expect(lines[0]).toBe(
      "[sql] failed: INSERT INTO account (username, passwordHash) VALUES (?, ?): Error: Duplicate entry '…' for key '…'",
    );
    expect(lines[1]).toContain('["zhang.wei"]');
  });

  it('caps a line at 2,000 characters and says how much was cut', () => {
    expect(capLogLine('short')).toBe('short');
    const capped = capLogLine('x'.repeat(5000));
    expect(capped.startsWith('x'.repeat(MAX_LOG_LINE))).toBe(true);
    expect(capped).toMatch(/… \[3000 more characters cut\]$/);
    expect(MAX_LOG_LINE).toBe(2000);
  });
});

describe('addressKey (who a failed login counts against)', () => {
  it('keeps IPv4 and unwraps IPv4-mapped IPv6', () => {
    expect(addressKey('10.1.2.3')).toBe('10.1.2.3');
    expect(addressKey('::ffff:10.1.2.3')).toBe('10.1.2.3');
  });

  it('counts IPv6 by its /64, so a client cannot take a fresh budget per address', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });

  it('names a missing address', () => {
    expect(addressKey(undefined)).toBe('unknown');
  });
});

describe('TRUST_PROXY and login throttling settings', () => {
  it('default to trusting no proxy, 10 failures per username, 30 per address, 15 minutes', () => {
    const config = loadConfig({});
    expect(config.http.trustProxy).toBe(0);
    expect(config.login).toEqual({ maxFailuresPerUsername: 10, maxFailuresPerAddress: 30, lockSeconds: 900 });
  });

  it('read the hop count and the limits', () => {
    const config = loadConfig({
      TRUST_PROXY: '1',
      LOGIN_MAX_FAILURES_PER_USERNAME: '5',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '50',
      LOGIN_LOCK_MINUTES: '30',
    });
    expect(config.http.trustProxy).toBe(1);
    expect(config.login).toEqual({ maxFailuresPerUsername: 5, maxFailuresPerAddress: 50, lockSeconds: 1800 });
  });

  it('refuse a hop count that is not a small whole number, and a lock longer than a day', () => {
    for (const [name, value] of [
      ['TRUST_PROXY', 'true'],
      ['TRUST_PROXY', '-1'],
      ['TRUST_PROXY', '11'],
      ['LOGIN_LOCK_MINUTES', '1441'],
      ['LOGIN_MAX_FAILURES_PER_USERNAME', '0'],
    ] as const) {
      let error: unknown;
      try {
        loadConfig({ [name]: value });
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toContain(name);
    }
  });
});

describe('formatError with hideSuggestions', () => {
  const noLog = () => undefined;

  it('drops "Did you mean …?" from validation and variable errors only when asked', () => {
    const validation = new GraphQLError(
      'Cannot query field "serviceCategorie" on type "Query". Did you mean "serviceCategories"?',
      { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    );
    const variable = new GraphQLError(
      'Variable "$i" got invalid value "PROVINC" at "i.kind"; Value "PROVINC" does not exist in "UnitKind" enum. Did you mean the enum value "PROVINCE"?',
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
    const hidden = [validation, variable].map((error) =>
      formatError(error.toJSON(), error, noLog, { hideSuggestions: true }),
    );
    expect(hidden[0]!.message).toBe('Cannot query field "serviceCategorie" on type "Query".');
    expect(hidden[1]!.message).toBe(
      'Variable "$i" got invalid value "PROVINC" at "i.kind"; Value "PROVINC" does not exist in "UnitKind" enum.',
    );
    expect(hidden[1]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    expect(formatError(validation.toJSON(), validation, noLog).message).toMatch(/Did you mean/);
  });
});
