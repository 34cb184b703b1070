import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildHeapMb, readEnv, settingsOf } from '../src/config/env.ts';

/** The settings the site may read (README "Settings"): the browser sees the PUBLIC_ ones. */
const SITE_SETTINGS = [
  'CMS_TIMEOUT_MS',
  'CMS_URL',
  'CONTACT_EMAIL',
  'MARKDOWN_IMAGE_ORIGINS',
  'PUBLIC_CMS_URL',
  'PUBLIC_MEILI_HOST',
  'PUBLIC_MEILI_INDEX',
  'PUBLIC_MEILI_SEARCH_KEY',
  'SITE_NOW',
  'SITE_URL',
];
/** Every setting of the whole stack, from .env.example. */
const ALL_SETTINGS = [
  ...readFileSync(new URL('../../.env.example', import.meta.url), 'utf8').matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm),
].map((match) => match[1] as string);

describe('site settings', () => {
  it('has defaults that work locally, and takes an empty value as unset', () => {
    const defaults = {
      CMS_URL: 'http://127.0.0.1:1337',
      CMS_TIMEOUT_MS: 30_000,
      MARKDOWN_IMAGE_ORIGINS: [],
      PUBLIC_MEILI_HOST: 'http://127.0.0.1:7700',
      PUBLIC_MEILI_INDEX: 'knowledge',
      PUBLIC_MEILI_SEARCH_KEY: '',
      SITE_URL: 'http://localhost:4321',
    };
    expect(readEnv({})).toEqual(defaults);
    expect(readEnv(Object.fromEntries(SITE_SETTINGS.map((name) => [name, ''])))).toEqual(defaults);
  });

  it('trims trailing slashes and splits lists', () => {
    const env = readEnv({ CMS_URL: 'https://cms.example.se/', MARKDOWN_IMAGE_ORIGINS: 'https://a.se, https://b.se' });
    expect(env.CMS_URL).toBe('https://cms.example.se');
    expect(env.MARKDOWN_IMAGE_ORIGINS).toEqual(['https://a.se', 'https://b.se']);
  });

  it('names a wrong setting in one line', () => {
    expect(() => readEnv({ SITE_URL: 'ftp://x' })).toThrow(
      /^webbplatsens inställningar \/ site settings: SITE_URL ska vara en http\(s\)-adress \/ must be an http\(s\) address, inte \/ not "ftp:\/\/x"$/,
    );
    for (const [name, value, says] of [
      ['CMS_TIMEOUT_MS', '30s', 'ska vara ett heltal'],
      ['CMS_TIMEOUT_MS', '0', 'ska vara ett heltal'],
      ['CONTACT_EMAIL', 'hjälp', 'ska vara en e-postadress'],
      ['SITE_NOW', 'i morgon', 'ISO 8601'],
      ['PUBLIC_MEILI_HOST', 'meili:7700', 'http(s)-adress'],
    ]) {
      const message = (() => {
        try {
          readEnv({ [name as string]: value });
        } catch (error) {
          return (error as Error).message;
        }
        return 'no error';
      })();
      expect(message, name).toContain(`site settings: ${name} `);
      expect(message, name).toContain(says);
      expect(message, name).toContain(`"${value}"`);
      expect(message.split('\n'), name).toHaveLength(1);
    }
  });

  it('reads the build’s heap cap as whole megabytes, 512 by default and 0 for none, and names a wrong one', () => {
    expect(buildHeapMb({})).toBe(512);
    expect(buildHeapMb({ SITE_BUILD_HEAP_MB: '' })).toBe(512);
    expect(buildHeapMb({ SITE_BUILD_HEAP_MB: ' 768 ' })).toBe(768);
    expect(buildHeapMb({ SITE_BUILD_HEAP_MB: '0' })).toBe(0);
    for (const value of ['1g', '512.5', '-1', 'mycket'])
      expect(() => buildHeapMb({ SITE_BUILD_HEAP_MB: value }), value).toThrow(
        `site settings: SITE_BUILD_HEAP_MB ska vara ett heltal i MB, 0 för inget tak / must be a whole number of MB, 0 for no cap, inte / not "${value}"`,
      );
  });

  it('reads its own settings and nothing else of the stack’s, such as the master key', () => {
    expect(ALL_SETTINGS).toEqual(expect.arrayContaining([...SITE_SETTINGS, 'MEILI_MASTER_KEY', 'APP_KEYS']));
    // Every setting of the stack set to a value that names it (valid for the site's own).
    const valid: Record<string, string> = {
      CMS_TIMEOUT_MS: '4711',
      CONTACT_EMAIL: 'hjalp@example.se',
      SITE_NOW: '2026-11-30T12:00:00+01:00',
    };
    const tag = (name: string) => `//${name.toLowerCase().replaceAll('_', '-')}.example`;
    const source = Object.fromEntries(ALL_SETTINGS.map((name) => [name, valid[name] ?? `https:${tag(name)}`]));
    expect(Object.keys(readEnv(source)).sort()).toEqual(SITE_SETTINGS);
    expect(Object.keys(settingsOf(source)).sort()).toEqual(SITE_SETTINGS);
    const read = JSON.stringify(readEnv(source));
    expect(read).toContain(tag('PUBLIC_MEILI_SEARCH_KEY'));
    for (const name of ALL_SETTINGS.filter((each) => !SITE_SETTINGS.includes(each)))
      expect(read, name).not.toContain(tag(name));
  });
});
