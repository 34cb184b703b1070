// The CMS's promises, proven against the real Strapi on one database: the public API serves exactly
// what is published, never drafts, questions or private fields; page size is capped; bad input is
// refused with the field named and nothing stored; the seed is idempotent.

import { seedDemoContent } from '@skb/cms/seed';
import { entriesOf, loadDemoContent } from '@skb/cms/seed/content';
import { readPdfText } from '@skb/cms/seed/pdf-text';
import {
  anonymise,
  caseStudy,
  consultationResponse,
  FIELD_LABELS,
  fundingCall,
  method,
  PUBLIC_TYPES,
  type PublicType,
  question,
  slugify,
  TAXONOMY_TYPES,
} from '@skb/content-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryInput, startTestCms, type TestCms, type TestDatabase } from '../support/cms.ts';
import { itRefusesAnOpenRegistrationInProduction } from './cms-admin-setup.ts';

const DEMO_CONTENT = loadDemoContent();
/** The seeded entries of each public type: Swedish title, whether a draft, whether translated. */
const seedEntriesByType: Record<string, readonly { draft: boolean; en: boolean; title: string }[]> = Object.fromEntries(
  PUBLIC_TYPES.map((type) => [
    type.name,
    entriesOf(DEMO_CONTENT, type).map((entry) => ({
      draft: entry.seed.draft,
      en: Boolean(entry.en),
      title: String(entry.fields.title),
    })),
  ]),
);
/** The seeded helpdesk questions, as the form and the editors stored them. */
const seedQuestions = DEMO_CONTENT.questions.map(({ fields }) => fields as Record<string, string>);

const validFundingCall = () => ({
  title: 'Testutlysning för bygdens butik',
  summary: 'En utlysning som testet skapar.',
  body: 'Text om utlysningen.',
  opensAt: '2026-01-10T08:00:00.000Z',
  deadline: '2026-03-31T21:59:00.000Z',
  amountMin: 10_000,
  amountMax: 200_000,
  eligibleApplicants: ['ideell förening'],
  geography: 'nationell',
  counties: [],
});

const validCaseStudy = () =>
  entryInput(caseStudy.uid, {
    title: 'Testexempel från Dorotea',
    summary: 'Ett exempel som testet skapar.',
    body: 'Text.',
    municipalities: ['2425'],
    startedYear: 2024,
    projectStatus: 'pågående',
    outcomes: 'Resultat.',
    lessons: 'Lärdomar.',
  });

