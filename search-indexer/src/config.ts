// The indexer's settings, read from the environment in one place, each with a default that works on
// a developer's machine. ENV.md documents every variable.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SEARCH_INDEX } from '@skb/content-types/search';
import { ConfigError } from './errors.ts';

/** The repository's root (search-indexer/src/config.ts → ../..). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface IndexerConfig {
  /** Base URL of Meilisearch. */
  meiliHost: string;
  /** Whether MEILI_HOST was set (an external Meilisearch) or derived from MEILI_PORT (the local one). */
  meiliHostIsExternal: boolean;
  /** Port of the local Meilisearch. */
  meiliPort: number;
  /** Master key; undefined until generated (`npm run meili` writes one into .env). */
  meiliMasterKey: string | undefined;
  /** A Meilisearch binary to run instead of the npm-shipped one. */
  meiliBin: string | undefined;
  /** Indexing memory of the local Meilisearch (`1GiB`). */
  meiliMaxIndexingMemory: string;
  /** Mode of the local Meilisearch: `production` unless development is asked for explicitly. */
  meiliEnv: 'production' | 'development';
  /** The data folder; the local Meilisearch keeps its database in `<dataDir>/meili`. */
  dataDir: string;
  /** The .env file the master key is generated into. */
  envPath: string;
  /** Name of the live index. */
  searchIndex: string;
  /** Base URL of the CMS's REST API. */
  cmsUrl: string;
  /** Address and port the webhook receiver listens on. */
  indexerHost: string;
  indexerPort: number;
  /** Where the CMS (and a CLI reindex) reaches the receiver. */
  webhookUrl: string | undefined;
  /** Secret of the CMS → indexer change notices (the CMS has the same value). */
  webhookSecret: string | undefined;
  /** Secret of the reindex CLI → indexer notice that a new index was swapped in. */
  reindexWebhookSecret: string | undefined;
  /** Where the receiver asks the site to rebuild after a synced change (signed POST); none when unset. */
  siteRebuildUrl: string | undefined;
  /** Secret of the indexer → site rebuild requests (the site server has the same value). */
  siteRebuildSecret: string | undefined;
  /** How often the receiver compares the index with the CMS and fixes the difference (0: only at start). */
  reconcileIntervalMs: number;
  /** Documents per addDocuments request in a full reindex. */
  batchSize: number;
  /** How long to wait for one Meilisearch task before giving up. */
  taskTimeoutMs: number;
  /** Most distinct entries the sync queue holds; beyond it the receiver falls back to a full reindex. */
  queueLimit: number;
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min = 1): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new ConfigError(name, `must be a whole number ≥ ${min}, not "${raw}"`);
  return value;
}

function url(env: Env, name: string, fallback: string): string {
  const raw = env[name]?.trim() || fallback;
  try {
    return new URL(raw).toString().replace(/\/$/, '');
  } catch {
    throw new ConfigError(name, `must be a URL like ${fallback}, not "${raw}"`);
  }
}

const text = (env: Env, name: string) => env[name]?.trim() || undefined;

function meiliEnv(raw: string | undefined): IndexerConfig['meiliEnv'] {
  if (raw === undefined || raw === 'production' || raw === 'development') return raw ?? 'production';
  throw new ConfigError('MEILI_ENV', `must be "production" or "development", not "${raw}"`);
}

export function loadConfig(env: Env = process.env): IndexerConfig {
  const meiliPort = integer(env, 'MEILI_PORT', 7700);
  const indexerPort = integer(env, 'INDEXER_PORT', 7701);
  const searchIndex = text(env, 'SEARCH_INDEX') ?? DEFAULT_SEARCH_INDEX;
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(searchIndex)) {
    throw new ConfigError('SEARCH_INDEX', 'may hold only letters, digits, - and _');
  }
  return {
    meiliHost: url(env, 'MEILI_HOST', `http://127.0.0.1:${meiliPort}`),
    meiliHostIsExternal: Boolean(text(env, 'MEILI_HOST')),
    meiliPort,
    meiliMasterKey: text(env, 'MEILI_MASTER_KEY'),
    meiliBin: text(env, 'MEILI_BIN'),
    meiliMaxIndexingMemory: text(env, 'MEILI_MAX_INDEXING_MEMORY') ?? '1GiB',
    meiliEnv: meiliEnv(text(env, 'MEILI_ENV')),
    dataDir: path.resolve(REPO_ROOT, text(env, 'DATA_DIR') ?? 'data'),
    envPath: path.resolve(REPO_ROOT, text(env, 'ENV_PATH') ?? '.env'),
    searchIndex,
    cmsUrl: url(env, 'CMS_URL', 'http://127.0.0.1:1337'),
    indexerHost: text(env, 'INDEXER_HOST') ?? '127.0.0.1',
    indexerPort,
    webhookUrl: text(env, 'SEARCH_WEBHOOK_URL') && url(env, 'SEARCH_WEBHOOK_URL', ''),
    webhookSecret: text(env, 'SEARCH_WEBHOOK_SECRET'),
    reindexWebhookSecret: text(env, 'REINDEX_WEBHOOK_SECRET'),
    siteRebuildUrl: text(env, 'SITE_REBUILD_URL') && url(env, 'SITE_REBUILD_URL', ''),
    siteRebuildSecret: text(env, 'SITE_REBUILD_SECRET'),
    reconcileIntervalMs: integer(env, 'RECONCILE_INTERVAL_MS', 15 * 60_000, 0),
    batchSize: integer(env, 'REINDEX_BATCH_SIZE', 1000),
    taskTimeoutMs: integer(env, 'MEILI_TASK_TIMEOUT_MS', 300_000),
    queueLimit: integer(env, 'SYNC_QUEUE_LIMIT', 10_000),
  };
}

/** The master key, or a ConfigError that says how to get one. */
export function requireMasterKey(config: IndexerConfig): string {
  if (config.meiliMasterKey) return config.meiliMasterKey;
  throw new ConfigError(
    'MEILI_MASTER_KEY',
    'is not set: run `npm run meili` once to generate one into .env, or set it to your Meilisearch master key',
  );
}

/** The CMS channel's webhook secret, or a ConfigError that says how to set one. */
export function requireWebhookSecret(config: IndexerConfig): string {
  return channelSecret('SEARCH_WEBHOOK_SECRET', config.webhookSecret, 'the CMS and the indexer');
}

/**
 * A channel's secret when it is set (undefined when not), or a ConfigError when it is too short or
 * the same as another channel's: one leaked secret must not open every channel.
 */
export function optionalChannelSecret(
  config: IndexerConfig,
  name: 'REINDEX_WEBHOOK_SECRET' | 'SITE_REBUILD_SECRET',
): string | undefined {
  const value = name === 'REINDEX_WEBHOOK_SECRET' ? config.reindexWebhookSecret : config.siteRebuildSecret;
  if (value === undefined) return undefined;
  const who = name === 'REINDEX_WEBHOOK_SECRET' ? 'the reindex and the indexer' : 'the indexer and the site server';
  const secret = channelSecret(name, value, who);
  const others = [config.webhookSecret, config.reindexWebhookSecret, config.siteRebuildSecret].filter(
    (other) => other === secret,
  );
  if (others.length > 1) throw new ConfigError(name, 'must differ from the other webhook secrets (one per channel)');
  return secret;
}

function channelSecret(name: string, value: string | undefined, who: string): string {
  if (value && value.length >= 16) return value;
  throw new ConfigError(name, `must be set to a secret of at least 16 characters (the same value in ${who})`);
}
