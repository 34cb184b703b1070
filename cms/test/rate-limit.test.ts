import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../src/api/helpdesk/services/rate-limit';

describe('the helpdesk rate limiter', () => {
  it('blocks a key after its limit within the window, and lets it in again after', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000 });
    limiter.hit('a', 0);
    expect(limiter.isBlocked('a', 1)).toBe(false);
    limiter.hit('a', 2);
    expect(limiter.isBlocked('a', 3)).toBe(true);
    expect(limiter.isBlocked('b', 3)).toBe(false);
    expect(limiter.isBlocked('a', 1000)).toBe(false);
  });

  it('remembers at most maxKeys addresses, however many send', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 100 });
    for (let i = 0; i < 10_000; i++) limiter.hit(`10.0.${i >> 8}.${i & 255}`, 0);
    expect(limiter.size).toBe(100);
    // The most recent are kept: the last sender is still blocked.
    expect(limiter.isBlocked('10.0.39.15', 1)).toBe(true);
  });
});

describe('allow, for doors where every request counts', () => {
  it('counts each call and refuses past the limit', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000 });
    expect([limiter.allow('a', 0), limiter.allow('a', 1), limiter.allow('a', 2)]).toEqual([true, true, false]);
    expect(limiter.allow('a', 1000)).toBe(true);
  });
});
