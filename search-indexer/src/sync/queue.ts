// The sync's queue of entries to re-read. Keyed by entry and language, so ten saves of one entry
// while Meilisearch is down are one re-read when it is back. Bounded: past `limit` distinct entries it
// stops growing and asks for a full reindex instead, which catches every change at once, so nothing
// is lost and memory stays small.
import { type SyncKey, syncKeyString } from './sync-key.ts';

export class SyncQueue {
  readonly limit: number;
  #pending = new Map<string, SyncKey>();
  #inFlight = new Map<string, SyncKey>();
  #overflowed = false;
  #lastRefusedAt = 0;
  #wake: (() => void) | undefined;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** Entries waiting or being applied. */
  get backlog(): number {
    return this.#pending.size + this.#inFlight.size;
  }

  get pending(): number {
    return this.#pending.size;
  }

  /** True once the queue was full: only a full reindex can now be sure to catch every change. */
  get overflowed(): boolean {
    return this.#overflowed;
  }

  /** Queues an entry; false when the queue is full (and now marked overflowed). */
  add(key: SyncKey): boolean {
    const id = syncKeyString(key);
    if (!this.#pending.has(id) && this.#pending.size >= this.limit) {
      this.#overflowed = true;
      this.#lastRefusedAt = Date.now();
      return false;
    }
    this.#pending.set(id, key);
    this.#wake?.();
    return true;
  }

  /** Takes up to `max` entries to apply; they count as in flight until `done` or `retry`. */
  take(max: number): SyncKey[] {
    const batch: SyncKey[] = [];
    for (const [id, key] of this.#pending) {
      // An entry being applied is not taken twice; a newer save waits for the running one.
      if (this.#inFlight.has(id)) continue;
      this.#pending.delete(id);
      this.#inFlight.set(id, key);
      batch.push(key);
      if (batch.length >= max) break;
    }
    return batch;
  }

  done(keys: readonly SyncKey[]): void {
    for (const key of keys) this.#inFlight.delete(syncKeyString(key));
    if (this.hasWork) this.#wake?.();
  }

  /** Puts entries back after a failure (an entry saved again meanwhile is already pending). */
  retry(keys: readonly SyncKey[]): void {
    for (const key of keys) {
      const id = syncKeyString(key);
      this.#inFlight.delete(id);
      if (!this.#pending.has(id)) this.#pending.set(id, key);
    }
  }

  /**
   * After a full reindex that started reading at `readFrom`: it caught every change refused before
   * then. A change refused later may have missed it, and the overflow stands (another reindex).
   */
  clearOverflow(readFrom: number): void {
    if (this.#lastRefusedAt < readFrom) this.#overflowed = false;
  }

  /** True when some pending entry is not being applied right now. */
  get hasWork(): boolean {
    for (const id of this.#pending.keys()) if (!this.#inFlight.has(id)) return true;
    return false;
  }

  /** Resolves when there is work to take, or when `signal` aborts. */
  waitForWork(signal: AbortSignal): Promise<void> {
    if (this.hasWork || signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const finish = () => {
        this.#wake = undefined;
        signal.removeEventListener('abort', finish);
        resolve();
      };
      this.#wake = finish;
      signal.addEventListener('abort', finish, { once: true });
    });
  }
}
