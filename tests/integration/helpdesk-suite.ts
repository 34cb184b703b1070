// The helpdesk loop against the real CMS: a question from the site's form is announced to the
// editors without who asked; an editor finds it by status and county, answers it and marks it
// besvarad, and the answer lands in an .eml file for the asker; published, the Q&A is anonymised
// in the FAQ, and the asker's name, address, phone number and personnummer are nowhere public.
import { method, question } from '@skb/content-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminSession, adminSession, createAdminUser } from '../support/admin-users.ts';
import { startTestCms, type TestCms, type TestDatabase } from '../support/cms.ts';
import { mailsIn } from '../support/mailbox.ts';

const EDITORS = 'redaktionen@example.se';
const asker = { name: 'Karin Åström', email: 'karin.astrom@exempel.se' };
const words =
  'Hej! Jag heter Karin Åström och bor i Storbyn. Kan vi få ett apoteksombud i lanthandeln? Ring mig på 070-123 45 67 eller skriv till karin.astrom@exempel.se. Mitt personnummer är 19650412-1234.';
const answer =
  'Hej Karin! Ja, lanthandeln kan bli apoteksombud. Kontakta apotekskedjan och kommunens landsbygdsutvecklare (070-765 43 21).';
const qPath = (suffix = '') => `/content-manager/collection-types/${question.uid}${suffix}`;