export function describeCms(database: TestDatabase): void {
  describe(`the CMS on ${database}`, () => {
    let cms: TestCms;
    let writeToken: string;
    let bootMs = 0;

    beforeAll(async () => {
      const started = performance.now();
      cms = await startTestCms({ database, seed: true });
      bootMs = performance.now() - started;
      writeToken = await cms.apiToken('full-access');
    });
    afterAll(async () => {
      console.log(`CMS on ${database}: boot + seed + listen took ${(bootMs / 1000).toFixed(1)} s`);
      await cms?.stop();
    });

    itRefusesAnOpenRegistrationInProduction(() => cms.strapi);

    const list = async (type: PublicType, query = '') =>
      cms.get(`/api/${type.pluralName}?pagination[pageSize]=100${query}`);

    // First in the suite: later tests add questions of their own.
    it('serves in the FAQ exactly the seeded published questions, without names or e-mail addresses', async () => {
      const faq = await cms.get('/api/helpdesk/faq');
      expect(faq.status).toBe(200);
      const seeded = seedQuestions.filter((entry) => entry.questionStatus === 'publicerad');
      const served: { question: string; answer: string }[] = faq.body.data;
      expect(served.map((entry) => entry.question).sort()).toEqual(seeded.map((entry) => entry.publicQuestion).sort());
      // Answers are served anonymised: a greeting by name ("Hej Mikael!") becomes "Hej [namn]!".
      expect(served.map((entry) => entry.answer).sort()).toEqual(
        seeded.map((entry) => anonymise(entry.answer ?? '', entry)).sort(),
      );
      const text = JSON.stringify(faq.body);
      expect(text).not.toContain('@');
      for (const entry of seedQuestions) {
        expect(text).not.toContain(entry.name);
        expect(served.map((item) => item.question)).not.toContain(entry.question);
      }
      const seededQuestions = await cms.strapi.documents(question.uid).count({});
      expect(seededQuestions).toBe(seedQuestions.length);
    });

    it('serves every published remissvar with its PDF, downloadable from the CMS', async () => {
      for (const locale of ['sv', 'en']) {
        const { body } = await list(consultationResponse, `&locale=${locale}`);
        expect(body.data.length).toBeGreaterThan(0);
        for (const entry of body.data) {
          expect(entry.document, entry.title).toMatchObject({ mime: 'application/pdf' });
          const response = await fetch(new URL(entry.document.url, cms.url));
          expect(response.status, entry.document.url).toBe(200);
          const pdf = await readPdfText(new Uint8Array(await response.arrayBuffer()));
          const seed = entriesOf(DEMO_CONTENT, consultationResponse).find((item) =>
            [item.fields.title, item.en?.fields.title].includes(entry.title),
          );
          expect(seed, entry.title).toBeDefined();
          // The PDF is the Swedish response, whatever the locale of the entry that links it.
          expect(pdf.title).toBe(seed?.fields.title);
          const lines = (pdf.pages[0] ?? '').split('\n').map((line) => line.trim());
          expect(lines).toContain(`Från: ${seed?.fields.respondent}`);
          const referenceNumber = seed?.fields.referenceNumber;
          if (typeof referenceNumber === 'string') expect(lines).toContain(`Diarienummer: ${referenceNumber}`);
        }
      }
      for (const draft of seedEntriesByType[consultationResponse.name]?.filter((entry) => entry.draft) ?? []) {
        const found = (await cms.strapi.documents(consultationResponse.uid).findFirst({
          filters: { title: draft.title },
          status: 'draft',
          populate: { document: true },
        })) as { document: unknown } | null;
        expect(found?.document ?? null, draft.title).toBeNull();
      }
    });

    describe.each(PUBLIC_TYPES.map((type) => [type.name, type] as const))('%s', (_name, type) => {
      // Types without demo content yet (none published) are held to the same promises with zero entries.
      const seedEntries = seedEntriesByType[type.name] ?? [];
      const publishedSv = seedEntries.filter((entry) => !entry.draft).length;

      it('lists exactly the published entries, per language', async () => {
        for (const locale of ['sv', 'en']) {
          const expected = seedEntries.filter((entry) => !entry.draft && (locale === 'sv' || entry.en)).length;
          const { status, body } = await list(type, `&locale=${locale}`);
          expect(status).toBe(200);
          expect(body.meta.pagination.total).toBe(expected);
          const published = await cms.strapi.documents(type.uid).count({ status: 'published', locale });
          expect(body.meta.pagination.total).toBe(published);
        }
      });

      it('never serves a draft: not in the list, not by id, not by filter, not with ?status=draft', async () => {
        const drafts = seedEntries.filter((entry) => entry.draft);
        for (const draft of drafts) {
          const found = (await cms.strapi.documents(type.uid).findFirst({
            filters: { title: draft.title },
            status: 'draft',
          })) as { documentId: string; slug: string } | null;
          expect(found, draft.title).not.toBeNull();
          if (!found) continue;
          expect((await cms.get(`/api/${type.pluralName}/${found.documentId}`)).status).toBe(404);
          expect((await cms.get(`/api/${type.pluralName}/${found.documentId}?status=draft`)).status).toBe(404);
          const byFilter = await list(type, `&filters[slug][$eq]=${found.slug}&status=draft`);
          expect(byFilter.body.data).toEqual([]);
        }
        // Asking for drafts answers with the published entries, every one of them, and nothing else.
        const all = await list(type, '&status=draft');
        expect(all.status).toBe(200);
        expect(all.body.data).toHaveLength(Math.min(100, publishedSv));
        const titles = all.body.data.map((entry: { title: string }) => entry.title);
        for (const draft of drafts) expect(titles).not.toContain(draft.title);
      });

      it('never serves private fields, whatever the query', async () => {
        // populate=* gives way to the type's own populate: every published entry, none with the field.
        const all = await list(type, '&populate=*');
        expect(all.status).toBe(200);
        expect(all.body.data.length).toBeGreaterThan(0);
        expect(all.body.data).toHaveLength(Math.min(100, publishedSv));
        for (const entry of all.body.data) expect(entry).not.toHaveProperty('internalNote');
        // Asking for it by name is refused, naming the parameter.
        const asked = await list(type, '&fields[0]=internalNote&populate=*');
        expect(asked.status).toBe(400);
        expect(asked.body).toMatchObject({ data: null, error: { details: { parameter: 'fields' } } });
      });
    });

    it('has drafts in the demo content to prove the above with', () => {
      const drafts = Object.values(seedEntriesByType)
        .flat()
        .filter((entry) => entry.draft);
      expect(drafts.length).toBeGreaterThanOrEqual(3);
    });

    it('serves the unpublished changes of a published entry only after they are published', async () => {
      const { body } = await cms.get('/api/methods?pagination[pageSize]=1');
      const published = body.data[0];
      await cms.strapi.documents(method.uid).update({
        documentId: published.documentId,
        locale: 'sv',
        data: { title: `${published.title} (utkast)`, internalNote: 'hemlig anteckning' },
      });
      const after = await cms.get(`/api/methods/${published.documentId}`);
      expect(after.body.data.title).toBe(published.title);
      expect(JSON.stringify(after.body)).not.toContain('hemlig anteckning');
      // A private value can't be probed by filtering on it either.
      const probe = await list(method, '&filters[internalNote][$eq]=hemlig anteckning');
      const miss = await list(method, '&filters[internalNote][$eq]=något annat');
      expect(probe.status).toBe(miss.status);
      expect(probe.body?.data?.length ?? 0).toBe(miss.body?.data?.length ?? 0);
    });

    it('keeps an anonymous reader’s answer until an editor writes, never for a reader with credentials', async () => {
      const read = async (pathAndQuery: string, headers: Record<string, string> = {}) => {
        const response = await fetch(cms.url + pathAndQuery, { headers });
        expect(response.status, pathAndQuery).toBe(200);
        return { cache: response.headers.get('x-cache'), text: await response.text() };
      };
      const list = await read('/api/methods?locale=sv&pagination[pageSize]=5');
      // The same query written in another order is the same answer, kept.
      expect(await read('/api/methods?pagination[pageSize]=5&locale=sv')).toEqual({ cache: 'hit', text: list.text });
      const [first] = JSON.parse(list.text).data as { documentId: string; title: string }[];
      expect(first).toBeDefined();
      const detail = `/api/methods/${first?.documentId}`;
      const retitle = async (title: string) => {
        await cms.strapi.documents(method.uid).update({
          documentId: first?.documentId,
          locale: 'sv',
          data: { title },
        });
        await cms.strapi.documents(method.uid).publish({ documentId: first?.documentId, locale: 'sv' });
      };
      await read(detail);
      await retitle(`${first?.title} (ny rubrik)`);
      // Fifty readers at once after a write: one query, one answer for all of them.
      const burst = await Promise.all(Array.from({ length: 50 }, () => read(detail)));
      expect(new Set(burst.map((answer) => answer.text)).size).toBe(1);
      expect(burst.filter((answer) => answer.cache === 'miss')).toHaveLength(1);
      expect(JSON.parse(burst[0]?.text ?? '{}').data.title).toBe(`${first?.title} (ny rubrik)`);
      const withToken = await read(detail, { authorization: `Bearer ${writeToken}` });
      expect(withToken.cache).toBeNull();
      await retitle(first?.title as string);
      const after = await read(detail);
      expect(after.cache).toBe('miss');
      expect(JSON.parse(after.text).data.title).toBe(first?.title);
      // A question from the helpdesk form shows in no public answer: it leaves the kept answers alone.
      await cms.strapi.documents(question.uid).create({
        data: {
          name: 'Cachetest',
          email: 'cachetest@exempel.se',
          question: 'Gäller frågan cachen?',
          consent: true,
          questionStatus: 'ny',
        },
      });
      expect((await read(detail)).cache).toBe('hit');
    });

    it('does not leak draft-only entries through the relations of published ones', async () => {
      const draftCase = await cms.strapi.documents(caseStudy.uid).create({
        locale: 'sv',
        data: { ...validCaseStudy(), title: 'Utkast som inte får synas i relationer' },
      });
      const { body } = await cms.get('/api/methods?pagination[pageSize]=1');
      const target = body.data[0];
      await cms.strapi.documents(method.uid).update({
        documentId: target.documentId,
        locale: 'sv',
        data: { caseStudies: { connect: [{ documentId: (draftCase as { documentId: string }).documentId }] } },
      });
      await cms.strapi.documents(method.uid).publish({ documentId: target.documentId, locale: 'sv' });
      const detail = await cms.get(`/api/methods/${target.documentId}`);
      expect(JSON.stringify(detail.body)).not.toContain('Utkast som inte får synas');
    });

    it('never lets the public read questions, by list, by id, by filter or by populate', async () => {
      const created = (await cms.strapi.documents(question.uid).create({
        data: {
          name: 'Karin Testsson',
          email: 'karin@example.se',
          question: 'Hur söker vi hemsändningsbidrag?',
          consent: true,
          questionStatus: 'publicerad',
          publicQuestion: 'Hur söker man hemsändningsbidrag?',
          answer: 'Kontakta kommunen.',
        },
      })) as { documentId: string };
      expect((await cms.get('/api/questions')).status).toBe(403);
      expect((await cms.get(`/api/questions/${created.documentId}`)).status).toBe(403);
      expect((await cms.get('/api/questions?filters[email][$eq]=karin@example.se')).status).toBe(403);
      for (const taxonomy of TAXONOMY_TYPES) {
        const response = await cms.get(`/api/${taxonomy.pluralName}?populate=*`);
        expect(JSON.stringify(response.body)).not.toContain('karin@example.se');
      }
      const everything = await list(method, '&populate[serviceAreas][populate]=*');
      expect(JSON.stringify(everything.body)).not.toContain('Karin');
    });

    describe('the helpdesk', () => {
      const ask = (data: Record<string, unknown>) => cms.send('POST', '/api/helpdesk/questions', data);
      const valid = {
        name: 'Per Testsson',
        email: 'per@example.se',
        municipality: '2039',
        question: 'Hur får vi ett apoteksombud till byn?',
        consent: true,
        website: '',
      };
      const storedQuestions = () => cms.strapi.documents(question.uid).count({});

      it('takes a valid question and stores it as new, unreadable by the public', async () => {
        const before = await storedQuestions();
        const response = await ask(valid);
        expect(response.status).toBe(201);
        expect(await storedQuestions()).toBe(before + 1);
        const stored = (await cms.strapi.documents(question.uid).findFirst({
          filters: { email: valid.email },
        })) as unknown as { status: string; municipality: string };
        expect(stored).toMatchObject({ questionStatus: 'ny', municipality: '2039' });
        expect((await cms.get('/api/questions')).status).toBe(403);
      });

      it.each([
        ['email', { ...valid, email: 'inte-en-adress' }],
        ['consent', { ...valid, consent: false }],
        ['question', { ...valid, question: '  ' }],
        ['municipality', { ...valid, municipality: '0000' }],
        ['name', { ...valid, name: undefined }],
      ])('refuses a question with a bad %s, naming it', async (field, data) => {
        const before = await storedQuestions();
        const response = await ask(data);
        expect(response.status).toBe(400);
        expect(response.body.error.details.errors.map((e: { path: string[] }) => e.path[0])).toContain(field);
        expect(await storedQuestions()).toBe(before);
      });

      it('answers a filled honeypot as received and stores nothing', async () => {
        const before = await storedQuestions();
        expect((await ask({ ...valid, website: 'https://spam.example' })).status).toBe(201);
        expect(await storedQuestions()).toBe(before);
      });

      it('slows down a client that sends too many questions', async () => {
        // Only stored questions count against the quota (HELPDESK_RATE_LIMIT=20 in the tests).
        let status = 0;
        for (let i = 0; i < 25 && status !== 429; i++) status = (await ask(valid)).status;
        expect(status).toBe(429);
        const refused = await ask(valid);
        expect(refused.status).toBe(429);
        expect(refused.body.error.message).toMatch(/För många frågor/);
      });

      it('serves only published questions, anonymised, in the FAQ', async () => {
        await cms.strapi.documents(question.uid).create({
          data: {
            name: 'Anna Hemlig',
            email: 'anna.hemlig@example.se',
            question: 'Anna undrar om Sörsjöns butik kan få driftsstöd?',
            consent: true,
            questionStatus: 'publicerad',
            publicQuestion: 'Kan en butik i glesbygd få driftsstöd?',
            answer: 'Ja, **särskilt driftsstöd** kan sökas hos regionen.',
          },
        });
        const faq = await cms.get('/api/helpdesk/faq');
        expect(faq.status).toBe(200);
        const text = JSON.stringify(faq.body);
        expect(text).toContain('Kan en butik i glesbygd få driftsstöd?');
        expect(text).not.toContain('Anna');
        expect(text).not.toContain('example.se');
        expect(text).not.toContain(valid.question);
      });
    });

    it('allows the public nothing but reading: no writes, no sign-up', async () => {
      expect((await cms.send('POST', '/api/methods', { data: { title: 'x' } })).status).toBe(403);
      expect((await cms.send('POST', '/api/service-areas', { data: { name: 'x' } })).status).toBe(403);
      expect((await cms.send('POST', '/api/questions', { data: { name: 'x' } })).status).toBe(403);
      expect((await cms.send('POST', '/api/auth/local/register', { username: 'x' })).status).toBe(403);
    });

    it('caps the page size at 100 and defaults to 25', async () => {
      const big = await cms.get('/api/case-studies?pagination[pageSize]=1000');
      expect(big.body.meta.pagination.pageSize).toBe(100);
      expect(big.body.data.length).toBeLessThanOrEqual(100);
      const normal = await cms.get('/api/case-studies');
      expect(normal.body.meta.pagination.pageSize).toBe(25);
      expect(normal.body.data.length).toBe(Math.min(25, normal.body.meta.pagination.total));
    });

    it('carries what a page needs: relations, components and language versions', async () => {
      const { body } = await list(method, '&locale=sv');
      const withCases = body.data.find((entry: { caseStudies: unknown[] }) => entry.caseStudies.length > 0);
      expect(withCases).toBeDefined();
      expect(withCases.steps.length).toBeGreaterThan(0);
      expect(withCases.serviceAreas[0]).toHaveProperty('name');
      expect(withCases.caseStudies[0]).toHaveProperty('municipalities');
      const english = body.data.find((entry: { localizations: unknown[] }) => entry.localizations.length > 0);
      expect(english.localizations[0]).toMatchObject({ locale: 'en' });
      for (const entry of body.data) expect(method.entry.safeParse(entry).error).toBeUndefined();
    });

    describe('validation at the door', () => {
      const refused = [
        [
          'an unknown municipality code',
          caseStudy,
          { ...validCaseStudy(), municipalities: ['2425', '9999'] },
          'municipalities[1]',
        ],
        [
          'a deadline before opensAt',
          fundingCall,
          { ...validFundingCall(), deadline: '2026-01-01T00:00:00.000Z' },
          'deadline',
        ],
        ['an empty title', fundingCall, { ...validFundingCall(), title: '   ' }, 'title'],
        [
          'an amount range upside down',
          fundingCall,
          { ...validFundingCall(), amountMin: 500_000, amountMax: 1_000 },
          'amountMax',
        ],
      ] as const;

      it.each(refused)(
        'refuses %s through the REST API, naming the field, storing nothing',
        async (_what, type, data, field) => {
          const before = await cms.strapi.documents(type.uid).count({ status: 'draft' });
          const response = await cms.send('POST', `/api/${type.pluralName}`, { data }, writeToken);
          expect(response.status).toBe(400);
          expect(response.body.error.message).toContain(field);
          expect(response.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toContainEqual(
            expect.stringContaining(field.replace(/\[(\d+)\]/, '.$1')),
          );
          expect(await cms.strapi.documents(type.uid).count({ status: 'draft' })).toBe(before);
        },
      );

      it.each(refused)('refuses %s through the Document Service', async (_what, type, data, field) => {
        // Refused data on purpose: no type of Strapi's accepts it.
        await expect(cms.strapi.documents(type.uid).create({ data } as never)).rejects.toThrow(field);
      });

      it('refuses an update that breaks a rule and keeps what was stored', async () => {
        // A token writes drafts only: publishing takes a reviewer (cms/src/review).
        const created = await cms.send(
          'POST',
          '/api/funding-calls?status=draft',
          { data: validFundingCall() },
          writeToken,
        );
        expect(created.status).toBe(201);
        const documentId = created.body.data.documentId;
        expect(created.body.data.slug).toBe('testutlysning-for-bygdens-butik');
        const update = await cms.send(
          'PUT',
          `/api/funding-calls/${documentId}?status=draft`,
          { data: { amountMin: 999_999 } },
          writeToken,
        );
        expect(update.status).toBe(400);
        expect(update.body.error.message).toContain('amountMax');
        const stored = (await cms.strapi
          .documents(fundingCall.uid)
          .findOne({ documentId, status: 'draft' })) as unknown as {
          amountMin: number;
        };
        expect(stored.amountMin).toBe(10_000);
      });

      it('refuses invalid input through the admin panel API, naming the field', async () => {
        const email = 'redaktor@example.se';
        const password = 'Testl0senord!';
        const superAdmin = await cms.strapi.service('admin::role').getSuperAdmin();
        await cms.strapi.service('admin::user').create({
          email,
          firstname: 'Test',
          lastname: 'Redaktör',
          password,
          isActive: true,
          roles: [superAdmin.id],
        });
        const login = await cms.send('POST', '/admin/login', { email, password });
        expect(login.status).toBe(200);
        const jwt = login.body.data.token;
        const response = await cms.send(
          'POST',
          `/content-manager/collection-types/${fundingCall.uid}`,
          { ...validFundingCall(), title: 'Adminutlysning', deadline: '2025-12-01T00:00:00.000Z' },
          jwt,
        );
        expect(response.status).toBe(400);
        expect(response.body.error.message).toContain('deadline');
      });
    });

    describe('the admin panel', () => {
      const configurationPath = `/content-manager/content-types/${fundingCall.uid}/configuration`;
      let jwt: string;

      beforeAll(async () => {
        const email = 'vyer@example.se';
        const password = 'Testl0senord!';
        const superAdmin = await cms.strapi.service('admin::role').getSuperAdmin();
        await cms.strapi
          .service('admin::user')
          .create({ email, firstname: 'Vy', lastname: 'Redaktör', password, isActive: true, roles: [superAdmin.id] });
        const login = await cms.send('POST', '/admin/login', { email, password });
        jwt = login.body.data.token;
      });

      it('has the bank’s icon for the browser tab (not a missing file)', async () => {
        const response = await fetch(`${cms.url}/favicon.ico`);
        expect(response.status).toBe(200);
        const icon = Buffer.from(await response.arrayBuffer());
        expect(icon.subarray(1, 4).toString('latin1'), 'a PNG').toBe('PNG');
      });

      it('shows a funding call with Swedish labels, help texts, list columns and sort', async () => {
        const { status, body } = await cms.get(configurationPath, jwt);
        expect(status).toBe(200);
        const { metadatas, layouts, settings } = body.data.contentType;
        expect(metadatas.deadline.edit.label).toBe('Sista ansökningsdag');
        expect(metadatas.deadline.list.label).toBe('Sista ansökningsdag');
        expect(metadatas.deadline.edit.description).toBe(FIELD_LABELS['funding-call']?.deadline?.description);
        expect(metadatas.summary.edit.label).toBe('Sammanfattning');
        expect(metadatas.updatedAt.list.label).toBe('Senast ändrad');
        expect(layouts.list).toEqual(['title', 'funder', 'opensAt', 'deadline', 'updatedAt']);
        expect(settings).toMatchObject({ mainField: 'title', defaultSortBy: 'deadline', defaultSortOrder: 'DESC' });
        const method = await cms.get('/content-manager/content-types/api::method.method/configuration', jwt);
        expect(method.body.data.components['content.step'].metadatas.title.edit.label).toBe('Rubrik');
      });

      it("keeps an editor's own labels, columns and field order when the CMS starts again", async () => {
        // The app's bootstrap run again is what a restart runs (no search webhook is set here to register twice).
        const before = (await cms.get(configurationPath, jwt)).body.data.contentType;
        await cms.strapi.runUserLifecycles('bootstrap');
        expect((await cms.get(configurationPath, jwt)).body.data.contentType).toEqual(before);

        const { settings, metadatas, layouts } = structuredClone(before);
        // The GET adds each relation's main field to its list metadata; the admin sends it back without.
        for (const metadata of Object.values(metadatas) as { list: { mainField?: unknown } }[]) {
          delete metadata.list.mainField;
        }
        metadatas.deadline.edit.label = 'Ansök senast';
        metadatas.amountMax.edit.description = 'Vår egen hjälptext';
        layouts.list = ['title', 'deadline'];
        layouts.edit = [...layouts.edit].reverse();
        settings.defaultSortBy = 'title';
        const saved = await cms.send('PUT', configurationPath, { settings, metadatas, layouts }, jwt);
        expect(saved.status, JSON.stringify(saved.body)).toBe(200);

        await cms.strapi.runUserLifecycles('bootstrap');
        const after = (await cms.get(configurationPath, jwt)).body.data.contentType;
        expect(after.metadatas.deadline.edit.label).toBe('Ansök senast');
        expect(after.metadatas.amountMax.edit.description).toBe('Vår egen hjälptext');
        expect(after.layouts.list).toEqual(['title', 'deadline']);
        expect(after.layouts.edit).toEqual(layouts.edit);
        expect(after.settings.defaultSortBy).toBe('title');
        expect(after.metadatas.opensAt.edit.label).toBe('Öppnar');
      });
    });

    it('seeds idempotently: a second run creates nothing', async () => {
      const counts = async () =>
        Promise.all(PUBLIC_TYPES.map((type) => cms.strapi.documents(type.uid).count({ status: 'draft' })));
      const before = await counts();
      const report = await seedDemoContent(cms.strapi);
      expect(Object.values(report.created).every((n) => n === 0)).toBe(true);
      expect(report.english).toBe(0);
      expect(await counts()).toEqual(before);
    });

    it('adds an English version that an interrupted run left out, with its PDF, and nothing else', async () => {
      const entry = entriesOf(DEMO_CONTENT, consultationResponse).find((item) => item.en && !item.seed.draft);
      if (!entry?.en) throw new Error('the demo content has no published remissvar in English');
      const responses = cms.strapi.documents(consultationResponse.uid);
      const swedish = (await responses.findFirst({
        filters: { slug: slugify(String(entry.fields.title)) },
        locale: 'sv',
        status: 'published',
        populate: { document: true },
      })) as { documentId: string; document: { id: number } } | null;
      if (!swedish) throw new Error(`${entry.file} was not seeded`);
      await responses.delete({ documentId: swedish.documentId, locale: 'en' });
      const english = () =>
        responses.findOne({
          documentId: swedish.documentId,
          locale: 'en',
          status: 'published',
          populate: { document: true },
        }) as Promise<{ title: string; document: { id: number } | null } | null>;
      expect(await english()).toBeNull();

      const report = await seedDemoContent(cms.strapi);
      expect(report.english).toBe(1);
      expect(Object.values(report.created).every((n) => n === 0)).toBe(true);
      expect(report.files).toBe(0);
      expect(await english()).toMatchObject({ title: entry.en.fields.title, document: { id: swedish.document.id } });
    });

    it('seeds questions and PDFs once: another run adds no question and uploads no file', async () => {
      const files = () => cms.strapi.db.query('plugin::upload.file').count();
      const [questionsBefore, filesBefore] = [await cms.strapi.documents(question.uid).count({}), await files()];
      const report = await seedDemoContent(cms.strapi);
      expect(report.created[question.name]).toBe(0);
      expect(report.files).toBe(0);
      expect(await cms.strapi.documents(question.uid).count({})).toBe(questionsBefore);
      expect(await files()).toBe(filesBefore);
    });
  });
}
