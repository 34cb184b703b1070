// The stack's settings, read once from the environment (which wins) and .env, with the defaults
// of the embedded stack, checked by a zod schema as the indexer's and the site's are. Every value
// here has a line in .env.example.
import path from 'node:path';
import { httpUrl, port, REPO_ROOT, readSettings, text, wholeNumber } from '@skb/search-indexer';

// The one repository root (the indexer's), for the stack's modules that already import it from here.
export { REPO_ROOT };

export interface StackConfig {
  root: string;
  dataDir: string;
  logDir: string;
  siteDir: string;
  cms: { host: string; port: number; url: string };
  site: { host: string; port: number; url: string; rebuildDebounceMs: number };
  /** Meilisearch: external when MEILI_HOST is set, else local on MEILI_PORT. */
  meili: { external: boolean; port: number; url: string };
  indexer: { port: number; url: string };
  /** Each component's log in logDir is rotated at maxBytes, keeping `keep` older files. */
  logs: { maxBytes: number; keep: number };
}

/** Every variable the stack itself reads, with its type and default. */
const SETTINGS = {
  DATA_DIR: text().default('data'),
  CMS_PORT: port(1337),
  SITE_PORT: port(4321),
  MEILI_PORT: port(7700),
  INDEXER_PORT: port(7701),
  MEILI_HOST: httpUrl('https://search.example.se').optional(),
  SITE_REBUILD_DEBOUNCE_MS: wholeNumber(500, 0),
  LOG_MAX_BYTES: wholeNumber(10 * 1024 * 1024, 1024),
  LOG_KEEP_FILES: wholeNumber(5, 0),
};

/** The stack's settings from `env`; a value that does not fit throws a ConfigError naming its variable. */
export function stackConfig(env: NodeJS.ProcessEnv): StackConfig {
  const settings = readSettings(SETTINGS, env);
  const dataDir = path.resolve(REPO_ROOT, settings.DATA_DIR);
  const host = '127.0.0.1';
  const { CMS_PORT: cmsPort, SITE_PORT: sitePort, MEILI_PORT: meiliPort, INDEXER_PORT: indexerPort } = settings;
  return {
    root: REPO_ROOT,
    dataDir,
    logDir: path.join(dataDir, 'logs'),
    siteDir: path.join(dataDir, 'site'),
    cms: { host, port: cmsPort, url: `http://${host}:${cmsPort}` },
    site: {
      host,
      port: sitePort,
      url: `http://${host}:${sitePort}`,
      rebuildDebounceMs: settings.SITE_REBUILD_DEBOUNCE_MS,
    },
    meili: {
      external: settings.MEILI_HOST !== undefined,
      port: meiliPort,
      url: settings.MEILI_HOST ?? `http://${host}:${meiliPort}`,
    },
    indexer: { port: indexerPort, url: `http://${host}:${indexerPort}` },
    logs: { maxBytes: settings.LOG_MAX_BYTES, keep: settings.LOG_KEEP_FILES },
  };
}
