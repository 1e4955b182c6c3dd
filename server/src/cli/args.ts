/**
 * Command-line options of the CLIs in this folder (and seeds/cli.ts), on node:util's parseArgs in
 * strict mode: every CLI answers --help (-h) with its usage, every option and an example, on stdout
 * and exit status 0, and refuses an option it does not know before it touches a database.
 */
import { parseArgs } from 'node:util';

export interface OptionHelp {
  type: 'string' | 'boolean';
  /** The value's placeholder in the help, e.g. N, DIR, YYYY-MM-DD (string options). */
  value?: string;
  default?: string;
  description: string;
}

export interface CliSpec {
  /** How it is run, e.g. `npm run export --`. */
  command: string;
  /** The compiled file that command runs, e.g. `dist/server/src/cli/export.js`. */
  script: string;
  summary: string;
  /** The argument patterns that follow the command, one a line. */
  usage: readonly string[];
  options: Readonly<Record<string, OptionHelp>>;
  positionals?: readonly { name: string; description: string }[];
  environment?: readonly (readonly [string, string])[];
  /** Whole command lines. */
  examples: readonly string[];
  notes?: readonly string[];
}

type Values<O extends Readonly<Record<string, OptionHelp>>> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string;
};

export interface ParsedArgs<S extends CliSpec> {
  values: Values<S['options']>;
  positionals: string[];
}

/** Wrong arguments: the message and the short usage go to stderr, with exit status 1. */
export class UsageError extends Error {
  constructor(message: string, spec?: CliSpec) {
    super(spec ? `${message}\n${usageText(spec)}` : message);
    this.name = 'UsageError';
  }
}

const HELP_OPTION: OptionHelp = { type: 'boolean', description: 'print this help and exit' };

function optionLabel(name: string, option: OptionHelp): string {
  const flag = name === 'help' ? '-h, --help' : `--${name}`;
  return option.type === 'string' ? `${flag} ${option.value ?? 'VALUE'}` : flag;
}

/** The command with `args`; without any, as typed (`npm run migrate`, not `npm run migrate --`). */
function commandLine(spec: CliSpec, args: string): string {
  return args ? `${spec.command} ${args}` : spec.command.replace(/ --$/, '');
}

/** The usage lines and a pointer to --help (what a wrong argument prints). */
export function usageText(spec: CliSpec): string {
  const lines = spec.usage.map((args, i) => `${i === 0 ? 'usage:' : '      '} ${commandLine(spec, args)}`);
  return [...lines, `run \`${spec.command} --help\` for every option and an example`].join('\n');
}

/** The full help: usage, options, arguments, environment, examples. */
export function helpText(spec: CliSpec): string {
  const table = (rows: (readonly [string, string])[]) => {
    const width = Math.max(...rows.map(([left]) => left.length)) + 2;
    return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`);
  };
  const options = Object.entries({ ...spec.options, help: HELP_OPTION }).map(
    ([name, option]) =>
      [
        optionLabel(name, option),
        option.default === undefined
          ? option.description
          : `${option.description} (default: ${option.default})`,
      ] as const,
  );
  const out = [
    spec.summary,
    '',
    'Usage:',
    ...spec.usage.map((args) => `  ${commandLine(spec, args)}`),
    `  (\`${spec.command.replace(/ --$/, '')}\` builds first; \`node ${spec.script} …\` runs the built file)`,
    '',
  ];
  if (spec.positionals?.length) {
    out.push('Arguments:', ...table(spec.positionals.map((p) => [p.name, p.description] as const)), '');
  }
  out.push('Options:', ...table(options), '');
  if (spec.environment?.length) out.push('Environment:', ...table([...spec.environment]), '');
  if (spec.notes?.length) out.push(...spec.notes, '');
  out.push(spec.examples.length > 1 ? 'Examples:' : 'Example:', ...spec.examples.map((e) => `  ${e}`));
  return out.join('\n');
}

/**
 * Parses `args` (the process's by default) against `spec`. With -h or --help anywhere before a `--`,
 * prints the help to stdout and returns null: the caller stops with status 0 and does nothing else.
 * Throws a UsageError for an unknown option, a missing value or an unexpected argument.
 */
export function parseCli<S extends CliSpec>(
  spec: S,
  args: string[] = process.argv.slice(2),
): ParsedArgs<S> | null {
  const end = args.indexOf('--');
  const own = end === -1 ? args : args.slice(0, end);
  if (own.includes('--help') || own.includes('-h')) {
    console.log(helpText(spec));
    return null;
  }
  const options: Record<string, { type: 'string' | 'boolean'; default?: string }> = {};
  for (const [name, option] of Object.entries(spec.options)) {
    options[name] =
      option.default === undefined ? { type: option.type } : { type: option.type, default: option.default };
  }
  try {
    const parsed = parseArgs({
      args,
      options,
      strict: true,
      allowPositionals: Boolean(spec.positionals?.length),
    });
    return { values: parsed.values as Values<S['options']>, positionals: parsed.positionals };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (!code?.startsWith('ERR_PARSE_ARGS_')) throw error;
    // parseArgs's own words for an unknown option suggest `--` quoting, which never fits here.
    const unknown = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && /'([^']+)'/.exec((error as Error).message);
    throw new UsageError(unknown ? `unknown option ${unknown[1]}` : (error as Error).message, spec);
  }
}

/** A positive whole number given as `--name`, or a UsageError. */
export function positiveId(name: string, raw: string, spec?: CliSpec): number {
  const value = /^\d{1,15}$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new UsageError(`--${name} must be a positive whole number (got "${raw}")`, spec);
  }
  return value;
}
