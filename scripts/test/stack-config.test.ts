import path from 'node:path';
import { ConfigError } from '@skb/search-indexer';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, stackConfig } from '../stack/config.ts';

describe('the stack settings', () => {
  it('have the embedded stack’s defaults', () => {
    expect(stackConfig({})).toMatchObject({
      dataDir: path.join(REPO_ROOT, 'data'),
      cms: { port: 1337, url: 'http://127.0.0.1:1337' },
      site: { port: 4321, rebuildDebounceMs: 500 },
      meili: { external: false, port: 7700, url: 'http://127.0.0.1:7700' },
      indexer: { port: 7701 },
      logs: { maxBytes: 10 * 1024 * 1024, keep: 5 },
    });
  });

  it('read what is set, a blank value as unset, and MEILI_HOST as an external Meilisearch', () => {
    const config = stackConfig({
      CMS_PORT: '4501',
      LOG_KEEP_FILES: '0',
      SITE_PORT: ' ',
      MEILI_HOST: 'https://s.example.se/',
    });
    expect(config).toMatchObject({
      cms: { port: 4501, url: 'http://127.0.0.1:4501' },
      site: { port: 4321 },
      meili: { external: true, url: 'https://s.example.se' },
      logs: { keep: 0 },
    });
  });

  it.each([
    ['CMS_PORT', '65536'],
    ['SITE_PORT', 'fyra'],
    ['LOG_MAX_BYTES', '1000'],
    ['SITE_REBUILD_DEBOUNCE_MS', '-1'],
    ['MEILI_HOST', 'search.example.se'],
  ])('name the variable, in Swedish and English, when %s is %s', (variable, value) => {
    expect(() => stackConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => stackConfig({ [variable]: value })).toThrow(
      new RegExp(`^${variable}: ska vara .* / must be .*, inte / not "${value}"$`),
    );
  });
});
