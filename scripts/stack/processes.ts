// Child processes of the stack: each in its own process group (so its own children die with it),
// its output in a log file under the data folder (rotated by size), and a clear report when one
// dies unexpectedly. Every Node child loads the lifeline, which stops it (and its group) when the
// stack's supervisor is gone; every child carries the run's marker, by which a later start finds
// what a crashed run left behind.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeError } from '@skb/search-indexer';
import { PRIVATE_DIR } from './private-files.ts';
import { identify, type ProcessIdentity, RUN_MARKER } from './proc.ts';
import { type LogLimits, RotatingLog } from './rotating-log.ts';
import { waitForHttp } from './wait.ts';

const LIFELINE = fileURLToPath(new URL('./lifeline.ts', import.meta.url));

export interface ChildSpec {
  /** Short name: cms, meilisearch, indexer. Also the log file's name. */
  name: string;
  command: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Echo output to the terminal as well as to the log, with a `name │` prefix. */
  echo?: boolean;
  /** Open an IPC channel to a Node child (process.send / 'message'): the site renderer's requests. */
  ipc?: boolean;
}

export interface Child {
  name: string;
  process: ChildProcess;
  logFile: string;
  /** Resolves with the exit code (or signal) when the process ends. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stopping: boolean;
}

/** The last `count` lines of a log file. */
export function lastLines(file: string, count = 20): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
  } catch {
    return '(no log)';
  }
}

function prefixLines(name: string, chunk: Buffer): string {
  return chunk
    .toString()
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `  ${name.padEnd(11)}│ ${line}\n`)
    .join('');
}

export interface ProcessGroupOptions {
  logDir: string;
  logLimits: LogLimits;
  /** The run's id, put in every child's environment as RUN_MARKER. */
  runId: string;
  /** Called whenever a child starts or ends, with the children running now. */
  onChange?: (running: (ProcessIdentity & { name: string })[]) => void;
}

export class ProcessGroup {
  readonly children: Child[] = [];
  private readonly logDir: string;
  private readonly identities = new Map<Child, ProcessIdentity>();
  private readonly options: ProcessGroupOptions;

  constructor(options: ProcessGroupOptions) {
    this.options = options;
    this.logDir = options.logDir;
    mkdirSync(this.logDir, { recursive: true, mode: PRIVATE_DIR });
  }

  private changed(): void {
    this.options.onChange?.(
      this.children.flatMap((child) => {
        const identity = this.identities.get(child);
        return identity ? [{ name: child.name, ...identity }] : [];
      }),
    );
  }

  logFileOf(name: string): string {
    return path.join(this.logDir, `${name}.log`);
  }

  start(spec: ChildSpec): Child {
    const logFile = this.logFileOf(spec.name);
    const log = new RotatingLog(logFile, this.options.logLimits);
    log.write(`\n── ${new Date().toISOString()} ${spec.command} ${spec.args.join(' ')}\n`);
    const args = spec.command === process.execPath ? ['--import', LIFELINE, ...spec.args] : [...spec.args];
    const child = spawn(spec.command, args, {
      cwd: spec.cwd,
      env: { ...spec.env, [RUN_MARKER]: this.options.runId },
      stdio: spec.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    for (const stream of [child.stdout, child.stderr]) {
      stream?.on('data', (chunk: Buffer) => {
        log.write(chunk);
        if (spec.echo) process.stdout.write(prefixLines(spec.name, chunk));
      });
    }
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
      child.on('exit', (code, signal) => {
        log.write(`── exited ${signal ?? code}\n`);
        resolve({ code, signal });
      });
      // Output may still arrive between 'exit' and 'close'; the file is closed once it is all in.
      child.on('close', () => log.close());
      child.on('error', (error) => {
        log.write(`── could not start: ${error.message}\n`);
        log.close();
        resolve({ code: 127, signal: null });
      });
    });
    const entry: Child = { name: spec.name, process: child, logFile, exited, stopping: false };
    this.children.push(entry);
    const identity = child.pid === undefined ? null : identify(child.pid);
    if (identity) this.identities.set(entry, identity);
    this.changed();
    exited.then(() => {
      const index = this.children.indexOf(entry);
      if (index >= 0) this.children.splice(index, 1);
      this.identities.delete(entry);
      this.changed();
    });
    return entry;
  }

  /**
   * Starts a long-running service and waits until `healthUrl` answers. When it ends or does not
   * answer in time, throws with its last log lines, which say why (a busy port, a missing binary).
   */
  async startService(spec: ChildSpec, health: { url: string; timeoutMs: number; what: string }): Promise<Child> {
    const child = this.start(spec);
    try {
      await waitForHttp(health.url, { timeoutMs: health.timeoutMs, abort: child.exited, what: health.what });
    } catch (error) {
      await this.stop(child);
      const reason = describeError(error);
      throw new Error(`${reason}; last lines of ${child.logFile}:\n${lastLines(child.logFile)}`, { cause: error });
    }
    return child;
  }

  /** Runs a command to completion; throws with its last log lines when it fails. */
  async run(spec: ChildSpec): Promise<void> {
    const child = this.start(spec);
    const { code, signal } = await child.exited;
    if (code !== 0) {
      throw new Error(
        `${spec.name} failed (${signal ?? `exit ${code}`}); last lines of ${child.logFile}:\n${lastLines(child.logFile)}`,
      );
    }
  }

  /** Stops one child: SIGTERM to its process group, SIGKILL after `graceMs`. */
  async stop(child: Child, graceMs = 8000): Promise<void> {
    child.stopping = true;
    const pid = child.process.pid;
    if (pid === undefined || child.process.exitCode !== null || child.process.signalCode !== null) return;
    const signalGroup = (signal: NodeJS.Signals) => {
      try {
        process.kill(-pid, signal);
      } catch {
        // already gone
      }
    };
    signalGroup('SIGTERM');
    const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs);
    await child.exited;
    clearTimeout(timer);
    // Grandchildren that ignored SIGTERM go with the group.
    signalGroup('SIGKILL');
  }

  /** Stops every child, last started first. */
  async stopAll(graceMs = 8000): Promise<void> {
    for (const child of [...this.children].reverse()) await this.stop(child, graceMs);
  }
}
