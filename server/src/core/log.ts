/** The longest line the server writes to its log; the rest is cut and counted. */
export const MAX_LOG_LINE = 2000;

/**
 * What an error's log line may carry: its class, code, message and stack. Never its other
 * properties: body-parser puts the raw request body on its errors (`body`, which held a
 * password), TypeORM the statement's values (`parameters`), drivers the failing SQL.
 */
export function describeForLog(error: unknown, depth = 0): string {
  if (!(error instanceof Error)) {
    return typeof error === 'string' ? error : Object.prototype.toString.call(error);
  }
  const code = (error as { code?: unknown }).code;
  const head = `${error.name}${typeof code === 'string' || typeof code === 'number' ? ` [${code}]` : ''}`;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
  // GraphQLError keeps what a resolver threw as `originalError`.
  const { cause, originalError } = error as { cause?: unknown; originalError?: unknown };
  const under = originalError ?? cause;
  const inner = under && depth < 3 ? `\ncaused by: ${describeForLog(under, depth + 1)}` : '';
  const message = quotesData(error, code) ? redactLiterals(error.message) : error.message;
  return `${head}: ${message}${frames ? `\n${frames}` : ''}${inner}`;
}

/** Quoted values in a message: what drivers and JSON.parse quote is usually what the client sent. */
const QUOTED = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g;

/**
 * A driver's or JSON's message with its quoted values blanked: MariaDB's "Duplicate entry
 * '370102…' for key …" holds a document number, V8's JSON errors quote the body they choke on.
 */
export function redactLiterals(message: string): string {
  return message.replace(QUOTED, (quoted) => `${quoted[0]}…${quoted[0]}`);
}

/** Errors whose messages quote request data: SQL drivers and JSON parsing. */
function quotesData(error: Error, code: unknown): boolean {
  return (
    error instanceof SyntaxError ||
    error.name === 'QueryFailedError' ||
    (typeof code === 'string' && /^(ER_|SQLITE_)/.test(code))
  );
}

/** Cuts a line to MAX_LOG_LINE characters, saying how much was left out. */
export function capLogLine(line: string): string {
  if (line.length <= MAX_LOG_LINE) return line;
  const cut = line.slice(0, MAX_LOG_LINE);
  return `${cut}… [${line.length - MAX_LOG_LINE} more characters cut]`;
}

/** Writes one capped line to stderr: a label, and an error described without its payload. */
export function logError(label: string, error?: unknown): void {
  console.error(capLogLine(error === undefined ? label : `${label}: ${describeForLog(error)}`));
}
