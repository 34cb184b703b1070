// The public API's answers, kept in memory until anything they may show changes.
//
// Public reads are the same for every anonymous reader (published versions, the type's fixed populate,
// an allow-listed query: src/middlewares/public-read.ts), they are costly (a list of 25 methods with
// their relations takes Strapi tens of milliseconds of CPU), and they change only when an editor
// writes. So the first answer to a query is kept, keyed by the path and the checked query, and every
// write to a table a public answer can show (any `api::` type but the private ones, the media
// library, the locales) empties the cache. Concurrent requests for the same answer wait for the one
// that is being computed instead of each running the query. Bounded in bytes (CMS_PUBLIC_CACHE_MB,
// 0 = no cache) and in age (five minutes); a request with credentials is never answered from it nor
// stored in it.
import type { Core } from '@strapi/strapi';
import { LRUCache } from 'lru-cache';

/** Types whose rows never appear in a public answer: writing them leaves the cache as it is. */
const PRIVATE_UIDS = new Set([
  'api::subscription.subscription',
  'api::question.question',
  'api::search-gap.search-gap',
  'api::county-editor.county-editor',
]);

/** Whether a write to this model can change what a public answer shows. */
export function showsInPublicAnswers(uid: string): boolean {
  if (PRIVATE_UIDS.has(uid)) return false;
  return uid.startsWith('api::') || uid === 'plugin::upload.file' || uid === 'plugin::i18n.locale';
}

/** CMS_PUBLIC_CACHE_MB: megabytes of answers kept; 0 turns the cache off. */
export function publicCacheBytes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CMS_PUBLIC_CACHE_MB;
  if (raw === undefined || raw.trim() === '') return 32 * 1024 * 1024;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`CMS_PUBLIC_CACHE_MB must be a whole number of megabytes (0 = no cache), not "${raw}"`);
  }
  return value * 1024 * 1024;
}

/** The longest an answer is kept, whatever happens. */
export const MAX_AGE_MS = 5 * 60_000;

export interface PublicCache {
  /** The kept JSON text of an answer, or the answer another request is computing now. */
  get(key: string): string | Promise<string | undefined> | undefined;
  /** Marks `key` as being computed; `done` stores the JSON text (or nothing) and wakes the waiters. */
  begin(key: string): (json: string | undefined) => void;
  clear(): void;
  readonly size: number;
}

/** `clock` is for tests: what the cache reads the time from (default `performance`). */
export function createPublicCache(maxBytes: number, clock?: { now(): number }): PublicCache {
  const kept =
    maxBytes > 0
      ? new LRUCache<string, string>({
          maxSize: maxBytes,
          sizeCalculation: (json) => Math.max(1, json.length),
          // A bound for what no write in this process announces (another CMS process on the database).
          ttl: MAX_AGE_MS,
          ...(clock ? { perf: clock, ttlResolution: 0 } : {}),
        })
      : undefined;
  const pending = new Map<string, Promise<string | undefined>>();
  /** Bumped by every clear: an answer computed before a write must not be stored after it. */
  let generation = 0;
  return {
    get(key) {
      return kept?.get(key) ?? pending.get(key);
    },
    begin(key) {
      const started = generation;
      let settle!: (json: string | undefined) => void;
      pending.set(
        key,
        new Promise((resolve) => {
          settle = resolve;
        }),
      );
      return (json) => {
        pending.delete(key);
        const current = json !== undefined && started === generation ? json : undefined;
        if (current !== undefined && kept && current.length <= maxBytes) kept.set(key, current);
        settle(current);
      };
    },
    clear() {
      generation += 1;
      kept?.clear();
      pending.clear();
    },
    get size() {
      return kept?.size ?? 0;
    },
  };
}

let shared: PublicCache | undefined;
/** The CMS's one cache (the public-read middleware of every type shares it). */
export function publicCache(): PublicCache {
  shared ??= createPublicCache(publicCacheBytes());
  return shared;
}

const WRITES = ['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany'];

/** Empties the cache after every write to a table a public answer can show, however it was written. */
export function registerPublicCacheInvalidation(strapi: Core.Strapi): void {
  const clearIfPublic = (event: { model?: { uid?: string } }) => {
    if (event.model?.uid && showsInPublicAnswers(event.model.uid)) publicCache().clear();
  };
  strapi.db.lifecycles.subscribe(Object.fromEntries(WRITES.map((name) => [name, clearIfPublic])));
}
