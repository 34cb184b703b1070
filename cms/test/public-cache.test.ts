import { describe, expect, it } from 'vitest';
import { createPublicCache, MAX_AGE_MS, publicCacheBytes, showsInPublicAnswers } from '../src/http/public-cache';

describe('the public answers cache', () => {
  it('keeps an answer, and lets concurrent readers wait for the one being computed', async () => {
    const cache = createPublicCache(1024);
    expect(cache.get('k')).toBeUndefined();
    const done = cache.begin('k');
    const waiting = cache.get('k');
    expect(waiting).toBeInstanceOf(Promise);
    done('{"data":[]}');
    expect(await waiting).toBe('{"data":[]}');
    expect(cache.get('k')).toBe('{"data":[]}');
  });

  it('does not keep an answer computed before a write that came while it was computed', async () => {
    const cache = createPublicCache(1024);
    const done = cache.begin('k');
    cache.clear();
    done('{"data":["before the write"]}');
    expect(cache.get('k')).toBeUndefined();
  });

  it('stays within its size and keeps nothing when turned off', () => {
    const cache = createPublicCache(100);
    for (const key of ['a', 'b', 'c']) cache.begin(key)('x'.repeat(40));
    expect(cache.size).toBe(2);
    expect(cache.get('a')).toBeUndefined();
    const off = createPublicCache(0);
    off.begin('a')('{}');
    expect(off.get('a')).toBeUndefined();
  });

  it('reads its size from CMS_PUBLIC_CACHE_MB and names the variable when it is wrong', () => {
    expect(publicCacheBytes({})).toBe(32 * 1024 * 1024);
    expect(publicCacheBytes({ CMS_PUBLIC_CACHE_MB: '0' })).toBe(0);
    expect(() => publicCacheBytes({ CMS_PUBLIC_CACHE_MB: 'mycket' })).toThrow(/CMS_PUBLIC_CACHE_MB .*"mycket"/);
  });

  it('is emptied by writes to public types and the media library, not by private ones', () => {
    expect(showsInPublicAnswers('api::method.method')).toBe(true);
    expect(showsInPublicAnswers('plugin::upload.file')).toBe(true);
    expect(showsInPublicAnswers('api::question.question')).toBe(false);
    expect(showsInPublicAnswers('api::subscription.subscription')).toBe(false);
    expect(showsInPublicAnswers('admin::user')).toBe(false);
  });

  it('forgets an answer after five minutes, whatever happens', () => {
    let now = 1_000;
    const cache = createPublicCache(1024, { now: () => now });
    cache.begin('k')('{}');
    now += MAX_AGE_MS - 1000;
    expect(cache.get('k')).toBe('{}');
    now += 2000;
    expect(cache.get('k')).toBeUndefined();
  });
});
