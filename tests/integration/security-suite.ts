// The public surface, tried as an attacker would against the real CMS on one database: CORS never
// lends an editor's session to another page, the public query language reaches only what the
// allow-list permits, bodies are refused before parsing, uploads cannot run script on the admin's
// origin, and the helpdesk's rate limit is per client behind the proxy.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { method, serviceArea, topic } from '@skb/content-types';
import { toSearchDocument } from '@skb/search-indexer';
import { renderMarkdown } from '@skb/site/markdown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryInput, startTestCms, type TestCms, type TestDatabase } from '../support/cms.ts';
import {
  CONTROL,
  deeplyNested,
  INJECTION,
  largeMarkdown,
  MARKDOWN_BOMBS,
  MIXED_SCRIPTS,
  randomHostileText,
} from '../support/hostile.ts';
import { seededRandom } from '../support/seeded-random.ts';

const SITE = 'http://site.example';
const ADMIN = 'http://admin.example';
const DRAFT_SECRET = 'Hemligtutkastord';

const validMethod = (title: string) =>
  entryInput(method.uid, {
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
/** The fuzz's seed: change it to explore, keep it to replay. */
const FUZZ_SEED = 20_261_130;
/**
 * CPU time (not wall time, which other processes on a shared machine stretch) that rendering may take:
 * any one hostile body, and 1 MB of ordinary Markdown.
 */
const RENDER_BOUND_MS = 2000;
const MEGABYTE_RENDER_BOUND_MS = 5000;

/** Runs `work` and returns its result with the CPU milliseconds this process spent on it. */
function withCpuTime<T>(work: () => T): { result: T; cpuMs: number } {
  const before = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(before);
  return { result, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * The first piece of `html` that could run script: an element that runs or embeds it, an event
 * handler, or a javascript:/data: URL in a real tag (text shown as text, `&lt;script`, is harmless).
 */
function runnable(html: string): string | null {
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
    if (/^<(script|iframe|object|embed|svg|math|form|style|link|meta|base)\b/i.test(tag)) return tag;
    if (/\son[a-z]+\s*=/i.test(tag)) return tag;
    if (/(href|src|action)\s*=\s*["']?\s*(javascript|data|vbscript):/i.test(tag)) return tag;
  }
  return null;
}

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
      })) as { documentId: string };
      publishedDocumentId = created.documentId;
      await cms.strapi.documents(method.uid).update({
        documentId: publishedDocumentId,
        locale: 'en',
        data: { ...validMethod('Draft method'), summary: `Only in the draft: ${DRAFT_SECRET}.` },
      });
      await cms.strapi.documents(method.uid).update({
        documentId: publishedDocumentId,
        locale: 'sv',
        data: { internalNote: `intern anteckning ${DRAFT_SECRET}` },
      });
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

    describe('hostile input', () => {
      interface Case {
        name: string;
        title?: string;
        summary?: string;
        body: string;
      }
      const random = seededRandom(FUZZ_SEED);
      const cases: Case[] = [
        { name: 'a 10,000-character title', title: 'Å'.repeat(10_000), body: 'x' },
        { name: 'control characters everywhere', title: `Kontroll ${CONTROL}`, summary: CONTROL, body: CONTROL },
        {
          name: 'mixed scripts and right-to-left',
          title: MIXED_SCRIPTS.slice(0, 150),
          summary: MIXED_SCRIPTS,
          body: MIXED_SCRIPTS,
        },
        {
          name: 'script injection',
          title: '<script>alert(1)</script>',
          summary: INJECTION.slice(0, 300),
          body: INJECTION,
        },
        ...Object.entries(MARKDOWN_BOMBS).map(([name, make]) => ({ name, body: make() })),
        ...Array.from({ length: 12 }, (_, i) => ({
          name: `random mix ${i}`,
          title: randomHostileText(random, 1 + Math.floor(random() * 220)),
          summary: randomHostileText(random, 1 + Math.floor(random() * 320)),
          body: randomHostileText(random, Math.floor(random() * 20_000)),
        })),
      ];

      type Outcome = { stored: true; documentId: string } | { stored: false; status: number; message: string };

      const write = async (entry: Case, index: number): Promise<Outcome> => {
        const data = {
          ...validMethod(`Fientlig ${index}`),
          ...(entry.title !== undefined ? { title: entry.title } : {}),
          ...(entry.summary !== undefined ? { summary: entry.summary } : {}),
          body: entry.body,
        };
        if (index % 2 === 0) {
          try {
            const created = (await cms.strapi.documents(method.uid).create({
              locale: 'sv',
              data,
              status: 'published',
            })) as { documentId: string };
            return { stored: true, documentId: created.documentId };
          } catch (error) {
            const { name, message } = error as Error;
            return { stored: false, status: name === 'ValidationError' ? 400 : 500, message: `${name}: ${message}` };
          }
        }
        const response = await cms.send('POST', '/api/methods?status=published', { data }, writeToken);
        if (response.status === 201) return { stored: true, documentId: response.body.data.documentId };
        return { stored: false, status: response.status, message: String(response.body?.error?.message ?? '') };
      };

      it(`stores or clearly refuses each of them, and what it stores is served unchanged, indexed and rendered safe (seed ${FUZZ_SEED})`, async () => {
        const problems: string[] = [];
        const summary: Record<string, string> = {};
        for (const [index, entry] of cases.entries()) {
          const outcome = await write(entry, index);
          if (!outcome.stored) {
            summary[entry.name] = `refused ${outcome.status}`;
            if (![400, 413].includes(outcome.status) || !outcome.message.trim()) {
              problems.push(`${entry.name}: refused with ${outcome.status} "${outcome.message.slice(0, 200)}"`);
            }
            continue;
          }
          summary[entry.name] = 'stored';
          const served = await cms.get(`/api/methods/${outcome.documentId}?locale=sv`);
          if (served.status !== 200) {
            problems.push(`${entry.name}: stored but served ${served.status}`);
            continue;
          }
          for (const field of ['title', 'summary', 'body'] as const) {
            const written = entry[field];
            if (written !== undefined && served.body.data[field] !== written) {
              problems.push(`${entry.name}: ${field} came back changed`);
            }
          }
          try {
            toSearchDocument('method', served.body.data, new Date());
          } catch (error) {
            problems.push(`${entry.name}: the indexer could not map it: ${(error as Error).message.slice(0, 200)}`);
          }
          const { result: html, cpuMs } = withCpuTime(() => renderMarkdown(served.body.data.body));
          if (cpuMs > RENDER_BOUND_MS) problems.push(`${entry.name}: rendering took ${cpuMs.toFixed(0)} ms of CPU`);
          const danger = runnable(html);
          if (danger) problems.push(`${entry.name}: rendered HTML can run script: ${danger.slice(0, 120)}`);
        }
        console.log(`hostile input on ${database}: ${JSON.stringify(summary)}`);
        expect(problems).toEqual([]);
      });

      it('refuses deeply nested JSON with a 400 that names the field, storing nothing', async () => {
        const before = await cms.strapi.documents(method.uid).count({});
        for (const data of [
          { ...validMethod('Djup titel'), title: deeplyNested(2000) },
          { ...validMethod('Djupa steg'), steps: [{ title: 'x', body: deeplyNested(2000) }] },
          { ...validMethod('Djup relation'), caseStudies: deeplyNested(2000) },
        ]) {
          const response = await cms.send('POST', '/api/methods', { data }, writeToken);
          expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(400);
          expect(response.body.error.message).toBeTruthy();
        }
        expect(await cms.strapi.documents(method.uid).count({})).toBe(before);
      });

      it(`renders 1 MB of Markdown within ${MEGABYTE_RENDER_BOUND_MS} ms of CPU time, and nothing in it can run`, () => {
        const source = `${largeMarkdown(1_000_000)}\n\n${INJECTION}`;
        const started = performance.now();
        const { result: html, cpuMs } = withCpuTime(() => renderMarkdown(source));
        console.log(
          `1 MB of Markdown rendered in ${cpuMs.toFixed(0)} ms of CPU (${(performance.now() - started).toFixed(0)} ms wall)`,
        );
        expect(html.length).toBeGreaterThan(1_000_000);
        expect(runnable(html)).toBeNull();
        expect(cpuMs).toBeLessThan(MEGABYTE_RENDER_BOUND_MS);
      });
    });
  });
}
