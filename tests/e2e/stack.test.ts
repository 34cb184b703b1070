// The newcomer's path: `npm start` brings the whole bank up on embedded defaults; a publish in the
// CMS reaches search within a second and the served site after its rebuild; an unpublish leaves
// both; Ctrl-C leaves nothing running; a second start keeps the data and does not reseed; a
// component that dies takes the stack down with its last log lines.
// And the operator's faults: its files and secrets are owner-only and each process sees only its
// own secrets; a second start while it runs changes nothing; a CMS that stops or a full disk
// during a site build leaves the last good site served; a supervisor killed with -9 leaves no
// process behind; a start after a crash stops what the crashed run left; logs rotate by size.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { signPreviewQuery } from '@skb/content-types/preview-link';
import { signWebhook } from '@skb/content-types/webhook';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/ports.ts';
import {
  endedCleanly,
  environOf,
  isPortFree,
  processesWithEnv,
  type RunningStack,
  requestJson,
  runNpm,
  stackRecord,
  until,
} from '../support/stack.ts';

const ADMIN = { email: 'redaktor@example.se', password: 'Provredaktor2026' };
const FIRST_START_MS = 12 * 60_000;
/** A start with everything built and seeded; long only on a loaded machine. */
const START_MS = 6 * 60_000;
/** A tmpfs for the site's builds, to fill up: needs root (mount); skipped with the reason otherwise. */
const CAN_MOUNT = process.getuid?.() === 0;
const LOG_LIMITS = { LOG_MAX_BYTES: '1024', LOG_KEEP_FILES: '2' };

