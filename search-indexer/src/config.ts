// The indexer's settings, read from the environment in one place, each with a default that works on
// a developer's machine. ENV.md documents every variable.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SEARCH_INDEX } from '@skb/content-types/search';
import { ConfigError } from './errors.ts';
import { httpUrl, matching, oneOf, port, readSettings, text, wholeNumber } from './settings.ts';

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

/** Every variable the indexer reads, with its type and default (ENV.md says what each is for). */
const SETTINGS = {
  MEILI_HOST: httpUrl('https://search.example.se').optional(),
  MEILI_PORT: port(7700),
  MEILI_MASTER_KEY: text().optional(),
  MEILI_BIN: text().optional(),
  MEILI_MAX_INDEXING_MEMORY: text().default('1GiB'),
  MEILI_ENV: oneOf(['production', 'development']).default('production'),
  DATA_DIR: text().default('data'),
  ENV_PATH: text().default('.env'),
  SEARCH_INDEX: matching(
    /^[A-Za-z0-9_-]{1,200}$/,
    'får bara innehålla bokstäver, siffror, - och _ / may hold only letters, digits, - and _',
  ).default(DEFAULT_SEARCH_INDEX),
  CMS_URL: httpUrl('http://127.0.0.1:1337').default('http://127.0.0.1:1337'),
  INDEXER_HOST: text().default('127.0.0.1'),
  INDEXER_PORT: port(7701),
  SEARCH_WEBHOOK_URL: httpUrl('http://127.0.0.1:7701/webhook').optional(),
  SEARCH_WEBHOOK_SECRET: text().optional(),
  REINDEX_WEBHOOK_SECRET: text().optional(),
  SITE_REBUILD_URL: httpUrl('http://127.0.0.1:4321/_stack/rebuild').optional(),
  SITE_REBUILD_SECRET: text().optional(),
  RECONCILE_INTERVAL_MS: wholeNumber(15 * 60_000, 0),
  REINDEX_BATCH_SIZE: wholeNumber(1000),
  MEILI_TASK_TIMEOUT_MS: wholeNumber(300_000),
  SYNC_QUEUE_LIMIT: wholeNumber(10_000),
};

export function loadConfig(env: Env = process.env): IndexerConfig {
  const settings = readSettings(SETTINGS, env);
  return {
    meiliHost: settings.MEILI_HOST ?? `http://127.0.0.1:${settings.MEILI_PORT}`,
    meiliHostIsExternal: settings.MEILI_HOST !== undefined,
    meiliPort: settings.MEILI_PORT,
    meiliMasterKey: settings.MEILI_MASTER_KEY,
    meiliBin: settings.MEILI_BIN,
    meiliMaxIndexingMemory: settings.MEILI_MAX_INDEXING_MEMORY,
    meiliEnv: settings.MEILI_ENV,
    dataDir: path.resolve(REPO_ROOT, settings.DATA_DIR),
    envPath: path.resolve(REPO_ROOT, settings.ENV_PATH),
    searchIndex: settings.SEARCH_INDEX,
    cmsUrl: settings.CMS_URL,
    indexerHost: settings.INDEXER_HOST,
    indexerPort: settings.INDEXER_PORT,
    webhookUrl: settings.SEARCH_WEBHOOK_URL,
    webhookSecret: settings.SEARCH_WEBHOOK_SECRET,
    reindexWebhookSecret: settings.REINDEX_WEBHOOK_SECRET,
    siteRebuildUrl: settings.SITE_REBUILD_URL,
    siteRebuildSecret: settings.SITE_REBUILD_SECRET,
    reconcileIntervalMs: settings.RECONCILE_INTERVAL_MS,
    batchSize: settings.REINDEX_BATCH_SIZE,
    taskTimeoutMs: settings.MEILI_TASK_TIMEOUT_MS,
    queueLimit: settings.SYNC_QUEUE_LIMIT,
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
