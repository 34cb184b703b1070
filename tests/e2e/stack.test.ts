// The newcomer's path: `npm start` brings the whole bank up on embedded defaults; a publish in the
// CMS reaches search within a second and the served site after its rebuild; an unpublish leaves
// both; Ctrl-C leaves nothing running; a second start keeps the data and does not reseed; a
// component that dies takes the stack down with its last log lines.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/ports.ts';
import { endedCleanly, processesWithEnv, type RunningStack, requestJson, runNpm, until } from '../support/stack.ts';

const ADMIN = { email: 'redaktor@example.se', password: 'Provredaktor2026' };
const FIRST_START_MS = 12 * 60_000;

describe('npm start', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'skb-stack-'));
  const dataDir = path.join(root, 'data');
  const envFile = path.join(root, '.env');
  const ports: Record<string, number> = {};
  let env: Record<string, string> = {};
  let stack: RunningStack | undefined;
  let adminJwt = '';
  let apiToken = '';
  let documentId = '';
  const slug = 'provmetod-for-matkassar-med-snoskoter';

  const url = (name: 'CMS_PORT' | 'SITE_PORT' | 'MEILI_PORT' | 'INDEXER_PORT', pathname = '') =>
    `http://127.0.0.1:${ports[name]}${pathname}`;
  const masterKey = () => /^MEILI_MASTER_KEY=(.+)$/m.exec(readFileSync(envFile, 'utf8'))?.[1] ?? '';
  const hits = async (query: string) => {
    const response = await requestJson('POST', url('MEILI_PORT', '/indexes/knowledge/search'), {
      body: { q: query, filter: 'locale = sv' },
      token: masterKey(),
    });
    return (response.body as { hits?: { slug: string }[] }).hits ?? [];
  };
  const pageStatus = async (pathname: string) => (await requestJson('GET', url('SITE_PORT', pathname))).status;

  beforeAll(async () => {
    for (const name of ['CMS_PORT', 'SITE_PORT', 'MEILI_PORT', 'INDEXER_PORT']) ports[name] = await freePort();
    env = {
      ENV_PATH: envFile,
      DATA_DIR: dataDir,
      ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, String(port)])),
      STRAPI_ADMIN_EMAIL: ADMIN.email,
      STRAPI_ADMIN_PASSWORD: ADMIN.password,
      SITE_REBUILD_DEBOUNCE_MS: '500',
      CMS_LOG_LEVEL: 'warn',
    };
  });

  afterAll(async () => {
    await stack?.interrupt();
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses a port in use, naming the port and the variable that moves it', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(ports.CMS_PORT, '127.0.0.1', resolve));
    try {
      const attempt = runNpm(['start'], env);
      const { code } = await attempt.exited;
      expect(code).not.toBe(0);
      expect(attempt.output()).toContain(`port ${ports.CMS_PORT} (CMS) is in use`);
      expect(attempt.output()).toContain('CMS_PORT=');
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('brings the whole stack up with one command and prints where to click', async () => {
    stack = runNpm(['start'], env);
    await stack.waitFor('Stop     Ctrl-C', FIRST_START_MS);
    const output = stack.output();
    expect(output).toContain(`Site     ${url('SITE_PORT')}/`);
    expect(output).toContain(`Admin    ${url('CMS_PORT')}/admin`);
    expect(output).toContain(ADMIN.email);
    expect(output).toContain('seeding the demo content');
    // Secrets were generated into its .env; the admin credentials came from the environment.
    const written = readFileSync(envFile, 'utf8');
    expect(written).toMatch(/^APP_KEYS=.+,.+/m);
    expect(written).toMatch(/^MEILI_MASTER_KEY=.{20,}$/m);
    expect(written).not.toContain('STRAPI_ADMIN_PASSWORD');
    expect(await pageStatus('/')).toBe(200);
    expect(await pageStatus('/metoder/')).toBe(200);
  });

  it('reports every component with npm run status -- --json', async () => {
    const status = runNpm(['run', 'status', '--silent', '--', '--json'], env);
    expect((await status.exited).code).toBe(0);
    const report = JSON.parse(status.output());
    for (const name of ['cms', 'search', 'indexer', 'site']) {
      expect(report[name], name).toMatchObject({ up: true, url: expect.stringContaining('http://127.0.0.1:') });
    }
    expect(report.search.documents).toBeGreaterThan(100);
    expect(report.indexer.backlog).toBe(0);
    expect(report.site.lastBuild).toMatchObject({ ok: true });
  });

  it('makes a method published through the API findable within a second, and visible on the site after the rebuild', async () => {
    const login = await requestJson('POST', url('CMS_PORT', '/admin/login'), { body: ADMIN });
    expect(login.status).toBe(200);
    adminJwt = (login.body.data as { token: string }).token;
    const me = await requestJson('GET', url('CMS_PORT', '/admin/users/me'), { token: adminJwt });
    expect(me.body.data).toMatchObject({ email: ADMIN.email, preferedLanguage: 'sv' });
    const token = await requestJson('POST', url('CMS_PORT', '/admin/api-tokens'), {
      body: { name: 'e2e', type: 'full-access', lifespan: null },
      token: adminJwt,
    });
    apiToken = (token.body.data as { accessKey: string }).accessKey;

    expect(await hits('snöskoter')).toEqual([]);
    const started = performance.now();
    const created = await requestJson('POST', url('CMS_PORT', '/api/methods?status=published'), {
      token: apiToken,
      body: {
        data: {
          title: 'Provmetod för matkassar med snöskoter',
          summary: 'Byalaget kör ut matkassar med snöskoter när vägarna till fjällbyarna är stängda.',
          body: 'När snön ligger djup kör två frivilliga ut **matkassar** från lanthandeln med snöskoter.',
          steps: [{ title: 'Ta emot beställningar', body: 'Handlaren samlar beställningarna till torsdag.' }],
          actorLevels: ['lokal'],
          effort: 'medel',
          cost: 'låg',
          evidence: 'ny idé',
        },
      },
    });
    expect(created.status).toBe(201);
    documentId = (created.body.data as { documentId: string }).documentId;
    await until(async () => (await hits('snöskoter')).some((hit) => hit.slug === slug), 1000);
    console.log(`publish → findable: ${Math.round(performance.now() - started)} ms`);

    const siteMs = await until(async () => (await pageStatus(`/metoder/${slug}/`)) === 200, 120_000, 250);
    console.log(`publish → on the site: ${(siteMs / 1000).toFixed(1)} s`);
  });

  it('takes an unpublished method out of search within a second and off the site after the rebuild', async () => {
    const response = await requestJson(
      'POST',
      url('CMS_PORT', `/content-manager/collection-types/api::method.method/${documentId}/actions/unpublish?locale=sv`),
      { body: {}, token: adminJwt },
    );
    expect(response.status).toBe(200);
    await until(async () => (await hits('snöskoter')).length === 0, 1000);
    await until(async () => (await pageStatus(`/metoder/${slug}/`)) === 404, 120_000, 250);
  });

  it('stops every process it started on Ctrl-C', async () => {
    const running = stack as RunningStack;
    expect(processesWithEnv('DATA_DIR', dataDir).length).toBeGreaterThanOrEqual(4);
    expect(endedCleanly(await running.interrupt())).toBe(true);
    expect(running.output()).toContain('nothing it started is left running');
    await until(async () => processesWithEnv('DATA_DIR', dataDir).length === 0, 5000, 100);
    stack = undefined;
  });

  it('starts again keeping all data, without reseeding', async () => {
    stack = runNpm(['start'], env);
    await stack.waitFor('Stop     Ctrl-C', 5 * 60_000);
    const output = stack.output();
    expect(output).not.toContain('seeding the demo content');
    console.log(`second start: ${/is up \(([\d.]+) s\)/.exec(output)?.[1]} s`);
    const login = await requestJson('POST', url('CMS_PORT', '/admin/login'), { body: ADMIN });
    const draft = await requestJson(
      'GET',
      url('CMS_PORT', `/content-manager/collection-types/api::method.method/${documentId}?locale=sv`),
      { token: (login.body.data as { token: string }).token },
    );
    expect(draft.status).toBe(200);
    expect(await pageStatus('/')).toBe(200);
  });

  it('stops the whole stack with the last log lines when a component dies', async () => {
    const running = stack as RunningStack;
    const meili = processesWithEnv('DATA_DIR', dataDir).find((p) => p.command.includes('meilisearch-'));
    expect(meili, 'the Meilisearch process').toBeDefined();
    process.kill(meili?.pid as number, 'SIGKILL');
    const exit = await running.exited;
    expect(exit.code).toBe(1);
    expect(running.output()).toMatch(/meilisearch stopped unexpectedly \(exit 1\); last lines of .*meilisearch\.log/);
    expect(running.output()).toContain('Meilisearch exited (SIGKILL)');
    await until(async () => processesWithEnv('DATA_DIR', dataDir).length === 0, 10_000, 100);
    stack = undefined;
  });
});
