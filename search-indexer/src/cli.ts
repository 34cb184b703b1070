#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { PUBLIC_TYPES } from '@skb/content-types';
import { createCmsReader } from './cms/reader.ts';
import {
  type IndexerConfig,
  loadConfig,
  optionalChannelSecret,
  requireMasterKey,
  requireWebhookSecret,
} from './config.ts';
import { loadEnvFile } from './env-file.ts';
import { describeError } from './errors.ts';
import { createMeiliClient } from './meili/client.ts';
import { ensureSearchOnlyKey } from './meili/keys.ts';
import { createProgressBar, formatDuration } from './progress.ts';
import { reindex } from './reindex/reindex.ts';
import { sendSignedWebhook } from './sync/notify.ts';
import { startReceiver } from './sync/receiver.ts';
import { createSyncService } from './sync/service.ts';
import { createSiteRebuildNotifier } from './sync/site-rebuild.ts';

const USAGE = 'Användning / usage: skb-indexer reindex | serve | keys';

const clientOf = (config: IndexerConfig) =>
  createMeiliClient({ host: config.meiliHost, apiKey: requireMasterKey(config) });

async function reindexCommand(config: IndexerConfig): Promise<void> {
  const client = clientOf(config);
  const bar = createProgressBar({ label: 'reindex' });
  let result: Awaited<ReturnType<typeof reindex>>;
  try {
    result = await reindex({
      client,
      reader: createCmsReader({ cmsUrl: config.cmsUrl }),
      indexUid: config.searchIndex,
      batchSize: config.batchSize,
      taskTimeoutMs: config.taskTimeoutMs,
      onProgress: (progress) => bar.update({ done: progress.indexed, total: progress.total }),
    });
  } finally {
    // The summary or the error line starts on a clean line.
    bar.done();
  }
  const perType = [...PUBLIC_TYPES.map((type) => type.name), 'question' as const]
    .map((name) => `${result.byType[name]} ${name}`)
    .join(', ');
  const rate = Math.round((result.documents / Math.max(1, result.durationMs)) * 1000);
  console.log(
    `reindex: ${result.documents} documents (${perType}) in ${formatDuration(result.durationMs)}, ${rate}/s; ` +
      `${result.replaced ? 'swapped into' : 'created'} "${config.searchIndex}"`,
  );
  if (result.previousLeft) {
    console.error(`reindex: the previous index is left as "${result.previousLeft}"; the next reindex deletes it`);
  }
  // A running receiver may have written changes to the old index meanwhile; it re-applies them.
  const secret = optionalChannelSecret(config, 'REINDEX_WEBHOOK_SECRET');
  if (config.webhookUrl && secret) {
    await sendSignedWebhook({
      url: reindexedUrl(config.webhookUrl),
      secret,
      body: { event: 'index.rebuilt', since: result.startedAt.getTime() },
    }).catch((error: unknown) => {
      console.error(`reindex: could not tell the receiver at ${config.webhookUrl} (${describeError(error)})`);
    });
  }
}

/** The receiver's route for the reindex's notice, beside its /webhook. */
const reindexedUrl = (webhookUrl: string) => new URL('reindexed', webhookUrl).toString();

async function serveCommand(config: IndexerConfig): Promise<void> {
  const secret = requireWebhookSecret(config);
  const reindexSecret = optionalChannelSecret(config, 'REINDEX_WEBHOOK_SECRET');
  const client = clientOf(config);
  const siteSecret = config.siteRebuildUrl ? optionalChannelSecret(config, 'SITE_REBUILD_SECRET') : undefined;
  if (config.siteRebuildUrl && !siteSecret) {
    console.error(
      'search indexer: SITE_REBUILD_URL is set but SITE_REBUILD_SECRET is not; the site is not told to rebuild',
    );
  }
  const site =
    config.siteRebuildUrl && siteSecret
      ? createSiteRebuildNotifier({ url: config.siteRebuildUrl, secret: siteSecret, log: (line) => console.log(line) })
      : undefined;
  const service = createSyncService({
    client,
    reader: createCmsReader({ cmsUrl: config.cmsUrl }),
    indexUid: config.searchIndex,
    queueLimit: config.queueLimit,
    taskTimeoutMs: config.taskTimeoutMs,
    batchSize: config.batchSize,
    reconcileIntervalMs: config.reconcileIntervalMs,
    onChanged: site ? (changes) => site.changed(changes) : undefined,
  });
  service.start();
  const receiver = await startReceiver({
    service,
    client,
    indexUid: config.searchIndex,
    secret,
    reindexSecret,
    host: config.indexerHost,
    port: config.indexerPort,
  });
  console.log(`search indexer: receiving webhooks at ${receiver.url}/webhook, status at ${receiver.url}/status`);
  if (site) console.log(`search indexer: asking ${config.siteRebuildUrl} to rebuild the site after changes`);
  const shutdown = async () => {
    await receiver.close();
    await service.stop();
    await site?.flush();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

async function keysCommand(config: IndexerConfig): Promise<void> {
  const key = await ensureSearchOnlyKey(clientOf(config), config.searchIndex);
  console.error(
    `search-only key for "${config.searchIndex}" ${key.created ? 'created' : 'already there'} (uid ${key.uid}):`,
  );
  console.log(key.key);
}

const COMMANDS: Record<string, (config: IndexerConfig) => Promise<void>> = {
  reindex: reindexCommand,
  serve: serveCommand,
  keys: keysCommand,
};

// One command, no options: util.parseArgs (strict) refuses anything else, naming it.
let name = '';
try {
  const { values, positionals } = parseArgs({
    options: { help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  name = positionals.join(' ');
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const command = COMMANDS[name];
if (!command) {
  console.error(
    `${name ? `okänt kommando "${name}" / unknown command "${name}"` : 'ange ett kommando / name a command'}\n${USAGE}`,
  );
  process.exit(2);
}
try {
  loadEnvFile();
  await command(loadConfig());
} catch (error) {
  console.error(`${name} failed: ${describeError(error)}`);
  process.exit(1);
}
