import { describe, expect, it } from 'vitest';
import { readEnv } from '../src/config/env.ts';

describe('site settings', () => {
  it('has defaults that work locally', () => {
    const env = readEnv({});
    expect(env.CMS_URL).toBe('http://127.0.0.1:1337');
    expect(env.PUBLIC_MEILI_INDEX).toBe('knowledge');
    expect(env.PUBLIC_MEILI_SEARCH_KEY).toBe('');
    expect(env.MARKDOWN_IMAGE_ORIGINS).toEqual([]);
  });

  it('trims trailing slashes and splits lists', () => {
    const env = readEnv({ CMS_URL: 'https://cms.example.se/', MARKDOWN_IMAGE_ORIGINS: 'https://a.se, https://b.se' });
    expect(env.CMS_URL).toBe('https://cms.example.se');
    expect(env.MARKDOWN_IMAGE_ORIGINS).toEqual(['https://a.se', 'https://b.se']);
  });

  it('names a wrong setting in one line', () => {
    expect(() => readEnv({ SITE_URL: 'ftp://x' })).toThrow(/^site settings: SITE_URL must be an http\(s\) address$/);
  });

  it('reads nothing it does not know, such as the master key', () => {
    const env = readEnv({ MEILI_MASTER_KEY: 'secret' }) as Record<string, unknown>;
    expect(Object.values(env)).not.toContain('secret');
  });
});
