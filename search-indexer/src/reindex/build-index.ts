// Naming and clearing the indexes a full reindex builds beside the live one.
import type { Meilisearch } from 'meilisearch';

const BUILD_MARK = '__build_';

/** `knowledge__build_1767225600000_k3f9`: the live index's name, when the build started, a random tail. */
export function buildIndexUid(liveUid: string, startedAt: number): string {
  return `${liveUid}${BUILD_MARK}${startedAt}_${Math.random().toString(36).slice(2, 6)}`;
}

/** When the build index was started, or undefined for an index that is not a build of `liveUid`. */
export function buildStartedAt(liveUid: string, uid: string): number | undefined {
  if (!uid.startsWith(liveUid + BUILD_MARK)) return undefined;
  const startedAt = Number(uid.slice(liveUid.length + BUILD_MARK.length).split('_')[0]);
  return Number.isFinite(startedAt) ? startedAt : undefined;
}

/** A build left behind by a reindex that died (killed, or Meilisearch went away) is abandoned after this. */
export const ABANDONED_AFTER_MS = 10 * 60_000;

/**
 * Deletes builds of `liveUid` that nobody is filling any more: started and last changed more than
 * ABANDONED_AFTER_MS ago. A reindex running at the same time in another process keeps its build.
 */
export async function deleteAbandonedBuilds(client: Meilisearch, liveUid: string, now: number): Promise<string[]> {
  const { results } = await client.getRawIndexes({ limit: 1000 });
  const abandoned = results.filter((index) => {
    const startedAt = buildStartedAt(liveUid, index.uid);
    return (
      startedAt !== undefined &&
      now - startedAt > ABANDONED_AFTER_MS &&
      now - Date.parse(index.updatedAt) > ABANDONED_AFTER_MS
    );
  });
  // Deletions are enqueued, not awaited: they do not block this reindex, and Meilisearch runs them in order.
  await Promise.all(abandoned.map((index) => client.deleteIndex(index.uid)));
  return abandoned.map((index) => index.uid);
}
