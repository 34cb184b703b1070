// The stack's settings, read once from the environment (which wins) and .env, with the defaults
// of the embedded stack. Every value here has a line in .env.example.
import path from 'node:path';
import { REPO_ROOT } from '@skb/search-indexer';

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

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65_535) {
    throw new Error(`${name} must be a port number from 1 to 65535, not "${raw}"`);
  }
  return value;
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not "${raw}"`);
  return value;
}

function atLeast(env: NodeJS.ProcessEnv, name: string, fallback: number, minimum: number): number {
  const value = positiveInt(env, name, fallback);
  if (value < minimum) throw new Error(`${name} must be at least ${minimum}, not "${env[name]}"`);
  return value;
}

export function stackConfig(env: NodeJS.ProcessEnv): StackConfig {
  const dataDir = path.resolve(REPO_ROOT, env.DATA_DIR || 'data');
  const host = '127.0.0.1';
  const cmsPort = port(env, 'CMS_PORT', 1337);
  const sitePort = port(env, 'SITE_PORT', 4321);
  const meiliPort = port(env, 'MEILI_PORT', 7700);
  const indexerPort = port(env, 'INDEXER_PORT', 7701);
  const meiliHost = env.MEILI_HOST?.replace(/\/+$/, '');
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
      rebuildDebounceMs: positiveInt(env, 'SITE_REBUILD_DEBOUNCE_MS', 2000),
    },
    meili: { external: Boolean(meiliHost), port: meiliPort, url: meiliHost || `http://${host}:${meiliPort}` },
    indexer: { port: indexerPort, url: `http://${host}:${indexerPort}` },
    logs: {
      maxBytes: atLeast(env, 'LOG_MAX_BYTES', 10 * 1024 * 1024, 1024),
      keep: positiveInt(env, 'LOG_KEEP_FILES', 5),
    },
  };
}
