import { describeError, loadConfig, loadEnvFile } from '@skb/search-indexer';
import { ensureMeilisearch } from '@skb/search-indexer/local-meili';

loadEnvFile();

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
