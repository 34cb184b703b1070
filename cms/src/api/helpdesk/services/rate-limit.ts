import { LRUCache } from 'lru-cache';

export interface RateLimiter {
  /** Whether the key is already over its limit in the current window (counts nothing). */
  isBlocked(key: string, now?: number): boolean;
  /** Counts one hit for the key. */
  hit(key: string, now?: number): void;
  /** Counts one hit; false when the key is over its limit (for doors where every request counts). */
  allow(key: string, now?: number): boolean;
  /** Keys currently remembered (at most `maxKeys`). */
  readonly size: number;
}

interface Window {
  count: number;
  resetAt: number;
}

/**
 * A fixed-window counter per key (the client's address): at most `limit` hits per `windowMs`. It
 * remembers at most `maxKeys` addresses, dropping the least recently seen first, so a flood from many
 * addresses cannot grow the CMS's memory.
 */
export function createRateLimiter(options: { limit: number; windowMs: number; maxKeys?: number }): RateLimiter {
  const windows = new LRUCache<string, Window>({ max: options.maxKeys ?? 10_000 });
  const current = (key: string, now: number) => {
    const window = windows.get(key);
    return window && window.resetAt > now ? window : undefined;
  };
  return {
    isBlocked(key, now = Date.now()) {
      return (current(key, now)?.count ?? 0) >= options.limit;
    },
    hit(key, now = Date.now()) {
      const window = current(key, now);
      if (window) window.count++;
      else windows.set(key, { count: 1, resetAt: now + options.windowMs });
    },
    allow(key, now = Date.now()) {
      this.hit(key, now);
      return (current(key, now)?.count ?? 0) <= options.limit;
    },
    get size() {
      return windows.size;
    },
  };
}
