// The scripts' command lines: util.parseArgs in strict mode behind one helper, and the commands
// themselves refusing what they do not take (each run stops at its command line, before any work).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT as ROOT } from '@skb/search-indexer';
import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError, wholeNumberOption } from '../command-line.ts';
import { FOLLOW_UP_COMMAND, followUpOptions } from '../report/municipalities.ts';

const gaps = {
  usage: 'Användning / usage: npm run report:search-gaps -- [--months N] [--top N] [--json]',
  options: { months: { type: 'string' }, top: { type: 'string' }, json: { type: 'boolean', default: false } },
} as const;

/** The UsageError a call throws (the test fails when it throws nothing or something else). */
function usageError(call: () => unknown): UsageError {
  try {
    call();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('no UsageError');
}

describe('parseCommandLine', () => {
  it('reads the documented command lines', () => {
    expect(parseCommandLine(gaps, ['--months', '3', '--top', '20', '--json']).values).toEqual({
      months: '3',
      top: '20',
      json: true,
    });
    expect(parseCommandLine(gaps, []).values).toEqual({ json: false });
    const restore = { usage: 'u', options: { yes: { type: 'boolean' } }, positionals: true } as const;
    expect(parseCommandLine(restore, ['backup.tar.gz', '--yes'])).toEqual({
      values: { yes: true },
      positionals: ['backup.tar.gz'],
    });
    expect(parseCommandLine(gaps, ['--help']).values.help).toBe(true);
    expect(parseCommandLine(gaps, ['-h']).values.help).toBe(true);
  });

  it('refuses an unknown option, naming it, with the usage line', () => {
    const error = usageError(() => parseCommandLine(gaps, ['--month', '3']));
    expect(error.problem).toBe('okänd flagga --month / unknown option --month');
    expect(error.message).toBe(`okänd flagga --month / unknown option --month\n${gaps.usage}`);
    expect(usageError(() => parseCommandLine(gaps, ['-x'])).problem).toBe('okänd flagga -x / unknown option -x');
  });

  it('refuses a missing value, a value for a flag, and an argument the command does not take', () => {
    expect(usageError(() => parseCommandLine(gaps, ['--top'])).problem).toBe(
      '--top behöver ett värde / --top needs a value',
    );
    expect(usageError(() => parseCommandLine(gaps, ['--json=yes'])).problem).toBe(
      '--json tar inget värde / --json takes no value',
    );
    expect(usageError(() => parseCommandLine(gaps, ['20'])).problem).toBe(
      'oväntat argument "20" / unexpected argument "20"',
    );
  });
});

describe('wholeNumberOption', () => {
  it('takes a whole number of at least the minimum, and the fallback when not given', () => {
    expect(wholeNumberOption('top', '20', 5)).toBe(20);
    expect(wholeNumberOption('top', undefined, 5)).toBe(5);
    expect(wholeNumberOption('runs', '0', 3, 0)).toBe(0);
    for (const raw of ['0', '-1', '2.5', 'x', '', '1e3']) {
      expect(usageError(() => wholeNumberOption('top', raw, 5)).problem).toContain(`--top ska vara ett heltal ≥ 1`);
    }
  });
});

describe('the municipalities report command line', () => {
  const parse = (args: string[]) => followUpOptions(parseCommandLine(FOLLOW_UP_COMMAND, args).values, {});

  it('reads a county by code or name, a format, a date and the CMS address', () => {
    const options = parse(['--county', 'dalarna', '--format', 'csv', '--date', '2026-11-30', '--cms-url', 'http://x']);
    expect(options).toMatchObject({ county: '20', format: 'csv', cmsUrl: 'http://x' });
    expect(options.now.toISOString()).toBe('2026-11-30T11:00:00.000Z');
    expect(parse(['--county', '20'])).toMatchObject({ county: '20', format: 'text', cmsUrl: 'http://127.0.0.1:1337' });
  });

  it('names the value that does not fit', () => {
    expect(usageError(() => parse(['--format', 'pdf'])).problem).toContain('"pdf"');
    expect(usageError(() => parse(['--county', 'Atlantis'])).problem).toContain('"Atlantis"');
    expect(usageError(() => parse(['--date', '30/11'])).problem).toContain('"30/11"');
  });
});

describe('the commands', () => {
  const run = (script: string, args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [path.join(ROOT, script), ...args], { cwd: ROOT }, (error, stdout, stderr) =>
        resolve({ code: error ? (error.code as number | null) : 0, stdout, stderr }),
      );
    });

  // Three runs of a second or so each: enough to see the helper wired into a script (the cases
  // themselves are tested above, in-process).
  it('stop at a bad command line with what is wrong and the usage line, exit 2; --help prints the usage line', async () => {
    const [status, benchSite, help] = await Promise.all([
      run('scripts/stack/status.ts', ['--jsn']),
      run('scripts/bench/site.ts', ['1000', 'tiotusen']),
      run('scripts/reports/search-gaps.ts', ['--help']),
    ]);
    expect(status).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^okänd flagga --jsn .*\n.*npm run status/),
    });
    expect(benchSite).toMatchObject({ code: 2, stderr: expect.stringContaining('"tiotusen" är inget antal') });
    expect(help).toMatchObject({ code: 0, stdout: `${gaps.usage}\n`, stderr: '' });
  }, 30_000);
});
