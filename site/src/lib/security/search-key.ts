import { SiteConfigError } from '../../config/env.ts';

// The search key ends up in every reader's browser. Before a build puts it there, ask Meilisearch
// what else it can do: each probe below is a request that only a key with that action may make, and
// none of them changes anything (reads, or writes with a body Meilisearch refuses after the key
// check). A search-only key is refused (403) on all of them.

export interface KeyProbe {
  /** The Meilisearch action the request needs. */
  action: string;
  method: string;
  path: (index: string) => string;
  body?: string;
}

export const KEY_PROBES: readonly KeyProbe[] = [
  { action: 'keys.get', method: 'GET', path: () => '/keys?limit=1' },
  { action: 'keys.create', method: 'POST', path: () => '/keys', body: '{' },
  { action: 'indexes.get', method: 'GET', path: () => '/indexes?limit=1' },
  { action: 'documents.get', method: 'GET', path: (index) => `/indexes/${index}/documents?limit=1` },
  { action: 'documents.add', method: 'POST', path: (index) => `/indexes/${index}/documents`, body: '{' },
  { action: 'documents.delete', method: 'POST', path: (index) => `/indexes/${index}/documents/delete`, body: '{' },
  { action: 'settings.get', method: 'GET', path: (index) => `/indexes/${index}/settings` },
  { action: 'settings.update', method: 'PATCH', path: (index) => `/indexes/${index}/settings`, body: '{' },
  { action: 'tasks.get', method: 'GET', path: () => '/tasks?limit=1' },
  { action: 'stats.get', method: 'GET', path: () => '/stats' },
];

/** A key that can do more than search: the build stops with this one line. */
export class SearchKeyError extends SiteConfigError {}

/**
 * The actions beyond search that `key` has on `host`; null when Meilisearch cannot be reached (the
 * caller decides). Any answer other than 401/403 means the key passed Meilisearch's permission check.
 */
export async function extraKeyActions(options: {
  host: string;
  key: string;
  index: string;
  timeoutMs?: number;
}): Promise<string[] | null> {
  const found: string[] = [];
  for (const probe of KEY_PROBES) {
    let status: number;
    try {
      const response = await fetch(`${options.host}${probe.path(encodeURIComponent(options.index))}`, {
        method: probe.method,
        headers: { authorization: `Bearer ${options.key}`, 'content-type': 'application/json' },
        body: probe.body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
      });
      status = response.status;
      await response.arrayBuffer();
    } catch {
      return null;
    }
    if (status !== 401 && status !== 403) found.push(probe.action);
  }
  return found;
}
