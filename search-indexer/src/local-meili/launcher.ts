// Starts a local Meilisearch for the embedded setup and tests: bound to 127.0.0.1, data in the data
// folder, the master key passed in the child's environment (not on its command line, where `ps`
// would show it), analytics off. Resolves once /health answers; stop() ends it cleanly.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { MeiliLaunchError } from '../errors.ts';
import { httpRequest } from '../http.ts';
import { meilisearchBinary } from './binary.ts';

export interface LocalMeiliOptions {
  /** Folder for the database, dumps, snapshots and the verified binary. */
  dataDir: string;
  port: number;
  masterKey: string;
  /** A binary to run instead of the verified npm-shipped one. */
  meiliBin?: string;
  /** Milliseconds to wait for /health. */
  startTimeoutMs?: number;
  /**
   * Memory for indexing (`1GiB`). Meilisearch's default, two thirds of the machine's memory, makes
   * every small write slow on a large machine (a one-document publish took up to 2.3 s with 24 GB;
   * 25–70 ms with 1 GiB), and bulk loads are no faster with more.
   */
  maxIndexingMemory?: string;
  /**
   * `production` (the default) turns off the search preview page and insists on a master key;
   * `development` only when asked for (MEILI_ENV=development).
   */
  environment?: 'production' | 'development';
  /** Extra command-line options (e.g. `--max-indexing-threads 1`). */
  extraArgs?: readonly string[];
}

export interface LocalMeili {
  host: string;
  masterKey: string;
  dataDir: string;
  process: ChildProcess;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited. */
  stop(graceMs?: number): Promise<void>;
}

/** Whether a Meilisearch answers /health at `host`. */
export async function isMeiliHealthy(host: string, timeoutMs = 1000): Promise<boolean> {
  try {
    const response = await httpRequest(`${host}/health`, { timeoutMs });
    return response.status === 200;
  } catch {
    return false;
  }
}

const TAIL_LINES = 12;

/**
 * Meilisearch cannot notice that whoever started it is gone, so on Linux it runs under util-linux's
 * `setpriv --pdeathsig TERM`, which asks the kernel to send it SIGTERM when its parent (this
 * launcher) ends, however it ends, even by SIGKILL. `setpriv` execs Meilisearch in place: the PID
 * is Meilisearch's. Without setpriv it runs as before, and the launcher's own stop() still ends it.
 */
export function parentDeathCommand(
  binary: string,
  args: readonly string[],
  setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((file) => existsSync(file)),
): { command: string; args: string[] } {
  if (process.platform !== 'linux' || !setpriv) return { command: binary, args: [...args] };
  return { command: setpriv, args: ['--pdeathsig', 'TERM', '--', binary, ...args] };
}

export async function startLocalMeili(options: LocalMeiliOptions): Promise<LocalMeili> {
  const host = `http://127.0.0.1:${options.port}`;
  if (await isMeiliHealthy(host)) {
    throw new MeiliLaunchError(
      `a Meilisearch already answers at ${host}: stop it, or use it with MEILI_HOST=${host}, or pick another MEILI_PORT`,
    );
  }
  const dataDir = path.resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const binary = await meilisearchBinary({ meiliBin: options.meiliBin, binDir: path.join(dataDir, 'bin') });

  // Meilisearch reads MEILI_* variables as options: pass only ours.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MEILI_')));
  const command = parentDeathCommand(binary, [
    '--db-path',
    path.join(dataDir, 'data.ms'),
    '--dump-dir',
    path.join(dataDir, 'dumps'),
    '--snapshot-dir',
    path.join(dataDir, 'snapshots'),
    '--http-addr',
    `127.0.0.1:${options.port}`,
    '--env',
    options.environment ?? 'production',
    '--no-analytics',
    '--log-level',
    'WARN',
    '--max-indexing-memory',
    options.maxIndexingMemory ?? '1GiB',
    ...(options.extraArgs ?? []),
  ]);
  const child = spawn(command.command, command.args, {
    env: { ...env, MEILI_MASTER_KEY: options.masterKey },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - TAIL_LINES));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const stop = async (graceMs = 10_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  let spawnError: Error | undefined;
  child.once('error', (error) => {
    spawnError = error;
  });
  while (Date.now() < deadline) {
    if (spawnError) throw new MeiliLaunchError(`could not run ${binary}`, { cause: spawnError });
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new MeiliLaunchError(
        `Meilisearch exited at start (${child.exitCode ?? child.signalCode}): ${tail.join(' | ')}`,
      );
    }
    if (await isMeiliHealthy(host, 500)) return { host, masterKey: options.masterKey, dataDir, process: child, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop(2000);
  throw new MeiliLaunchError(`Meilisearch did not become healthy at ${host} in time: ${tail.join(' | ')}`);
}
