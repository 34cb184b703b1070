// Starts a real Meilisearch for a test: the verified npm-shipped binary (or MEILI_BIN), on a free
// port, with its data in a temporary folder and a fresh master key. `kill()` is a crash (SIGKILL);
// `restart()` starts it again on the same port and data.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMeiliClient, indexSettings, waitForSuccess } from '@skb/search-indexer';
import {
  installVerifiedBinary,
  type LocalMeili,
  packagedBinary,
  startLocalMeili,
} from '@skb/search-indexer/local-meili';
import type { Meilisearch, Settings } from 'meilisearch';
import { freePort } from './ports.ts';

export interface TestMeili {
  host: string;
  masterKey: string;
  /** A client with the master key. */
  client: Meilisearch;
  /** Ends the process at once, as a crash would (SIGKILL). */
  kill(): Promise<void>;
  /** Starts it again on the same port and data folder. */
  restart(): Promise<void>;
  /** Stops it and deletes its data. */
  stop(): Promise<void>;
}

/** One verified copy of the binary for every test on this machine (copying 130 MB per test is slow). */
async function testBinary(): Promise<string> {
  if (process.env.MEILI_BIN) return process.env.MEILI_BIN;
  return installVerifiedBinary({ source: packagedBinary(), binDir: path.join(tmpdir(), 'skb-test-meili-bin') });
}

export async function startTestMeili(): Promise<TestMeili> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'skb-meili-'));
  const port = await freePort();
  const masterKey = randomBytes(24).toString('base64url');
  const meiliBin = await testBinary();
  const launch = () => startLocalMeili({ dataDir, port, masterKey, meiliBin });
  let running: LocalMeili | undefined = await launch();
  const host = running.host;
  return {
    host,
    masterKey,
    client: createMeiliClient({ host, apiKey: masterKey }),
    async kill() {
      const child = running?.process;
      running = undefined;
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
    async restart() {
      if (running) throw new Error('Meilisearch is still running');
      running = await launch();
    },
    async stop() {
      await running?.stop(5000);
      running = undefined;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Creates the index `uid` with `settings` (the bank's own by default) and adds `documents`, waiting
 * for each task and failing on any that does not succeed.
 */
export async function loadIndex(
  client: Meilisearch,
  uid: string,
  documents: readonly object[],
  settings: Settings = indexSettings(),
): Promise<void> {
  const timeoutMs = 120_000;
  await waitForSuccess(client, await client.createIndex(uid, { primaryKey: 'id' }), {
    what: `create ${uid}`,
    timeoutMs,
  });
  await waitForSuccess(client, await client.index(uid).updateSettings(settings), {
    what: `settings of ${uid}`,
    timeoutMs,
  });
  await waitForSuccess(client, await client.index(uid).addDocuments([...documents] as Record<string, unknown>[]), {
    what: `documents of ${uid}`,
    timeoutMs,
  });
}
