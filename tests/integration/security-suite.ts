// The public surface, tried as an attacker would against the real CMS on one database: CORS never
// lends an editor's session to another page, the public query language reaches only what the
// allow-list permits, bodies are refused before parsing, uploads cannot run script on the admin's
// origin, and the helpdesk's rate limit is per client behind the proxy.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { method, serviceArea, topic } from '@skb/content-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCms, type TestCms, type TestDatabase } from '../support/cms.ts';

const SITE = 'http://site.example';
const ADMIN = 'http://admin.example';
const DRAFT_SECRET = 'Hemligtutkastord';

const validMethod = (title: string) => ({
  title,
  slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
  summary: 'En metod som säkerhetstestet skapar.',
  body: 'Text om metoden.',
  steps: [{ title: 'Första steget', body: 'Gör så här.' }],
  actorLevels: ['lokal'],
  effort: 'låg',
  cost: 'låg',
  evidence: 'ny idé',
});

// A 1x1 PNG and a minimal PDF, as files an editor might upload.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>');
const HTML = Buffer.from('<!doctype html><script>fetch("/admin/renew-token",{method:"POST"})</script>');

export function describeSecurity(database: TestDatabase): void {
  describe(`the public surface of the CMS on ${database}`, () => {
    let cms: TestCms;
    let writeToken: string;
    let publishedDocumentId: string;

    beforeAll(async () => {
      cms = await startTestCms({
        database,
        env: {
          CMS_CORS_ORIGINS: SITE,
          CMS_PUBLIC_URL: ADMIN,
          CMS_TRUSTED_PROXY_HOPS: '1',
          HELPDESK_RATE_LIMIT: '3',
        },
      });
      writeToken = await cms.apiToken('full-access');
      // A published Swedish method whose English version exists only as a draft, with a word in it.
      const created = (await cms.strapi.documents(method.uid).create({
        locale: 'sv',
        data: validMethod('Publicerad metod for sakerhetstest'),
        status: 'published',
      } as never)) as { documentId: string };
      publishedDocumentId = created.documentId;
      await cms.strapi.documents(method.uid).update({
        documentId: publishedDocumentId,
        locale: 'en',
        data: { ...validMethod('Draft method'), summary: `Only in the draft: ${DRAFT_SECRET}.` },
      } as never);
      await cms.strapi.documents(method.uid).update({
        documentId: publishedDocumentId,
        locale: 'sv',
        data: { internalNote: `intern anteckning ${DRAFT_SECRET}` },
      } as never);
    });
    afterAll(async () => {
      await cms?.stop();
    });

    const raw = (pathAndQuery: string, init: RequestInit = {}) => fetch(cms.url + pathAndQuery, init);

    describe('CORS', () => {
      it('lets the site read the public API, without credentials', async () => {
        const response = await raw('/api/methods', { headers: { origin: SITE } });
        expect(response.status).toBe(200);
        expect(response.headers.get('access-control-allow-origin')).toBe(SITE);
        expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      });

      it('answers no other origin, and never null', async () => {
        for (const origin of ['http://evil.example', 'null']) {
          const response = await raw('/api/methods', { headers: { origin } });
          expect(response.headers.get('access-control-allow-origin'), origin).toBeNull();
          expect(response.headers.get('access-control-allow-credentials'), origin).toBeNull();
        }
      });

      it("gives credentials on the admin API only to the admin's own origin", async () => {
        const preflight = (origin: string) =>
          raw('/admin/renew-token', {
            method: 'OPTIONS',
            headers: { origin, 'access-control-request-method': 'POST' },
          });
        for (const origin of [SITE, 'http://evil.example', 'null']) {
          const response = await preflight(origin);
          expect(response.headers.get('access-control-allow-origin'), origin).toBeNull();
          expect(response.headers.get('access-control-allow-credentials'), origin).toBeNull();
        }
        const admin = await preflight(ADMIN);
        expect(admin.headers.get('access-control-allow-origin')).toBe(ADMIN);
        expect(admin.headers.get('access-control-allow-credentials')).toBe('true');
      });
    });

    describe('the query allow-list', () => {
      const refused = async (pathAndQuery: string, parameter: string) => {
        const response = await cms.get(pathAndQuery);
        expect(response.status, pathAndQuery).toBe(400);
        expect(response.body.error.details.parameter, pathAndQuery).toBe(parameter);
        expect(response.body.error.message).toContain(parameter);
        expect(JSON.stringify(response.body)).not.toContain(DRAFT_SECRET);
      };

      it('answers nothing about draft text through relations', async () => {
        await refused(
          `/api/methods?filters[localizations][summary][$containsi]=${DRAFT_SECRET}`,
          'filters[localizations]',
        );
        await refused(
          `/api/methods?filters[$or][0][localizations][summary][$containsi]=${DRAFT_SECRET}`,
          'filters[$or]',
        );
        await refused(`/api/methods/${publishedDocumentId}?filters[localizations][summary][$containsi]=x`, 'filters');
      });

      it('refuses every language at once, full-text search and publication switches', async () => {
        await refused('/api/methods?locale=*', 'locale');
        await refused(`/api/methods/${publishedDocumentId}?locale=*`, 'locale');
        await refused(`/api/methods?_q=${DRAFT_SECRET}`, '_q');
        await refused('/api/methods?publicationFilter=never-published-document', 'publicationFilter');
        await refused('/api/methods?hasPublishedVersion=false', 'hasPublishedVersion');
        await refused('/api/methods?filters[summary][$containsi]=x', 'filters[summary]');
        await refused('/api/methods?filters[slug][$containsi]=x', 'filters[slug][$containsi]');
        await refused('/api/methods?sort=internalNote:asc', 'sort');
        await refused('/api/methods?fields[0]=internalNote', 'fields');
        await refused('/api/methods?pagination[page]=1e9', 'pagination[page]');
      });

      it('holds for the taxonomies too', async () => {
        for (const type of [serviceArea, topic]) {
          await refused(`/api/${type.pluralName}?_q=a`, '_q');
          await refused(`/api/${type.pluralName}?filters[createdBy][email][$containsi]=a`, 'filters[createdBy]');
        }
      });

      it('serves the queries the site, the indexer and the open data make', async () => {
        const indexer = await cms.get(
          '/api/methods?locale=sv&sort[0]=id:asc&filters[id][$gt]=0&pagination[page]=1&pagination[pageSize]=100',
        );
        expect(indexer.status).toBe(200);
        expect(indexer.body.data.map((entry: { documentId: string }) => entry.documentId)).toContain(
          publishedDocumentId,
        );
        expect(JSON.stringify(indexer.body)).not.toContain(DRAFT_SECRET);
        const count = await cms.get('/api/methods?locale=sv&fields[0]=id&pagination[pageSize]=1');
        expect(count.status).toBe(200);
        const one = await cms.get(`/api/methods/${publishedDocumentId}?locale=sv&populate=*&status=draft`);
        expect(one.status).toBe(200);
        expect(JSON.stringify(one.body)).not.toContain(DRAFT_SECRET);
        const english = await cms.get(`/api/methods/${publishedDocumentId}?locale=en`);
        expect(english.status).toBe(404);
        const areas = await cms.get(
          '/api/service-areas?filters[id][$gt]=0&sort[0]=id:asc&pagination[page]=1&pagination[pageSize]=100',
        );
        expect(areas.status).toBe(200);
        expect(areas.body.data.length).toBeGreaterThan(0);
      });
    });

    describe('bodies before permissions', () => {
      it('refuses a multipart body to a public route before parsing it (415, JSON)', async () => {
        const form = new FormData();
        for (let i = 0; i < 1001; i++) form.append(`field${i}`, 'x');
        for (const route of ['/api/methods', '/api/helpdesk/questions']) {
          const response = await raw(route, { method: 'POST', body: form });
          expect(response.status, route).toBe(415);
          expect((await response.json()).error.message).toMatch(/JSON/);
        }
      });

      it('refuses a body that is not JSON, and one over the size limit (413, JSON)', async () => {
        const text = await raw('/api/helpdesk/questions', {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: 'hej',
        });
        expect(text.status).toBe(415);
        const big = await raw('/api/helpdesk/questions', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ question: 'x'.repeat(1_100_000) }),
        });
        expect(big.status).toBe(413);
        expect((await big.json()).error.status).toBe(413);
      });
    });

    describe('uploads', () => {
      const upload = (name: string, type: string, content: Buffer) => {
        const form = new FormData();
        form.append('files', new Blob([new Uint8Array(content)], { type }), name);
        return raw('/api/upload', { method: 'POST', body: form, headers: { authorization: `Bearer ${writeToken}` } });
      };

      it('refuses SVG and HTML, whatever they are called', async () => {
        for (const [name, type, content] of [
          ['bild.svg', 'image/svg+xml', SVG],
          ['sida.html', 'text/html', HTML],
          ['bild.svg', 'image/png', SVG],
        ] as const) {
          const response = await upload(name, type, content);
          expect(response.status, name).toBe(400);
        }
      });

      it('serves images and PDFs so that no file can run script on the admin origin', async () => {
        const png = await upload('karta.png', 'image/png', PNG);
        expect(png.status).toBe(201);
        const pdf = await upload('remissvar.pdf', 'application/pdf', PDF);
        expect(pdf.status).toBe(201);
        const [image] = await png.json();
        const [document] = await pdf.json();
        const imageResponse = await raw(new URL(image.url, cms.url).pathname);
        expect(imageResponse.status).toBe(200);
        expect(imageResponse.headers.get('content-security-policy')).toMatch(/sandbox/);
        expect(imageResponse.headers.get('x-content-type-options')).toBe('nosniff');
        expect(imageResponse.headers.get('content-disposition')).toBeNull();
        const pdfResponse = await raw(new URL(document.url, cms.url).pathname);
        expect(pdfResponse.headers.get('content-disposition')).toBe('attachment');
        expect(pdfResponse.headers.get('content-security-policy')).toMatch(/sandbox/);
        // A file that reached the folder some other way (before the allow-list) is sandboxed too.
        const folder = path.join(process.env.DATA_DIR ?? '', 'cms', 'public', 'uploads');
        await writeFile(path.join(folder, 'gammal.html'), HTML);
        const old = await raw('/uploads/gammal.html');
        expect(old.status).toBe(200);
        expect(old.headers.get('content-security-policy')).toMatch(/sandbox/);
        expect(old.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
        expect(old.headers.get('content-disposition')).toBe('attachment');
      });
    });

    describe('the helpdesk behind one proxy', () => {
      const valid = {
        name: 'Sara Testsson',
        email: 'sara@example.se',
        municipality: '2039',
        question: 'Hur startar vi ett serviceråd i byn?',
        consent: true,
        website: '',
      };
      const ask = (forwardedFor: string, data: Record<string, unknown>) =>
        raw('/api/helpdesk/questions', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
          body: JSON.stringify(data),
        });

      it('keeps one quota per client address, which a forged header cannot reset', async () => {
        const statuses: number[] = [];
        for (let i = 0; i < 4; i++) statuses.push((await ask('198.51.100.7, 203.0.113.1', valid)).status);
        expect(statuses).toEqual([201, 201, 201, 429]);
        expect((await ask('198.51.100.8, 203.0.113.1', valid)).status).toBe(429);
        // Another asker behind the same proxy is not blocked.
        expect((await ask('203.0.113.2', valid)).status).toBe(201);
      });

      it("does not count refused questions or bots against a real asker's quota, but bounds them", async () => {
        for (let i = 0; i < 5; i++) {
          expect((await ask('203.0.113.3', { ...valid, email: 'fel' })).status).toBe(400);
        }
        expect((await ask('203.0.113.3', valid)).status).toBe(201);
        const statuses: number[] = [];
        for (let i = 0; i < 20; i++) statuses.push((await ask('203.0.113.4', { ...valid, website: 'bot' })).status);
        expect(statuses.slice(0, 12).every((status) => status === 201)).toBe(true);
        expect(statuses.at(-1)).toBe(429);
      });
    });
  });
}
