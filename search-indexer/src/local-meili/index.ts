// The local Meilisearch of the embedded default, as one call: use MEILI_HOST when it is set, else run
// MEILI_BIN, else the pinned npm-shipped binary (verified by checksum), with the master key from the
// environment or generated into .env on first run.
import path from 'node:path';
import type { IndexerConfig } from '../config.ts';
import { ConfigError, MeiliLaunchError } from '../errors.ts';
import { isMeiliHealthy, type LocalMeili, startLocalMeili } from './launcher.ts';
import { ensureMasterKey } from './master-key.ts';

export { installVerifiedBinary, PINNED_MEILISEARCH, packagedBinary } from './binary.ts';
export { type LocalMeili, startLocalMeili } from './launcher.ts';

export interface RunningMeili {
  host: string;
  masterKey: string;
  /** `external`: MEILI_HOST, not ours to stop; `local`: the process we started. */
  kind: 'external' | 'local';
  /** Set for a local process. */
  local?: LocalMeili;
  /** Whether the master key was generated into .env by this call. */
  keyGenerated: boolean;
  stop(): Promise<void>;
}

export async function ensureMeilisearch(config: IndexerConfig): Promise<RunningMeili> {
  if (config.meiliHostIsExternal) {
    if (!config.meiliMasterKey) {
      throw new ConfigError(
        'MEILI_MASTER_KEY',
        `must be set to the master key of the Meilisearch at ${config.meiliHost}`,
      );
    }
    if (!(await isMeiliHealthy(config.meiliHost, 5000))) {
      throw new MeiliLaunchError(`MEILI_HOST=${config.meiliHost} does not answer /health`);
    }
    return {
      host: config.meiliHost,
      masterKey: config.meiliMasterKey,
      kind: 'external',
      keyGenerated: false,
      stop: async () => {},
    };
  }
  const { key, generated } = await ensureMasterKey({ envPath: config.envPath, current: config.meiliMasterKey });
  const local = await startLocalMeili({
    dataDir: path.join(config.dataDir, 'meili'),
    port: config.meiliPort,
    masterKey: key,
    meiliBin: config.meiliBin,
    maxIndexingMemory: config.meiliMaxIndexingMemory,
    environment: config.meiliEnv,
  });
  return { host: local.host, masterKey: key, kind: 'local', local, keyGenerated: generated, stop: () => local.stop() };
}
