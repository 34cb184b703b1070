// The public face of the search indexer (package export "."). The local Meilisearch launcher is
// "./local-meili".
import type { Meilisearch } from 'meilisearch';
import { type IndexerConfig, loadConfig, requireMasterKey } from './config.ts';
import { createMeiliClient } from './meili/client.ts';
import { ensureSearchOnlyKey, type SearchKey } from './meili/keys.ts';

export { type CmsReader, createCmsReader } from './cms/reader.ts';
export {
  type IndexerConfig,
  loadConfig,
  optionalChannelSecret,
  REPO_ROOT,
  requireMasterKey,
  requireWebhookSecret,
} from './config.ts';
export * from './errors.ts';
export { httpRequest } from './http.ts';
export { mapEntry, toSearchDocument } from './mapping/index.ts';
export { createMeiliClient, isIndexNotFound, meiliApiError, waitForSuccess } from './meili/client.ts';
export { ensureSearchOnlyKey, type SearchKey, searchKeyUid } from './meili/keys.ts';
export { indexSettings } from './meili/settings.ts';
export { buildIndexUid } from './reindex/build-index.ts';
export { type ReindexOptions, type ReindexProgress, type ReindexResult, reindex } from './reindex/reindex.ts';
export { swedishStem } from './swedish/stemmer.ts';
export { applyChanges } from './sync/apply-changes.ts';
export { postSigned, sendSignedWebhook } from './sync/notify.ts';
export { startReceiver } from './sync/receiver.ts';
export { createSyncService, type SyncService, type SyncStatus } from './sync/service.ts';
export { channelNonces, readBodyWithin, receiveSignedRequest, type SignedRequest } from './sync/signed-request.ts';
export { createSiteRebuildNotifier } from './sync/site-rebuild.ts';

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
