// Child processes of the stack: each in its own process group (so its own children die with it),
// its output in a log file under the data folder, and a clear report when one dies unexpectedly.
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { waitForHttp } from './wait.ts';

export interface ChildSpec {
  /** Short name: cms, meilisearch, indexer. Also the log file's name. */
  name: string;
  command: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Echo output to the terminal as well as to the log, with a `name │` prefix. */
  echo?: boolean;
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

export class ProcessGroup {
  readonly children: Child[] = [];
  private readonly logDir: string;

  constructor(logDir: string) {
    this.logDir = logDir;
    mkdirSync(logDir, { recursive: true });
  }

  logFileOf(name: string): string {
    return path.join(this.logDir, `${name}.log`);
  }

  start(spec: ChildSpec): Child {
    const logFile = this.logFileOf(spec.name);
    const log: WriteStream = createWriteStream(logFile, { flags: 'a' });
    log.write(`\n── ${new Date().toISOString()} ${spec.command} ${spec.args.join(' ')}\n`);
    const child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ['ignore', 'pipe', 'pipe'],
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
        log.end(`── exited ${signal ?? code}\n`);
        resolve({ code, signal });
      });
      child.on('error', (error) => {
        log.write(`── could not start: ${error.message}\n`);
        resolve({ code: 127, signal: null });
      });
    });
    const entry: Child = { name: spec.name, process: child, logFile, exited, stopping: false };
    this.children.push(entry);
    exited.then(() => {
      const index = this.children.indexOf(entry);
      if (index >= 0) this.children.splice(index, 1);
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
      const reason = error instanceof Error ? error.message : String(error);
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
