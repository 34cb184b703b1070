// The command lines of the project's scripts, read by Node's util.parseArgs in strict mode: an
// unknown option, a missing value or an unexpected argument is refused with a message naming it and
// the command's usage line; `--help` (`-h`) prints the usage line.
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';

/** A command line that does not fit the command; its message ends with the usage line when known. */
export class UsageError extends Error {
  readonly problem: string;
  readonly usage: string | undefined;
  constructor(problem: string, usage?: string) {
    super(usage ? `${problem}\n${usage}` : problem);
    this.name = 'UsageError';
    this.problem = problem;
    this.usage = usage;
  }
}

export interface Command<O extends ParseArgsOptionsConfig> {
  /** One line: "Användning / usage: npm run x -- [--flag N]". */
  usage: string;
  options: O;
  /** Whether the command takes arguments that are not options (file names, sizes). */
  positionals?: boolean;
}

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/** util.parseArgs's error in words a user of the command reads: Swedish, then English. */
function problemOf(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const named = /'([^']+)'/.exec(message ?? '')?.[1]?.replace(/ <value>$/, '');
  if (!named) return String(message ?? error);
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `okänd flagga ${named} / unknown option ${named}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `oväntat argument "${named}" / unexpected argument "${named}"`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(message ?? '')
        ? `${named} tar inget värde / ${named} takes no value`
        : `${named} behöver ett värde / ${named} needs a value`;
    default:
      return String(message);
  }
}

/** Reads `args` (default: the process's) for `command`; throws a UsageError for a bad command line. */
export function parseCommandLine<const O extends ParseArgsOptionsConfig>(
  command: Command<O>,
  args: string[] = process.argv.slice(2),
) {
  try {
    return parseArgs({
      args,
      options: { ...command.options, ...HELP } as O & typeof HELP,
      strict: true,
      allowPositionals: command.positionals ?? false,
    });
  } catch (error) {
    throw new UsageError(problemOf(error), command.usage);
  }
}

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseCommandLine<O>>;

/**
 * For the top of a script: the command line parsed, then turned into settings by `read` (which
 * throws a UsageError for a value that does not fit). With `--help`, the usage line on stdout and
 * exit 0; with a bad command line, what is wrong and the usage line on stderr and exit 2.
 */
export function commandLine<const O extends ParseArgsOptionsConfig, R = Parsed<O>>(
  command: Command<O>,
  read: (parsed: Parsed<O>) => R = (parsed) => parsed as R,
): R {
  try {
    const parsed = parseCommandLine(command);
    if ((parsed.values as { help?: boolean }).help) {
      console.log(command.usage);
      process.exit(0);
    }
    return read(parsed);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.problem}\n${command.usage}`);
    process.exit(2);
  }
}

/** A whole number from an option's text, at least `min`; `fallback` when the option is not given. */
export function wholeNumberOption(name: string, raw: string | undefined, fallback: number, min = 1): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min) {
    throw new UsageError(
      `--${name} ska vara ett heltal ≥ ${min}, inte "${raw}" / --${name} must be a whole number ≥ ${min}, not "${raw}"`,
    );
  }
  return value;
}