export function describeHelpdesk(database: TestDatabase): void {
  describe(`the helpdesk loop on ${database}`, () => {
    let cms: TestCms;
    let dataDir: string;
    let redaktor: AdminSession;
    let otherCounty: AdminSession;

    beforeAll(async () => {
      cms = await startTestCms({ database, seed: true, env: { HELPDESK_EDITORS_EMAIL: EDITORS } });
      dataDir = process.env.DATA_DIR as string;
      await createAdminUser(cms.strapi, { email: 'redaktor@example.se', roleCode: 'skb-redaktor' });
      await createAdminUser(cms.strapi, { email: 'stockholm@example.se', roleCode: 'skb-lansredaktor' });
      await cms.strapi
        .documents('api::county-editor.county-editor')
        .create({ data: { email: 'stockholm@example.se', counties: ['01'] } });
      redaktor = await adminSession(cms, 'redaktor@example.se');
      otherCounty = await adminSession(cms, 'stockholm@example.se');
      // Boot, seed and users: minutes on a loaded 2-core machine, more than the project's hook timeout.
    }, 900_000);
    afterAll(async () => {
      await cms?.stop();
    });

    let documentId: string;

    it('announces a new question to the editors, without who asked', async () => {
      const asked = await cms.send('POST', '/api/helpdesk/questions', {
        data: { ...asker, municipality: '2425', question: words, consent: true },
      });
      expect(asked.status).toBe(201);
      const [announcement, ...rest] = await mailsIn(dataDir);
      expect(rest).toEqual([]);
      expect(announcement?.to).toBe(EDITORS);
      expect(announcement?.subject).toBe('Ny fråga till helpdesken från Dorotea kommun');
      expect(`${announcement?.subject} ${announcement?.text}`).not.toMatch(/Karin|Åström|exempel\.se|070|1965/);
    });

    it('lists it for the editors by status ny and by county, and hides it from another county’s editor', async () => {
      const listed = await redaktor.send(
        'GET',
        qPath('?page=1&pageSize=50&filters[$and][0][questionStatus][$eq]=ny&filters[$and][1][county][$eq]=24'),
      );
      expect(listed.status).toBe(200);
      const found = listed.body.results.find((entry: { question: string }) => entry.question === words);
      expect(found).toBeDefined();
      documentId = found.documentId;
      const elsewhere = await redaktor.send('GET', qPath('?page=1&pageSize=50&filters[county][$eq]=01'));
      expect(elsewhere.body.results.map((entry: { documentId: string }) => entry.documentId)).not.toContain(documentId);
      const theirs = await otherCounty.send('GET', qPath('?page=1&pageSize=50'));
      expect(theirs.status).toBe(200);
      expect(theirs.body.results.map((entry: { documentId: string }) => entry.documentId)).not.toContain(documentId);
      expect((await otherCounty.send('GET', qPath(`/${documentId}`))).status).toBe(403);
    });

    it('refuses to publish an unanswered question, and to mark one besvarad without an answer', async () => {
      const early = await redaktor.send('PUT', qPath(`/${documentId}`), { questionStatus: 'publicerad' });
      expect(early.status).toBe(400);
      expect(early.body.error.message).toMatch(/Besvara frågan först/);
      const empty = await redaktor.send('PUT', qPath(`/${documentId}`), { questionStatus: 'besvarad' });
      expect(empty.status).toBe(400);
      expect(JSON.stringify(empty.body.error)).toMatch(/Skriv ett svar/);
      expect((await mailsIn(dataDir)).length).toBe(1);
    });

    it('e-mails the answer to the asker when it is marked besvarad, and shows the editor the anonymised text', async () => {
      const answered = await redaktor.send('PUT', qPath(`/${documentId}`), { answer, questionStatus: 'besvarad' });
      expect(answered.status, JSON.stringify(answered.body)).toBe(200);
      const mail = (await mailsIn(dataDir)).find((entry) => entry.to === asker.email);
      expect(mail?.subject).toBe('Svar på din fråga till Servicekunskapsbanken');
      expect(mail?.text).toContain('Ja, lanthandeln kan bli apoteksombud.');
      expect(mail?.text).toContain('Hej Karin Åström!');
      expect(answered.body.data.publicQuestion).toBe(
        'Hej! Jag heter [namn] och bor i Storbyn. Kan vi få ett apoteksombud i lanthandeln? Ring mig på [telefonnummer] eller skriv till [e-postadress]. Mitt personnummer är [personnummer].',
      );
      expect(answered.body.data.publicAnswer).toBe(
        'Hej [namn]! Ja, lanthandeln kan bli apoteksombud. Kontakta apotekskedjan och kommunens landsbygdsutvecklare ([telefonnummer]).',
      );
      // Saved again as besvarad, nothing is sent twice.
      expect((await redaktor.send('PUT', qPath(`/${documentId}`), { answer, questionStatus: 'besvarad' })).status).toBe(
        200,
      );
      expect((await mailsIn(dataDir)).filter((entry) => entry.to === asker.email)).toHaveLength(1);
    });

    it('publishes it anonymised, linked to methods and municipalities, and nothing of the asker is public', async () => {
      const linked = (await cms.strapi
        .documents(method.uid)
        .findFirst({ locale: 'sv', status: 'published' })) as unknown as {
        documentId: string;
        title: string;
      };
      const published = await redaktor.send('PUT', qPath(`/${documentId}`), {
        questionStatus: 'publicerad',
        // An editor who puts the name back by mistake is corrected.
        publicQuestion: 'Karin Åström undrar: kan lanthandeln bli apoteksombud?',
        municipalities: ['2425'],
        methods: { connect: [{ documentId: linked.documentId, locale: 'sv' }] },
      });
      expect(published.status, JSON.stringify(published.body)).toBe(200);
      const faq = await cms.get('/api/helpdesk/faq');
      const entry = faq.body.data.find((item: { documentId: string }) => item.documentId === documentId);
      expect(entry).toMatchObject({
        question: '[namn] undrar: kan lanthandeln bli apoteksombud?',
        municipalities: ['2425'],
      });
      expect(entry.methods.map((item: { title: string }) => item.title)).toContain(linked.title);
      const publicText = JSON.stringify([
        faq.body,
        (await cms.get('/api/questions')).body,
        (await cms.get(`/api/questions/${documentId}`)).body,
        (await cms.get('/api/methods?populate=*&pagination[pageSize]=100')).body,
      ]);
      for (const secret of ['Karin', 'Åström', 'karin.astrom', '070-123', '19650412', 'Storbyn och']) {
        expect(publicText).not.toContain(secret);
      }
      expect((await cms.get('/api/questions')).status).toBe(403);
    });
  });
}
