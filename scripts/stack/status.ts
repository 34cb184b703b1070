// `npm run status [-- --json]`: the state of every component of the stack: up or down, address,
// version, documents in the index, sync backlog, last site build and its result.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describeError, envWithFile, httpRequest } from '@skb/search-indexer';
import { commandLine } from '../command-line.ts';
import { REPO_ROOT, stackConfig } from './config.ts';

const { json } = commandLine({
  usage: 'Användning / usage: npm run status [-- --json]',
  options: { json: { type: 'boolean', default: false } },
}).values;
const env = envWithFile();
const config = stackConfig(env);
const require = createRequire(import.meta.url);

interface ComponentStatus {
  url: string;
  up: boolean;
  [detail: string]: unknown;
}

async function getJson(url: string, headers?: Record<string, string>): Promise<{ status: number; json: unknown }> {
  const { status, body } = await httpRequest(url, { headers, timeoutMs: 2000 });
  try {
    return { status, json: JSON.parse(body) };
  } catch {
    return { status, json: null };
  }
}

async function cmsStatus(): Promise<ComponentStatus> {
  const url = config.cms.url;
  const version = (
    require(require.resolve('@strapi/strapi/package.json', { paths: [path.join(REPO_ROOT, 'cms')] })) as {
      version: string;
    }
  ).version;
  try {
    const { status } = await httpRequest(`${url}/_health`, { timeoutMs: 2000 });
    return { url, up: status < 400, version: `Strapi ${version}`, admin: `${url}/admin` };
  } catch (error) {
    return { url, up: false, version: `Strapi ${version}`, error: describeError(error) };
  }
}

async function searchStatus(): Promise<ComponentStatus> {
  const url = config.meili.url;
  const headers: Record<string, string> = env.MEILI_MASTER_KEY
    ? { authorization: `Bearer ${env.MEILI_MASTER_KEY}` }
    : {};
  try {
    const health = await getJson(`${url}/health`);
    if (health.status !== 200) return { url, up: false, error: `HTTP ${health.status}` };
    const version = await getJson(`${url}/version`, headers);
    const index = env.SEARCH_INDEX || 'knowledge';
    const stats = await getJson(`${url}/indexes/${index}/stats`, headers);
    return {
      url,
      up: true,
      version: `Meilisearch ${(version.json as { pkgVersion?: string } | null)?.pkgVersion ?? '?'}`,
      index,
      documents: (stats.json as { numberOfDocuments?: number } | null)?.numberOfDocuments ?? null,
    };
  } catch (error) {
    return { url, up: false, error: describeError(error) };
  }
}

async function indexerStatus(): Promise<ComponentStatus> {
  const url = config.indexer.url;
  try {
    const { status, json } = await getJson(`${url}/status`);
    const body = (json ?? {}) as Record<string, unknown>;
    return { url, ...body, up: status === 200 && body.up !== false };
  } catch (error) {
    return { url, up: false, error: describeError(error) };
  }
}

async function siteStatus(): Promise<ComponentStatus> {
  const url = config.site.url;
  let lastBuild: unknown = null;
  let lastGoodBuild: unknown = null;
  try {
    const recorded = JSON.parse(readFileSync(path.join(config.siteDir, 'status.json'), 'utf8'));
    lastBuild = recorded.lastBuild;
    lastGoodBuild = recorded.lastGoodBuild;
  } catch {
    // no build yet
  }
  try {
    const { status } = await httpRequest(`${url}/`, { timeoutMs: 2000 });
    const control = await getJson(`${url}/_stack/status`).catch(() => ({ status: 0, json: null }));
    const live = (
      control.json as { site?: { lastBuild?: unknown; lastGoodBuild?: unknown; building?: boolean } } | null
    )?.site;
    return {
      url,
      up: status < 400,
      building: live?.building ?? false,
      lastBuild: live?.lastBuild ?? lastBuild,
      lastGoodBuild: live?.lastGoodBuild ?? lastGoodBuild,
    };
  } catch (error) {
    return { url, up: false, lastBuild, lastGoodBuild, error: describeError(error) };
  }
}

const [cms, search, indexer, site] = await Promise.all([cmsStatus(), searchStatus(), indexerStatus(), siteStatus()]);
const all = { cms, search, indexer, site };

if (json) {
  console.log(JSON.stringify(all, null, 2));
} else {
  const mark = (up: boolean) => (up ? '● up  ' : '○ down');
  const build = site.lastBuild as {
    ok?: boolean;
    kind?: string;
    finishedAt?: string;
    durationMs?: number;
    error?: string;
  } | null;
  const rows: [string, ComponentStatus, string][] = [
    ['CMS', cms, `${cms.version}${cms.error ? `; ${cms.error}` : ''}`],
    [
      'Search',
      search,
      search.up
        ? `${search.version}; ${search.documents ?? '?'} documents in "${search.index}"`
        : String(search.error ?? ''),
    ],
    [
      'Indexer',
      indexer,
      indexer.up
        ? `backlog ${indexer.backlog ?? '?'}; last sync ${indexer.lastSyncAt ?? 'none yet'}${indexer.lastError ? `; last error: ${indexer.lastError}` : ''}`
        : String(indexer.error ?? ''),
    ],
    [
      'Site',
      site,
      build
        ? `last build (${build.kind ?? 'full'}) ${build.finishedAt} ${build.ok ? `ok in ${((build.durationMs ?? 0) / 1000).toFixed(1)} s` : `FAILED: ${build.error}`}${site.building ? '; building now' : ''}`
        : 'no build yet',
    ],
  ];
  for (const [name, status, detail] of rows) {
    console.log(`${mark(status.up)}  ${name.padEnd(8)} ${status.url.padEnd(24)} ${detail}`);
  }
}
