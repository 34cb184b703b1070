// Search inside the stack: the local Meilisearch (unless MEILI_HOST names one), the webhook
// receiver, a full reindex, and the search-only key the site gets.
import path from 'node:path';
import { ensureSearchKey, loadConfig } from '@skb/search-indexer';
import type { StackConfig } from './config.ts';
import type { Child, ProcessGroup } from './processes.ts';
import { waitForHttp } from './wait.ts';

interface SearchOptions {
  config: StackConfig;
  group: ProcessGroup;
  env: NodeJS.ProcessEnv;
}

/** Starts the local Meilisearch through scripts/meili.ts (checksum-verified binary); null when MEILI_HOST is set. */
export async function startMeilisearch({ config, group, env }: SearchOptions): Promise<Child | null> {
  if (config.meili.external) {
    await waitForHttp(`${config.meili.url}/health`, {
      timeoutMs: 10_000,
      what: `Meilisearch at MEILI_HOST=${config.meili.url}`,
    });
    return null;
  }
  return group.startService(
    {
      name: 'meilisearch',
      command: process.execPath,
      args: [path.join(config.root, 'scripts', 'meili.ts')],
      cwd: config.root,
      env,
    },
    { url: `${config.meili.url}/health`, timeoutMs: 60_000, what: 'Meilisearch' },
  );
}

/** Starts the webhook receiver that keeps the index in step with publishing. */
export async function startIndexer({ config, group, env }: SearchOptions): Promise<Child> {
  return group.startService(
    {
      name: 'indexer',
      command: process.execPath,
      args: [path.join(config.root, 'search-indexer', 'src', 'cli.ts'), 'serve'],
      cwd: config.root,
      env,
    },
    { url: `${config.indexer.url}/health`, timeoutMs: 30_000, what: 'the search indexer' },
  );
}

/** A full reindex from the CMS, swapped in when complete; its progress bar is shown. */
export async function reindex({ config, group, env }: SearchOptions): Promise<void> {
  await group.run({
    name: 'reindex',
    command: process.execPath,
    args: [path.join(config.root, 'search-indexer', 'src', 'cli.ts'), 'reindex'],
    cwd: config.root,
    env,
    echo: true,
  });
}

/** The search-only key (created once, then reused), the only Meilisearch key the site receives. */
export async function searchOnlyKey(env: NodeJS.ProcessEnv): Promise<string> {
  const key = await ensureSearchKey({ config: loadConfig(env) });
  return key.key;
}
