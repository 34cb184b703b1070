// Which entries the sync applied, and when. A full reindex reads the CMS over some seconds; a change
// applied to the old live index meanwhile may be missing from the new one. After the swap the
// receiver re-applies every change since the reindex started, from this log.
import { type SyncKey, syncKeyString } from './sync-key.ts';

const KEEP_MS = 60 * 60_000;

export class RecentChanges {
  readonly limit: number;
  #applied = new Map<string, { key: SyncKey; at: number }>();

  constructor(limit = 50_000) {
    this.limit = limit;
  }

  record(keys: readonly SyncKey[], at: number): void {
    for (const key of keys) {
      const id = syncKeyString(key);
      // Re-inserting moves the entry to the end: the map stays in order of last application.
      this.#applied.delete(id);
      this.#applied.set(id, { key, at });
    }
    for (const [id, { at: appliedAt }] of this.#applied) {
      if (this.#applied.size <= this.limit && at - appliedAt < KEEP_MS) break;
      this.#applied.delete(id);
    }
  }

  /** Entries applied at or after `since`. */
  since(since: number): SyncKey[] {
    return [...this.#applied.values()].filter((change) => change.at >= since).map((change) => change.key);
  }
}
