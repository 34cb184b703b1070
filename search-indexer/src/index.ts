// The public face of the search indexer (package export "."). The local Meilisearch launcher is
// "./local-meili".
import type { Meilisearch } from 'meilisearch';
import { type IndexerConfig, loadConfig, requireMasterKey } from './config.ts';
import { createMeiliClient } from './meili/client.ts';
import { ensureSearchOnlyKey, type SearchKey } from './meili/keys.ts';

export { type CmsReader, createCmsReader } from './cms/reader.ts';
export { type IndexerConfig, loadConfig, REPO_ROOT } from './config.ts';
export { addToEnvFile, type EnvValues, envFilePath, envWithFile, loadEnvFile, readEnvFile } from './env-file.ts';
export * from './errors.ts';
export { httpRequest } from './http.ts';
export { toSearchDocument } from './mapping/index.ts';
export { createMeiliClient, waitForSuccess } from './meili/client.ts';
export { ensureSearchOnlyKey, type SearchKey } from './meili/keys.ts';
export { indexSettings } from './meili/settings.ts';
export { reindex } from './reindex/reindex.ts';
export { httpUrl, port, readSettings, text, wholeNumber } from './settings.ts';
export { postSigned, sendSignedWebhook } from './sync/notify.ts';
export { startReceiver } from './sync/receiver.ts';
export { createSyncService, type SyncService } from './sync/service.ts';
export { channelNonces, receiveSignedRequest } from './sync/signed-request.ts';
export { GATHER_MS, siteRebuildRequest } from './sync/site-rebuild.ts';

/** A Meilisearch client with the master key, from the configuration. */
export function adminClient(config: IndexerConfig = loadConfig()): Meilisearch {
  return createMeiliClient({ host: config.meiliHost, apiKey: requireMasterKey(config) });
}

/**
 * The search-only key for the live index, created on first call and the same ever after (for the
 * same master key). The only Meilisearch key the site may be given.
 */
export async function ensureSearchKey(
  options: { config?: IndexerConfig; client?: Meilisearch } = {},
): Promise<SearchKey> {
  const config = options.config ?? loadConfig();
  return ensureSearchOnlyKey(options.client ?? adminClient(config), config.searchIndex);
}
