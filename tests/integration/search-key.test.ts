// The search key the site gives every reader is checked against the real Meilisearch before a build,
// and the embedded Meilisearch runs in production mode.
import { extraKeyActions } from '@skb/site/security/search-key';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestMeili, type TestMeili } from '../support/meili.ts';
import { buildSite } from '../support/site.ts';

describe('the search key and the embedded Meilisearch', () => {
  let meili: TestMeili;
  const createKey = async (actions: string[]) => {
    const response = await fetch(`${meili.host}/keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${meili.masterKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ actions, indexes: ['knowledge'], expiresAt: null }),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { key: string }).key;
  };

  beforeAll(async () => {
    meili = await startTestMeili();
  });
  afterAll(async () => {
    await meili?.stop();
  });

  it('runs in production mode: no search preview page', async () => {
    // In development mode / serves the search preview (HTML); in production a JSON status line.
    const response = await fetch(`${meili.host}/`);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.text()).not.toMatch(/<html/i);
  });

  it('finds nothing beyond search on a search-only key', async () => {
    const key = await createKey(['search']);
    expect(await extraKeyActions({ host: meili.host, key, index: 'knowledge' })).toEqual([]);
  });

  it('names what a stronger key can do: the master key, a key that can add documents', async () => {
    const master = await extraKeyActions({ host: meili.host, key: meili.masterKey, index: 'knowledge' });
    expect(master).toEqual(expect.arrayContaining(['keys.get', 'keys.create', 'documents.add', 'settings.update']));
    const writer = await createKey(['search', 'documents.add']);
    expect(await extraKeyActions({ host: meili.host, key: writer, index: 'knowledge' })).toEqual(['documents.add']);
    // The probes changed nothing: no task was enqueued by the malformed writes.
    const tasks = await fetch(`${meili.host}/tasks?types=documentAdditionOrUpdate`, {
      headers: { authorization: `Bearer ${meili.masterKey}` },
    });
    expect(((await tasks.json()) as { results: unknown[] }).results).toEqual([]);
  });

  it('stops a site build that would hand readers the master key, naming the setting', async () => {
    const build = await buildSite({
      CMS_URL: 'http://127.0.0.1:9',
      PUBLIC_MEILI_HOST: meili.host,
      PUBLIC_MEILI_SEARCH_KEY: meili.masterKey,
    });
    await build.remove();
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(/PUBLIC_MEILI_SEARCH_KEY kan mer än söka \/ can do more than search \(keys\.get/);
    expect(build.output).not.toContain(meili.masterKey);
  });

  it('says so when Meilisearch cannot be reached', async () => {
    expect(
      await extraKeyActions({ host: 'http://127.0.0.1:9', key: 'x', index: 'knowledge', timeoutMs: 500 }),
    ).toBeNull();
  });
});
