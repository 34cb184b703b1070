// Review before publishing and county editors, proven against the real CMS through the same HTTP
// API the admin panel uses (and the REST API): a publish without another person's approval is
// refused, an edit after approval sends the entry back to review, a Länsredaktör neither reads nor
// writes another county's entries, and the Super Admin and the seed keep their way through.
import { caseStudy, method } from '@skb/content-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminSession, adminSession, cmPath, createAdminUser } from '../support/admin-users.ts';
import { startTestCms, type TestCms, type TestDatabase } from '../support/cms.ts';

const CASE = caseStudy.uid;

const caseIn = (municipality: string, title: string) => ({
  title,
  summary: 'Ett exempel som granskningstestet skapar.',
  body: 'Text.',
  municipalities: [municipality],
  startedYear: 2024,
  projectStatus: 'pågående',
  outcomes: 'Resultat.',
  lessons: 'Lärdomar.',
});

export function describeReview(database: TestDatabase): void {
  describe(`review and county editors on ${database}`, () => {
    let cms: TestCms;
    let redaktor: AdminSession;
    let granskare: AdminSession;
    let granskare2: AdminSession;
    let lans: AdminSession;
    let superAdmin: AdminSession;

    beforeAll(async () => {
      cms = await startTestCms({ database, seed: true });
      const users: [string, string][] = [
        ['redaktor@example.se', 'skb-redaktor'],
        ['granskare@example.se', 'skb-granskare'],
        ['granskare2@example.se', 'skb-granskare'],
        ['lans@example.se', 'skb-lansredaktor'],
        ['super@example.se', 'strapi-super-admin'],
      ];
      for (const [email, roleCode] of users) await createAdminUser(cms.strapi, { email, roleCode });
      // Västerbotten (24) is the county editor's.
      await cms.strapi
        .documents('api::county-editor.county-editor')
        .create({ data: { email: 'LANS@example.se', counties: ['24'] } });
      [redaktor, granskare, granskare2, lans, superAdmin] = await Promise.all(
        users.map(([email]) => adminSession(cms, email)),
      );
      // Boot, seed and users: minutes on a loaded 2-core machine, more than the project's hook timeout.
    }, 900_000);
    afterAll(async () => {
      await cms?.stop();
    });

    const create = async (session: AdminSession, data: Record<string, unknown>) => {
      const response = await session.send('POST', cmPath(CASE), data);
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      return response.body.data.documentId as string;
    };
    // The admin panel saves by sending the whole form back, the review state included.
    const save = async (session: AdminSession, documentId: string, change: Record<string, unknown>) => {
      const current = await session.send('GET', cmPath(CASE, documentId));
      const {
        id: _id,
        documentId: _d,
        createdAt,
        updatedAt,
        publishedAt,
        createdBy,
        updatedBy,
        ...form
      } = current.body.data;
      return session.send('PUT', cmPath(CASE, documentId), { ...form, ...change });
    };
    const publish = (session: AdminSession, documentId: string) =>
      session.send('POST', cmPath(CASE, documentId, '/actions/publish'), {});
    const isPublic = async (documentId: string) => (await cms.get(`/api/case-studies/${documentId}`)).status === 200;

    it('refuses to publish an entry nobody else approved, in Swedish, and publishes it once a granskare has', async () => {
      const id = await create(redaktor, caseIn('2425', 'Granskat exempel från Dorotea'));
      const refused = await publish(redaktor, id);
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toMatch(/kan inte publiceras förrän någon annan/);
      expect(await isPublic(id)).toBe(false);

      expect((await save(redaktor, id, { reviewState: 'för granskning' })).status).toBe(200);
      expect((await publish(granskare, id)).status).toBe(400);
      const approved = await save(granskare, id, { reviewState: 'godkänd' });
      expect(approved.status, JSON.stringify(approved.body)).toBe(200);
      expect(approved.body.data.reviewState).toBe('godkänd');
      const published = await publish(redaktor, id);
      expect(published.status, JSON.stringify(published.body)).toBe(200);
      expect(await isPublic(id)).toBe(true);
    });

    it('never lets a writer approve their own change, and sends an approved entry back to review when it is edited', async () => {
      const id = await create(redaktor, caseIn('2425', 'Egen ändring i Dorotea'));
      expect((await save(granskare, id, { summary: 'Granskarens egen ändring.' })).status).toBe(200);
      const own = await save(granskare, id, { reviewState: 'godkänd' });
      expect(own.status).toBe(400);
      expect(own.body.error.message).toMatch(/inte godkänna din egen ändring/);
      expect(own.body.error.details.errors[0].path).toEqual(['reviewState']);
      expect((await save(redaktor, id, { reviewState: 'godkänd' })).body.error.message).toMatch(/Bara en granskare/);
      expect((await publish(granskare, id)).status).toBe(400);

      expect((await save(granskare2, id, { reviewState: 'godkänd' })).status).toBe(200);
      // Changing the text and approving in one save is approving one's own change.
      const sneaky = await save(granskare2, id, { summary: 'Ändrad och godkänd i samma spara.' });
      expect(sneaky.status).toBe(200);
      expect(sneaky.body.data.reviewState).toBe('för granskning');
      expect((await publish(granskare, id)).status).toBe(400);
      expect((await save(granskare, id, { reviewState: 'godkänd' })).status).toBe(200);
      expect((await publish(granskare, id)).status).toBe(200);
      expect(await isPublic(id)).toBe(true);

      const edited = await save(redaktor, id, { summary: 'Ändrad efter godkännandet.' });
      expect(edited.body.data.reviewState).toBe('för granskning');
      expect((await publish(granskare2, id)).status).toBe(400);
      const after = await cms.get(`/api/case-studies/${id}`);
      expect(after.body.data.summary).toBe('Ändrad och godkänd i samma spara.');
    });

    // The edit view's buttons post here: the same state changes as the field, with roles checked on the server.
    const step = (session: AdminSession, documentId: string, action: string) =>
      session.send('POST', `/skb-review/${CASE}/${documentId}/${action}?locale=sv`, {});

    it('moves the review state by the buttons’ route: submit, send back, approve, each only for whom it is', async () => {
      const id = await create(redaktor, caseIn('2425', 'Knapparnas exempel i Dorotea'));
      const early = await step(granskare, id, 'skicka-tillbaka');
      expect(early.status).toBe(403);
      expect(early.body.error.message).toBe('”Skicka tillbaka” går inte när posten är utkast');
      const submitted = await step(redaktor, id, 'skicka-till-granskning');
      expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
      expect(submitted.body.data.reviewState).toBe('för granskning');

      // Neither the author nor another Redaktör approves or sends back, however they ask.
      const notReviewer = await step(redaktor, id, 'godkann');
      expect(notReviewer.status).toBe(403);
      expect(notReviewer.body.error.message).toBe('Bara en granskare kan godkänna en post');
      expect((await step(lans, id, 'skicka-tillbaka')).body.error.message).toBe(
        'Bara en granskare kan skicka tillbaka en post',
      );
      expect((await step(redaktor, id, 'ta-bort')).status).toBe(400);

      const sentBack = await step(granskare, id, 'skicka-tillbaka');
      expect(sentBack.body.data.reviewState).toBe('utkast');
      expect((await step(redaktor, id, 'skicka-till-granskning')).status).toBe(200);
      const approved = await step(granskare, id, 'godkann');
      expect(approved.status, JSON.stringify(approved.body)).toBe(200);
      expect(approved.body.data.reviewState).toBe('godkänd');
      expect((await publish(redaktor, id)).status).toBe(200);
      expect(await isPublic(id)).toBe(true);

      // The gate's own rules hold behind the button: a granskare does not approve their own change.
      expect((await save(granskare, id, { summary: 'Granskaren skrev om.' })).body.data.reviewState).toBe(
        'för granskning',
      );
      const own = await step(granskare, id, 'godkann');
      expect(own.status).toBe(400);
      expect(own.body.error.message).toMatch(/inte godkänna din egen ändring/);
      // Another county's editor cannot reach the entry through the route either; nor can anyone without a session.
      const stockholm = await create(redaktor, caseIn('0180', 'Knapparnas exempel i Stockholm'));
      expect((await step(lans, stockholm, 'skicka-till-granskning')).status).toBe(403);
      expect((await cms.send('POST', `/skb-review/${CASE}/${id}/godkann?locale=sv`, {})).status).toBe(401);
    });

    it('keeps a Länsredaktör to the entries of their own counties, through every door', async () => {
      const own = await create(lans, caseIn('2425', 'Länsredaktörens exempel i Dorotea'));
      const stockholm = await create(redaktor, caseIn('0180', 'Ett exempel i Stockholms stad'));
      const national = await cms.strapi.documents(method.uid).findFirst({ locale: 'sv' });

      const refusedCreate = await lans.send('POST', cmPath(CASE), caseIn('0180', 'Fel län'));
      expect(refusedCreate.status).toBe(403);
      expect(refusedCreate.body.error.message).toMatch(/annat län \(01\)/);
      // Cannot open, change, move away, submit or publish another county's entry.
      const open = await lans.send('GET', cmPath(CASE, stockholm));
      expect(open.status).toBe(403);
      expect(open.body.error.message).toMatch(/annat län \(01\)/);
      const change = await lans.send('PUT', cmPath(CASE, stockholm), { summary: 'Kapad.' });
      expect(change.status).toBe(403);
      expect((await lans.send('PUT', cmPath(CASE, own), { municipalities: ['0180'] })).status).toBe(403);
      const nationalOpen = await lans.send('GET', cmPath(method.uid, national?.documentId));
      expect(nationalOpen.body.error.message).toMatch(/hela landet/);
      const list = await lans.send('GET', `/content-manager/collection-types/${CASE}?page=1&pageSize=100&locale=sv`);
      expect(list.status).toBe(200);
      const titles = list.body.results.map((entry: { title: string }) => entry.title);
      expect(titles).toContain('Länsredaktörens exempel i Dorotea');
      expect(titles).not.toContain('Ett exempel i Stockholms stad');
      expect(
        list.body.results.every((entry: { municipalities: string[] }) =>
          entry.municipalities.every((code) => code.startsWith('24')),
        ),
      ).toBe(true);

      // Their own: submit yes, approve and publish no.
      expect((await save(lans, own, { reviewState: 'för granskning' })).status).toBe(200);
      expect((await save(lans, own, { reviewState: 'godkänd' })).status).toBe(400);
      expect((await publish(lans, own)).status).toBe(403);
      const stored = await cms.strapi.documents(CASE).findOne({ documentId: stockholm, locale: 'sv' });
      expect((stored as unknown as { summary: string }).summary).toBe('Ett exempel som granskningstestet skapar.');
    });

    it('refuses an unapproved publish through the REST API too, and review fields are never public', async () => {
      const token = await cms.apiToken('full-access');
      const created = await cms.send(
        'POST',
        '/api/case-studies?status=published',
        { data: caseIn('2425', 'Via REST') },
        token,
      );
      expect(created.status).toBe(400);
      expect(created.body.error.message).toMatch(/kan inte publiceras/);
      const selfApproved = await cms.send(
        'POST',
        '/api/case-studies?status=published',
        { data: { ...caseIn('2425', 'Via REST'), reviewState: 'godkänd', reviewApprovedBy: 'admin:1' } },
        token,
      );
      expect(selfApproved.status).toBe(400);
      expect(selfApproved.body.error.message).toMatch(/Bara en granskare/);
      expect(await cms.strapi.documents(CASE).count({ filters: { title: 'Via REST' } })).toBe(0);
      const draft = await cms.send(
        'POST',
        '/api/case-studies?status=draft',
        { data: caseIn('2425', 'Via REST') },
        token,
      );
      expect(draft.status).toBe(201);
      const put = await cms.send(
        'PUT',
        `/api/case-studies/${draft.body.data.documentId}?status=published`,
        { data: { summary: 'Publicerad via REST?' } },
        token,
      );
      expect(put.status).toBe(400);
      const listed = await cms.get('/api/case-studies?pagination[pageSize]=100');
      expect(JSON.stringify(listed.body)).not.toMatch(/review(State|Author|ApprovedBy|Counties|Fingerprint)/);
    });

    it('lets the Super Admin publish alone, and the seed publish through the system path', async () => {
      const id = await create(superAdmin, caseIn('0180', 'Superadministratörens exempel'));
      expect((await publish(superAdmin, id)).status).toBe(200);
      expect(await isPublic(id)).toBe(true);
      const seeded = (await cms.strapi
        .documents(method.uid)
        .findFirst({ locale: 'sv', status: 'published' })) as unknown as {
        reviewState: string;
        reviewApprovedBy: string;
      };
      expect(seeded).toMatchObject({ reviewState: 'godkänd', reviewApprovedBy: 'system:seed' });
    });
  });
}
