/** A fixed-window counter per key (the client's address): at most `limit` hits per `windowMs`. */
export function createRateLimiter(options: { limit: number; windowMs: number }) {
  const hits = new Map<string, { count: number; resetAt: number }>();
  return {
    /** Counts a hit; false when the key is over its limit. */
    allow(key: string, now = Date.now()): boolean {
      const current = hits.get(key);
      if (!current || current.resetAt <= now) {
        if (hits.size > 10_000) for (const [k, v] of hits) if (v.resetAt <= now) hits.delete(k);
        hits.set(key, { count: 1, resetAt: now + options.windowMs });
        return true;
      }
      current.count++;
      return current.count <= options.limit;
    },
  };
}
