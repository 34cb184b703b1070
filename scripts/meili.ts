// The local Meilisearch, in the foreground: `scripts/with-node22 node scripts/meili.ts`.
// Uses MEILI_HOST when it is set (nothing to start), else MEILI_BIN, else the pinned npm-shipped
// binary after checking its SHA-256; bound to 127.0.0.1:MEILI_PORT, data in DATA_DIR/meili, the
// master key from MEILI_MASTER_KEY or generated into .env on first run. Ctrl-C stops it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describeError, loadConfig, REPO_ROOT } from '@skb/search-indexer';
import { ensureMeilisearch } from '@skb/search-indexer/local-meili';

const envFile = path.resolve(REPO_ROOT, process.env.ENV_PATH || '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);

try {
  const config = loadConfig();
  const meili = await ensureMeilisearch(config);
  if (meili.keyGenerated) console.log(`meili: generated MEILI_MASTER_KEY into ${config.envPath}`);
  if (meili.kind === 'external') {
    console.log(`meili: MEILI_HOST is set; the Meilisearch at ${meili.host} answers, nothing to start`);
    process.exit(0);
  }
  console.log(`meili: Meilisearch at ${meili.host}, data in ${meili.local?.dataDir}; Ctrl-C stops it`);
  let stopping = false;
  const stop = () => {
    stopping = true;
    void meili.stop().then(() => {
      console.log('meili: stopped');
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  meili.local?.process.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`meili: Meilisearch exited (${signal ?? code})`);
    process.exit(code === 0 ? 0 : 1);
  });
} catch (error) {
  console.error(`meili: ${describeError(error)}`);
  process.exit(1);
}
