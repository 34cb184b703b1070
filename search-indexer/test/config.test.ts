import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, REPO_ROOT, requireMasterKey, requireWebhookSecret } from '../src/config.ts';
import { ConfigError } from '../src/errors.ts';

describe('configuration', () => {
  it('has defaults that work on a developer’s machine', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      meiliHost: 'http://127.0.0.1:7700',
      meiliHostIsExternal: false,
      searchIndex: 'knowledge',
      cmsUrl: 'http://127.0.0.1:1337',
      indexerPort: 7701,
      dataDir: path.join(REPO_ROOT, 'data'),
      envPath: path.join(REPO_ROOT, '.env'),
      meiliMaxIndexingMemory: '1GiB',
      meiliEnv: 'production',
    });
    expect(loadConfig({ MEILI_ENV: 'development' }).meiliEnv).toBe('development');
  });

  it('derives the local host from MEILI_PORT; MEILI_HOST wins', () => {
    expect(loadConfig({ MEILI_PORT: '7701' }).meiliHost).toBe('http://127.0.0.1:7701');
    const external = loadConfig({ MEILI_PORT: '7701', MEILI_HOST: 'https://search.example.se/' });
    expect(external).toMatchObject({ meiliHost: 'https://search.example.se', meiliHostIsExternal: true });
  });

  it.each([
    ['MEILI_PORT', 'abc'],
    ['INDEXER_PORT', '0'],
    ['CMS_URL', 'not a url'],
    ['SEARCH_INDEX', 'knowledge index'],
    ['MEILI_ENV', 'dev'],
    ['MEILI_PORT', '70000'],
    ['RECONCILE_INTERVAL_MS', '-5'],
    ['SEARCH_WEBHOOK_URL', 'ftp://127.0.0.1/webhook'],
    ['REINDEX_BATCH_SIZE', '1.5'],
  ])('names the variable and the value when %s is invalid', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(new RegExp(`^${variable}: .*, inte / not "${value}"$`));
  });

  it('says what fits, in Swedish and English', () => {
    expect(() => loadConfig({ INDEXER_PORT: 'x' })).toThrow(
      'INDEXER_PORT: ska vara ett heltal 1–65535 / must be a whole number 1–65535, inte / not "x"',
    );
    expect(() => loadConfig({ CMS_URL: 'cms' })).toThrow(
      /^CMS_URL: ska vara en http\(s\)-adress .* \/ must be an http\(s\) address like http:\/\/127\.0\.0\.1:1337/,
    );
  });

  it('takes a blank variable as unset, and whole numbers from 0 where 0 means something', () => {
    const config = loadConfig({
      CMS_URL: ' ',
      SEARCH_WEBHOOK_URL: '',
      RECONCILE_INTERVAL_MS: '0',
      MEILI_PORT: ' 7702 ',
    });
    expect(config).toMatchObject({ cmsUrl: 'http://127.0.0.1:1337', webhookUrl: undefined, reconcileIntervalMs: 0 });
    expect(config.meiliHost).toBe('http://127.0.0.1:7702');
  });

  it('says how to get a master key and a webhook secret when they are missing', () => {
    expect(() => requireMasterKey(loadConfig({}))).toThrow(/npm run meili/);
    expect(() => requireWebhookSecret(loadConfig({ SEARCH_WEBHOOK_SECRET: 'short' }))).toThrow(/at least 16/);
    expect(requireWebhookSecret(loadConfig({ SEARCH_WEBHOOK_SECRET: 'x'.repeat(16) }))).toBe('x'.repeat(16));
  });
});