describe('npm start', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'skb-stack-'));
  const dataDir = path.join(root, 'data');
  const envFile = path.join(root, '.env');
  const ports: Record<string, number> = {};
  let env: Record<string, string> = {};
  let stack: RunningStack | undefined;
  let adminJwt = '';
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
    // A failed search is a failure, never an empty answer: "gone from search" must mean gone.
    const found = (response.body as { hits?: { slug: string }[] }).hits;
    if (response.status !== 200 || !Array.isArray(found))
      throw new Error(`search for "${query}" answered ${response.status}: ${JSON.stringify(response.body)}`);
    return found;
  };
  const pageStatus = async (pathname: string) => (await requestJson('GET', url('SITE_PORT', pathname))).status;
  const buildsDir = path.join(dataDir, 'site', 'builds');
  interface Build {
    ok: boolean;
    error?: string;
    id: string;
    kind: 'full' | 'partial';
  }
  const siteStatus = async () =>
    (await requestJson('GET', url('SITE_PORT', '/_stack/status'))).body.site as {
      building: boolean;
      pending: boolean;
      current: string | null;
      lastBuild: Build | null;
    };
  const requestRebuild = async (reason: string) => {
    const secret = /^SITE_REBUILD_SECRET=(.+)$/m.exec(readFileSync(envFile, 'utf8'))?.[1] ?? '';
    const body = JSON.stringify({ reason });
    const { httpRequest } = await import('@skb/search-indexer');
    const response = await httpRequest(url('SITE_PORT', '/_stack/rebuild'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signWebhook({ secret, body }) },
      body,
    });
    expect(response.status).toBe(202);
  };
  /** Waits for the next finished build after `previous` and returns its record. */
  const nextBuild = async (previousId: string | undefined, timeoutMs: number): Promise<Build> => {
    const found: { record: Build | null } = { record: null };
    await until(
      async () => {
        const status = await siteStatus();
        found.record = status.lastBuild;
        return !status.building && found.record !== null && found.record.id !== previousId;
      },
      timeoutMs,
      250,
    );
    return found.record as Build;
  };
  /** What each kind of process of the stack saw in its environment, caught while it ran. */
  const environments = new Map<string, Record<string, string>>();
  let watcher: NodeJS.Timeout | undefined;
  const watchEnvironments = () => {
    watcher = setInterval(() => {
      for (const { pid, command } of processesWithEnv('DATA_DIR', dataDir)) {
        const kind = command.includes('site/scripts/renderer.ts')
          ? 'site-build'
          : command.includes('strapi.js start')
            ? 'cms'
            : command.includes('cli.ts serve')
              ? 'indexer'
              : command.includes('scripts/meili.ts')
                ? 'meilisearch launcher'
                : command.includes('meilisearch-')
                  ? 'meilisearch'
                  : null;
        const environ = kind && !environments.has(kind) ? environOf(pid) : null;
        if (kind && environ) environments.set(kind, environ);
      }
    }, 100);
  };

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
      // A stopped CMS fails a site build sooner than the default 30 s (still ample on a loaded machine).
      CMS_TIMEOUT_MS: '15000',
      ...LOG_LIMITS,
    };
    mkdirSync(buildsDir, { recursive: true });
    if (CAN_MOUNT) execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=400m,mode=0700', 'tmpfs', buildsDir]);
  });

  afterAll(async () => {
    clearInterval(watcher);
    await stack?.interrupt();
    if (CAN_MOUNT) execFileSync('umount', ['-l', buildsDir]);
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

  it(
    'brings the whole stack up with one command and prints where to click',
    async () => {
      // An .env and a data folder left loose by someone's umask (the refused start above wrote them).
      chmodSync(envFile, 0o644);
      chmodSync(dataDir, 0o755);
      writeFileSync(path.join(dataDir, 'notes.txt'), 'old notes\n', { mode: 0o644 });
      watchEnvironments();
      stack = runNpm(['start'], env);
      await stack.waitFor('Stop     Ctrl-C', FIRST_START_MS);
      const output = stack.output();
      expect(output).toContain(`Site     ${url('SITE_PORT')}/`);
      expect(output).toContain(`Admin    ${url('CMS_PORT')}/admin`);
      expect(output).toContain(ADMIN.email);
      // The password is shown masked, as the README shows it.
      expect(output).toContain('password Pro…');
      expect(output).not.toContain(ADMIN.password);
      expect(output).toContain('seeding the demo content');
      // Secrets were generated into its .env; the admin credentials came from the environment.
      const written = readFileSync(envFile, 'utf8');
      expect(written).toMatch(/^APP_KEYS=.+,.+/m);
      expect(written).toMatch(/^MEILI_MASTER_KEY=.{20,}$/m);
      expect(written).not.toContain('STRAPI_ADMIN_PASSWORD');
      expect(await pageStatus('/')).toBe(200);
      expect(await pageStatus('/metoder/')).toBe(200);
      // The admin's preview: a link signed with the generated PREVIEW_SECRET renders the entry on
      // the stack's site server; without one, 401; the server code is never served.
      const previewSecret = /^PREVIEW_SECRET=(.{16,})$/m.exec(written)?.[1] ?? '';
      expect(previewSecret).not.toBe('');
      const methods = await requestJson('GET', url('CMS_PORT', '/api/methods?locale=sv&pagination[pageSize]=1'));
      const method = (methods.body as { data: { documentId: string; title: string }[] }).data[0];
      const link = signPreviewQuery({
        secret: previewSecret,
        target: { type: 'api::method.method', documentId: method?.documentId ?? '', locale: 'sv', status: 'draft' },
      });
      const preview = await fetch(url('SITE_PORT', `/forhandsvisning/?${link}`));
      const html = await preview.text();
      expect(preview.status, html.slice(0, 300)).toBe(200);
      expect(html).toContain('Förhandsvisning – inte publicerat');
      expect(preview.headers.get('cache-control')).toBe('no-store');
      expect(await pageStatus(`/forhandsvisning/?${link.replace(/sig=[0-9a-f]{4}/, 'sig=0000')}`)).toBe(401);
      expect(await pageStatus('/_preview-server/entry.mjs')).toBe(404);
    },
    FIRST_START_MS + 60_000,
  );

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

  it('keeps its files owner-only: .env, the data folder, the SQLite file, uploads, logs', () => {
    const output = stack?.output() ?? '';
    expect(output).toContain('.env: was readable by other users; now only by its owner');
    expect(output).toMatch(/data: \d+ files and folders were readable by other users/);
    const mode = (file: string) => statSync(file).mode & 0o777;
    expect(mode(envFile)).toBe(0o600);
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(path.join(dataDir, 'notes.txt'))).toBe(0o600);
    expect(mode(path.join(dataDir, 'cms', 'strapi.db'))).toBe(0o600);
    expect(mode(path.join(dataDir, 'cms', 'public', 'uploads'))).toBe(0o700);
    expect(mode(path.join(dataDir, 'stack.json'))).toBe(0o600);
    for (const log of readdirSync(path.join(dataDir, 'logs')))
      expect(mode(path.join(dataDir, 'logs', log)), log).toBe(0o600);
    const uploads = readdirSync(path.join(dataDir, 'cms', 'public', 'uploads'));
    expect(uploads.length).toBeGreaterThan(0);
    for (const file of uploads)
      expect(mode(path.join(dataDir, 'cms', 'public', 'uploads', file)) & 0o077, file).toBe(0);
  });

  it('gives each process only the secrets it needs', () => {
    clearInterval(watcher);
    const secrets = readFileSync(envFile, 'utf8');
    const value = (name: string) => new RegExp(`^${name}=(.+)$`, 'm').exec(secrets)?.[1] as string;
    const cmsSecrets = [
      'APP_KEYS',
      'ADMIN_JWT_SECRET',
      'API_TOKEN_SALT',
      'JWT_SECRET',
      'ENCRYPTION_KEY',
      'TRANSFER_TOKEN_SALT',
    ].map(value);
    const master = value('MEILI_MASTER_KEY');
    const webhook = value('SEARCH_WEBHOOK_SECRET');
    // The indexer's other two channels: reindex → indexer, indexer → site server.
    const channels = [value('REINDEX_WEBHOOK_SECRET'), value('SITE_REBUILD_SECRET')];
    // The CMS signs preview links with it; the stack's own server checks them.
    const preview = value('PREVIEW_SECRET');
    expect([...cmsSecrets, master, webhook, ...channels, preview].every(Boolean)).toBe(true);
    const holds = (kind: string, secret: string) => {
      const environ = environments.get(kind);
      expect(environ, `${kind} was seen running`).toBeDefined();
      return Object.values(environ ?? {}).some((each) => each.includes(secret));
    };
    const never = (kind: string, list: string[]) => {
      for (const secret of list)
        expect(holds(kind, secret), `${kind} must not hold ${secret.slice(0, 4)}…`).toBe(false);
    };
    const admin = [ADMIN.password];
    never('site-build', [...cmsSecrets, master, webhook, ...channels, preview, ...admin]);
    never('meilisearch launcher', [...cmsSecrets, webhook, ...channels, preview, ...admin]);
    never('meilisearch', [...cmsSecrets, webhook, ...channels, preview, ...admin]);
    never('indexer', [...cmsSecrets, preview, ...admin]);
    never('cms', [master, ...channels]);
    // …and each has what it needs.
    expect(holds('cms', value('APP_KEYS'))).toBe(true);
    expect(holds('cms', preview)).toBe(true);
    expect(holds('indexer', master)).toBe(true);
    expect(holds('meilisearch', master)).toBe(true);
    expect(environments.get('site-build')?.PUBLIC_MEILI_SEARCH_KEY).toMatch(/.{20,}/);
    // No child reads .env behind the stack's back (Strapi and the indexer would load every secret).
    for (const [kind, environ] of environments) expect(environ.ENV_PATH ?? '/dev/null', kind).toBe('/dev/null');
  });

  it('answers a second npm start with where the bank runs and how to stop it, changing nothing', async () => {
    const before = {
      env: readFileSync(envFile, 'utf8'),
      record: readFileSync(path.join(dataDir, 'stack.json'), 'utf8'),
    };
    const { supervisor } = stackRecord(dataDir);
    const second = runNpm(['start'], env);
    const { code } = await second.exited;
    expect(code).not.toBe(0);
    expect(second.output()).toContain('the bank is already running');
    expect(second.output()).toContain(`${url('SITE_PORT')}/`);
    expect(second.output()).toContain(`kill ${supervisor.pid}`);
    expect(second.output()).not.toContain('is in use');
    expect(readFileSync(envFile, 'utf8')).toBe(before.env);
    expect(readFileSync(path.join(dataDir, 'stack.json'), 'utf8')).toBe(before.record);
    expect(await pageStatus('/')).toBe(200);
  });

  it(
    'makes a method published through the API findable within a second, and visible on the site after the rebuild',
    async () => {
      const login = await requestJson('POST', url('CMS_PORT', '/admin/login'), { body: ADMIN });
      expect(login.status).toBe(200);
      adminJwt = (login.body.data as { token: string }).token;
      const me = await requestJson('GET', url('CMS_PORT', '/admin/users/me'), { token: adminJwt });
      expect(me.body.data).toMatchObject({ email: ADMIN.email, preferedLanguage: 'sv' });

      expect(await hits('snöskoter')).toEqual([]);
      const started = performance.now();
      // Created and published in one step through the admin API, as the Super Admin may without review
      // (an API token may write drafts but not publish: docs/editors.md).
      const created = await requestJson(
        'POST',
        url('CMS_PORT', '/content-manager/collection-types/api::method.method/actions/publish?locale=sv'),
        {
          token: adminJwt,
          body: {
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
      );
      expect(created.status, JSON.stringify(created.body)).toBe(200);
      documentId = (created.body.data as { documentId: string }).documentId;
      await until(async () => (await hits('snöskoter')).some((hit) => hit.slug === slug), 1000);
      // The second counts from before the publish call, as the editor's click.
      const findableMs = performance.now() - started;
      console.log(`publish → findable: ${Math.round(findableMs)} ms`);
      expect(findableMs).toBeLessThan(1000);

      const siteMs = await until(async () => (await pageStatus(`/metoder/${slug}/`)) === 200, 120_000, 250);
      console.log(`publish → on the site: ${(siteMs / 1000).toFixed(1)} s`);
      // The indexer said what changed: the site rendered only the pages the change touches.
      expect((await siteStatus()).lastBuild).toMatchObject({ ok: true, kind: 'partial' });
    },
    START_MS,
  );

  it(
    'takes an unpublished method out of search within a second and off the site after the rebuild',
    async () => {
      expect(await hits('snöskoter')).not.toEqual([]);
      const started = performance.now();
      const response = await requestJson(
        'POST',
        url(
          'CMS_PORT',
          `/content-manager/collection-types/api::method.method/${documentId}/actions/unpublish?locale=sv`,
        ),
        { body: {}, token: adminJwt },
      );
      expect(response.status).toBe(200);
      await until(async () => (await hits('snöskoter')).length === 0, 1000);
      expect(performance.now() - started).toBeLessThan(1000);
      await until(async () => (await pageStatus(`/metoder/${slug}/`)) === 404, 120_000, 250);
    },
    START_MS,
  );

  it(
    'keeps serving the last good site, and says why, when the CMS stops during a site build',
    async () => {
      const before = await siteStatus();
      const cms = stackRecord(dataDir).children.find((child) => child.name === 'cms');
      expect(cms, 'the CMS in the record').toBeDefined();
      process.kill(cms?.pid as number, 'SIGSTOP');
      try {
        await requestRebuild('test: the CMS stops');
        const failed = await nextBuild(before.lastBuild?.id, 120_000);
        expect(failed.ok).toBe(false);
        expect(failed.error).toMatch(/CMS/);
        expect((await siteStatus()).current).toBe(before.current);
        expect(await pageStatus('/')).toBe(200);
        expect(await pageStatus('/metoder/')).toBe(200);
        const status = runNpm(['run', 'status', '--silent'], env);
        await status.exited;
        expect(status.output()).toMatch(/Site .*FAILED: .*CMS/);
      } finally {
        process.kill(cms?.pid as number, 'SIGCONT');
      }
    },
    START_MS,
  );

  it.skipIf(!CAN_MOUNT)(
    'keeps serving the last good site, and every process, when the disk fills during a build',
    async () => {
      const before = await siteStatus();
      const processes = processesWithEnv('DATA_DIR', dataDir).length;
      const filler = path.join(buildsDir, 'filler');
      // Fill the builds' file system but for 64 KiB.
      const { bavail, bsize } = (await import('node:fs')).statfsSync(buildsDir);
      execFileSync('fallocate', ['-l', String(bavail * bsize - 64 * 1024), filler]);
      try {
        await requestRebuild('test: the disk is full');
        const failed = await nextBuild(before.lastBuild?.id, 120_000);
        expect(failed.ok).toBe(false);
        expect(failed.error).toMatch(/ENOSPC|no space/i);
        expect((await siteStatus()).current).toBe(before.current);
        expect(await pageStatus('/')).toBe(200);
        expect(await pageStatus('/metoder/')).toBe(200);
        expect(processesWithEnv('DATA_DIR', dataDir).length).toBe(processes);
      } finally {
        rmSync(filler, { force: true });
      }
      // With room again, the next build goes through.
      await requestRebuild('test: room again');
      expect((await nextBuild((await siteStatus()).lastBuild?.id, 180_000)).ok).toBe(true);
    },
    START_MS,
  );

  it('stops every process it started on Ctrl-C', async () => {
    const running = stack as RunningStack;
    expect(processesWithEnv('DATA_DIR', dataDir).length).toBeGreaterThanOrEqual(4);
    expect(endedCleanly(await running.interrupt())).toBe(true);
    expect(running.output()).toContain('nothing it started is left running');
    await until(async () => processesWithEnv('DATA_DIR', dataDir).length === 0, 5000, 100);
    stack = undefined;
  });

  it(
    'starts again keeping all data, without reseeding',
    async () => {
      stack = runNpm(['start'], env);
      await stack.waitFor('Stop     Ctrl-C', START_MS - 30_000);
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
    },
    START_MS,
  );

  it('leaves no process behind and every port free when its supervisor is killed with -9', async () => {
    const running = stack as RunningStack;
    expect(processesWithEnv('DATA_DIR', dataDir).length).toBeGreaterThanOrEqual(4);
    process.kill(stackRecord(dataDir).supervisor.pid, 'SIGKILL');
    const gone = await until(async () => processesWithEnv('DATA_DIR', dataDir).length === 0, 10_000, 100);
    console.log(`kill -9 of the supervisor → nothing left: ${(gone / 1000).toFixed(1)} s`);
    for (const [name, port] of Object.entries(ports)) expect(await isPortFree(port), name).toBe(true);
    await running.exited;
    stack = undefined;
  });

  it(
    'stops what a crashed run left behind, and nothing else, when it starts again',
    async () => {
      stack = runNpm(['start'], env);
      await stack.waitFor('Stop     Ctrl-C', START_MS - 30_000);
      const crashed = stack;
      const record = stackRecord(dataDir);
      // The background rebuild of a start would otherwise start processes while they are frozen.
      await until(
        async () => {
          const status = await siteStatus();
          return !status.building && !status.pending;
        },
        180_000,
        250,
      );
      // A crash the children cannot notice: frozen, then their supervisor killed.
      const children = processesWithEnv('SKB_STACK_RUN', record.runId);
      expect(children.length).toBeGreaterThanOrEqual(4);
      for (const child of children) process.kill(child.pid, 'SIGSTOP');
      process.kill(record.supervisor.pid, 'SIGKILL');
      await crashed.exited;
      // A process of someone else that got a recorded PID: a different start time.
      const { spawn } = await import('node:child_process');
      const bystander = spawn('sleep', ['300'], { stdio: 'ignore' });
      const stat = readFileSync(`/proc/${bystander.pid}/stat`, 'latin1');
      const startTime = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
      const edited = stackRecord(dataDir);
      edited.children.push({
        name: 'bystander',
        pid: bystander.pid as number,
        startTime: startTime - 1,
        command: 'sleep 300',
      });
      writeFileSync(path.join(dataDir, 'stack.json'), JSON.stringify(edited));
      try {
        stack = runNpm(['start'], env);
        await stack.waitFor('Stop     Ctrl-C', START_MS - 30_000);
        expect(stack.output()).toMatch(
          new RegExp(`stopped ${children.length} processes left by an earlier run that did not end cleanly`),
        );
        for (const child of children) expect(environOf(child.pid)?.SKB_STACK_RUN, child.command).not.toBe(record.runId);
        expect(bystander.exitCode).toBeNull();
        expect(await pageStatus('/')).toBe(200);
      } finally {
        bystander.kill('SIGKILL');
      }
    },
    2 * START_MS,
  );

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

  it('rotates each log by size, keeping the configured number of files', () => {
    const logs = readdirSync(path.join(dataDir, 'logs'));
    const byComponent = new Map<string, string[]>();
    for (const file of logs) {
      const name = file.replace(/\.log(\.\d+)?$/, '');
      byComponent.set(name, [...(byComponent.get(name) ?? []), file]);
    }
    // The site's builds alone write more than 1 KiB over the run.
    expect(
      logs.some((file) => file.endsWith('.log.1')),
      logs.join(', '),
    ).toBe(true);
    for (const [name, files] of byComponent) {
      expect(files.length, name).toBeLessThanOrEqual(1 + Number(LOG_LIMITS.LOG_KEEP_FILES));
      // A file is rotated before a write would take it past the limit; one write (a pipe's chunk,
      // at most 64 KiB) may exceed the limit alone.
      for (const file of files) {
        expect(statSync(path.join(dataDir, 'logs', file)).size, file).toBeLessThanOrEqual(
          Number(LOG_LIMITS.LOG_MAX_BYTES) + 65_536,
        );
      }
    }
  });
});
