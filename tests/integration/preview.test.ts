// The preview route against the real services: the seeded Strapi (SQLite), the site built for the
// stack (with the preview route's server code) and served by the site's server as the stack serves
// it. A link the CMS signs shows the draft with the entry pages' own component and a banner, never
// cached or indexed; a wrong, expired or tampered link gets 401, from the site and from the CMS's
// preview read alike; a private type has no preview; the route is in no sitemap and its server
// code is never served.

import { cp, mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { caseStudy, question } from '@skb/content-types';
import { signPreviewQuery } from '@skb/content-types/preview-link';
import { previewRenderers } from '@skb/site/preview-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestCms, type TestCms } from '../support/cms.ts';
import { freePort } from '../support/ports.ts';
import { buildSite, type SiteBuild, type StaticServer, serveStatic } from '../support/site.ts';

const SECRET = 'preview-test-secret-0123456789abcdef';
const SEEDED_TITLE = 'Sörsjön samlade servicen i lanthandeln';
const DRAFT_SUMMARY = 'Utkast som ännu inte är publicerat: butiken i Sörsjön får ett paketombud.';
const DRAFT_BODY = 'Den här meningen finns bara i utkastet, inte på den publicerade sidan.';

describe('the preview route', () => {
  let cms: TestCms;
  let site: SiteBuild;
  let server: StaticServer;
  let documentId: string;
  let siteUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    siteUrl = `http://127.0.0.1:${port}`;
    cms = await startTestCms({
      database: 'sqlite',
      seed: true,
      env: { PREVIEW_SECRET: SECRET, PREVIEW_SITE_URL: siteUrl },
    });
    const [entry] = await cms.strapi.documents(caseStudy.uid).findMany({
      filters: { title: SEEDED_TITLE },
      locale: 'sv',
      status: 'draft',
    });
    if (!entry) throw new Error(`the seed has no case study "${SEEDED_TITLE}"`);
    documentId = entry.documentId;
    // An edit not yet published: only the draft has it.
    await cms.strapi.db.query(caseStudy.uid).updateMany({
      where: { documentId, locale: 'sv', publishedAt: null },
      data: { summary: DRAFT_SUMMARY, body: DRAFT_BODY },
    });
    site = await buildSite({
      CMS_URL: cms.url,
      PUBLIC_CMS_URL: cms.url,
      SITE_URL: 'https://servicekunskapsbanken.example',
      SITE_PREVIEW_SERVER: '1',
    });
    if (site.code !== 0) throw new Error(`site build failed:\n${site.output}`);
    server = await serveStatic(site.dir, {
      port,
      preview: { cmsUrl: cms.url, secret: SECRET, adminOrigin: cms.url },
    });
  }, 600_000);

  afterAll(async () => {
    await server?.close();
    await site?.remove();
    await cms?.stop();
  });

  /** The link the CMS's preview button opens (Strapi's own preview service runs our handler). */
  const adminLink = async (status: 'draft' | 'published', id = documentId, uid: string = caseStudy.uid) =>
    (await cms.strapi
      .plugin('content-manager')
      .service('preview')
      .getPreviewUrl(uid, { documentId: id, locale: 'sv', status })) as string | undefined;

  const query = (overrides: Partial<{ documentId: string; type: string; status: 'draft' | 'published' }> = {}) =>
    signPreviewQuery({
      secret: SECRET,
      target: {
        type: overrides.type ?? caseStudy.uid,
        documentId: overrides.documentId ?? documentId,
        locale: 'sv',
        status: overrides.status ?? 'draft',
      },
    });

  it('shows the draft, with the banner, from the link the CMS signs', async () => {
    const link = await adminLink('draft');
    expect(link).toMatch(new RegExp(`^${siteUrl}/forhandsvisning/\\?type=`));
    const response = await fetch(link as string);
    const html = await response.text();
    expect(response.status, html.slice(0, 500)).toBe(200);
    expect(html).toContain('Förhandsvisning – inte publicerat');
    expect(html).toContain(DRAFT_SUMMARY);
    expect(html).toContain(DRAFT_BODY);
    // The entry pages' own component: the type label, the facts list and the breadcrumbs.
    expect(html).toContain(`<h1>${SEEDED_TITLE}</h1>`);
    expect(html).toContain('class="facts"');
    expect(html).toContain('<meta name="robots" content="noindex"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-robots-tag')).toContain('noindex');
    expect(response.headers.get('x-frame-options')).toBeNull();
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain(`frame-ancestors 'self' ${cms.url}`);
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain("'unsafe-eval'");
  });

  it('renders in a worker per served build, and ends the older build’s worker when a newer one is served', async () => {
    // Two "builds" that share this build's preview code, and a `current` link as the stack keeps it.
    const base = await mkdtemp(path.join(tmpdir(), 'skb-preview-builds-'));
    for (const name of ['older', 'newer']) {
      await mkdir(path.join(base, name));
      await symlink(path.join(site.dir, '_preview-server'), path.join(base, name, '_preview-server'));
    }
    const current = path.join(base, 'current');
    await symlink(path.join(base, 'older'), current);
    const second = await serveStatic(current, { preview: { cmsUrl: cms.url, secret: SECRET, adminOrigin: cms.url } });
    try {
      const before = previewRenderers();
      const open = async () => {
        const response = await fetch(`${second.url}/forhandsvisning/?${query()}`);
        expect(response.status).toBe(200);
        expect(await response.text()).toContain(DRAFT_BODY);
      };
      await open();
      expect(previewRenderers()).toBe(before + 1);
      await symlink(path.join(base, 'newer'), path.join(base, 'next'));
      await rename(path.join(base, 'next'), current);
      await open();
      await vi.waitFor(() => expect(previewRenderers()).toBe(before + 1), { timeout: 5000 });
    } finally {
      await second.close();
      await rm(base, { recursive: true, force: true });
    }
  });

  it('renders with the content its build was made from, left beside its server code, not a new read of the CMS', async () => {
    // A copy of this build's preview code whose content (cms-data.json) names every service area
    // differently from the CMS: the page shows the build's names.
    const base = await mkdtemp(path.join(tmpdir(), 'skb-preview-content-'));
    const serverDir = path.join(base, '_preview-server');
    await cp(path.join(site.dir, '_preview-server'), serverDir, { recursive: true });
    const file = path.join(serverDir, 'cms-data.json');
    const data = JSON.parse(await readFile(file, 'utf8')) as { serviceAreas: { name: string }[] };
    expect(data.serviceAreas.length).toBeGreaterThan(0);
    for (const area of data.serviceAreas) area.name = `${area.name} (ur bygget)`;
    await writeFile(file, JSON.stringify(data));
    const copy = await serveStatic(base, { preview: { cmsUrl: cms.url, secret: SECRET, adminOrigin: cms.url } });
    try {
      const response = await fetch(`${copy.url}/forhandsvisning/?${query()}`);
      const html = await response.text();
      expect(response.status, html.slice(0, 500)).toBe(200);
      expect(html).toContain(DRAFT_BODY);
      expect(html).toContain('(ur bygget)');
    } finally {
      await copy.close();
      await rm(base, { recursive: true, force: true });
    }
  });

  it('shows the published version when asked, and the public page never shows the draft', async () => {
    const response = await fetch(await adminLink('published').then(String));
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('Förhandsvisning av den publicerade versionen');
    expect(html).not.toContain(DRAFT_BODY);
    const slug = (
      (await cms.strapi.documents(caseStudy.uid).findOne({ documentId, locale: 'sv' })) as unknown as {
        slug: string;
      }
    ).slug;
    const page = await fetch(`${server.url}/exempel/${slug}/`);
    const publicHtml = await page.text();
    expect(page.status).toBe(200);
    expect(publicHtml).not.toContain(DRAFT_BODY);
    expect(publicHtml).not.toContain('Förhandsvisning');
  });

  it('answers 401 to a wrong, expired or tampered link, from the site and from the CMS', async () => {
    const good = new URLSearchParams(query());
    const wrongSig = new URLSearchParams(good);
    wrongSig.set('sig', '0'.repeat(64));
    const otherSecret = new URLSearchParams(
      signPreviewQuery({
        secret: 'another-secret',
        target: { type: caseStudy.uid, documentId, locale: 'sv', status: 'draft' },
      }),
    );
    const expired = new URLSearchParams(
      signPreviewQuery({
        secret: SECRET,
        target: { type: caseStudy.uid, documentId, locale: 'sv', status: 'draft' },
        now: new Date(Date.now() - 2 * 3600_000),
      }),
    );
    const tamperedId = new URLSearchParams(good);
    tamperedId.set('id', `${documentId.slice(0, -1)}${documentId.endsWith('a') ? 'b' : 'a'}`);
    const tamperedStatus = new URLSearchParams(good);
    tamperedStatus.set('status', 'published');
    const longer = new URLSearchParams(good);
    longer.set('expires', String(Number(good.get('expires')) + 3600));
    const missing = new URLSearchParams(good);
    missing.delete('sig');
    const cases = { wrongSig, otherSecret, expired, tamperedId, tamperedStatus, longer, missing };
    for (const [name, params] of Object.entries(cases)) {
      const response = await fetch(`${server.url}/forhandsvisning/?${params}`);
      const text = await response.text();
      expect(response.status, name).toBe(401);
      expect(response.headers.get('cache-control'), name).toBe('no-store');
      expect(text, name).not.toContain(DRAFT_BODY);
      const cmsAnswer = await cms.get(`/api/preview/document?${params}`);
      expect(cmsAnswer.status, `${name} (CMS)`).toBe(401);
      expect(JSON.stringify(cmsAnswer.body), `${name} (CMS)`).not.toContain(DRAFT_BODY);
    }
    expect((await fetch(`${server.url}/forhandsvisning/`)).status).toBe(401);
    expect(await fetch(`${server.url}/forhandsvisning/?${expired}`).then((r) => r.text())).toContain('gått ut');
    // The good link still works: the checks above were the signature's, not a broken route.
    expect((await fetch(`${server.url}/forhandsvisning/?${good}`)).status).toBe(200);
  });

  it('gives no preview of a private type, and the CMS read strips private fields', async () => {
    expect(await adminLink('draft', documentId, question.uid)).toBeNull();
    const [asked] = (await cms.strapi.documents(question.uid).findMany({ limit: 1 })) as {
      documentId: string;
    }[];
    if (asked) {
      const signed = query({ type: question.uid, documentId: asked.documentId });
      const response = await fetch(`${server.url}/forhandsvisning/?${signed}`);
      expect(response.status).toBe(404);
      expect((await cms.get(`/api/preview/document?${signed}`)).status).toBe(404);
    }
    const read = await cms.get(`/api/preview/document?${query()}`);
    expect(read.status).toBe(200);
    expect(read.body.data.summary).toBe(DRAFT_SUMMARY);
    expect(Object.keys(read.body.data).filter((key) => key.startsWith('review'))).toEqual([]);
  });

  it('keeps the route out of the sitemap and never serves its server code', async () => {
    const sitemap = await fetch(`${server.url}/sitemap.xml`).then((r) => r.text());
    expect(sitemap).toContain('<loc>');
    expect(sitemap).not.toContain('forhandsvisning');
    const code = await fetch(`${server.url}/_preview-server/entry.mjs`);
    expect(code.status).toBe(404);
    expect(await code.text()).not.toContain('import');
  });
});
