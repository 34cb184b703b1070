// Runs `npm start` the way a user does, in its own process group (as a terminal would), with its
// own .env, data folder and free ports, and stops it with SIGINT, as Ctrl-C does.
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { httpRequest, REPO_ROOT } from '@skb/search-indexer';

/** How a command ended: an exit code, or the signal that ended it (npm re-raises Ctrl-C's SIGINT). */
export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Ended as a user expects after Ctrl-C: exit code 0, or npm passing on the SIGINT it was sent. */
export const endedCleanly = (exit: Exit) => exit.code === 0 || exit.signal === 'SIGINT';

export interface RunningStack {
  process: ChildProcess;
  /** Everything the command printed so far. */
  output(): string;
  /** Resolves when the output contains `text`; rejects when the command ends first or after `timeoutMs`. */
  waitFor(text: string | RegExp, timeoutMs: number): Promise<void>;
  exited: Promise<Exit>;
  /** Ctrl-C: SIGINT to the whole process group; resolves with how npm ended. */
  interrupt(timeoutMs?: number): Promise<Exit>;
}

/**
 * Starts `npm <args>` at the repository's root (or `options.cwd`) with `env` on top of this process's
 * environment (or of `options.baseEnv`).
 */
export function runNpm(
  args: readonly string[],
  env: Record<string, string>,
  options: { cwd?: string; baseEnv?: NodeJS.ProcessEnv } = {},
): RunningStack {
  const child = spawn('npm', [...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...(options.baseEnv ?? process.env), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<Exit>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    process: child,
    output: () => output,
    exited,
    waitFor(text, timeoutMs) {
      const matches = () => (typeof text === 'string' ? output.includes(text) : text.test(output));
      return new Promise<void>((resolve, reject) => {
        if (matches()) return resolve();
        const done = (error?: Error) => {
          listeners.delete(check);
          clearTimeout(timer);
          if (error) reject(error);
          else resolve();
        };
        const check = () => {
          if (matches()) done();
        };
        const timer = setTimeout(
          () => done(new Error(`no "${text}" within ${timeoutMs} ms; output:\n${output}`)),
          timeoutMs,
        );
        listeners.add(check);
        void exited.then(({ code, signal }) => {
          if (!matches()) {
            done(new Error(`npm ${args.join(' ')} ended (${signal ?? code}) before "${text}"; output:\n${output}`));
          }
        });
      });
    },
    async interrupt(timeoutMs = 60_000) {
      const signalGroup = (signal: NodeJS.Signals) => {
        try {
          process.kill(-(child.pid as number), signal);
        } catch {
          // the group has already gone
        }
      };
      if (child.exitCode === null && child.signalCode === null) signalGroup('SIGINT');
      const timer = setTimeout(() => signalGroup('SIGKILL'), timeoutMs);
      const exit = await exited;
      clearTimeout(timer);
      return exit;
    },
  };
}

/** Processes whose environment holds `NAME=value`: what a stack started with that setting left behind. */
export function processesWithEnv(name: string, value: string): { pid: number; command: string }[] {
  const needle = `${name}=${value}`;
  const found: { pid: number; command: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0');
      if (!environ.includes(needle)) continue;
      const command = readFileSync(`/proc/${entry}/cmdline`, 'latin1').split('\0').join(' ').trim();
      found.push({ pid: Number(entry), command });
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

/** A JSON request over the indexer's node:http client (fetch's ~45 ms per request here would blur timings). */
export async function requestJson(
  method: string,
  url: string,
  options: { body?: unknown; token?: string } = {},
): Promise<{ status: number; body: Record<string, unknown> & { data?: unknown; error?: unknown } }> {
  const response = await httpRequest(url, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  try {
    return { status: response.status, body: response.body ? JSON.parse(response.body) : {} };
  } catch {
    return { status: response.status, body: { text: response.body } };
  }
}

/** Polls `check` every `intervalMs` until it returns true; resolves with the milliseconds it took. */
export async function until(check: () => Promise<boolean>, timeoutMs: number, intervalMs = 25): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await check()) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`not within ${timeoutMs} ms`);
}

/** The environment a process was started with (/proc/<pid>/environ), or null when it is gone. */
export function environOf(pid: number): Record<string, string> | null {
  try {
    const entries = readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').filter(Boolean);
    return Object.fromEntries(
      entries.map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]),
    );
  } catch {
    return null;
  }
}

/** The stack's record of its run (DATA_DIR/stack.json). */
export interface StackRecord {
  runId: string;
  supervisor: { pid: number; startTime: number; command: string };
  children: { name: string; pid: number; startTime: number; command: string }[];
}

export const stackRecord = (dataDir: string): StackRecord =>
  JSON.parse(readFileSync(path.join(dataDir, 'stack.json'), 'utf8')) as StackRecord;

/** Whether nothing listens on `port` at 127.0.0.1. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
