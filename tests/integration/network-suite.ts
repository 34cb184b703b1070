// The network's own work in the real CMS, on one database: nothing unpublished of the new types is
// readable through the public API (by list, id, ?status=draft, filter, or a meeting's follow-up of a
// draft goal); private notes stay private; bad input is refused naming the field, storing nothing;
// what the public API serves satisfies the content model the site and the indexer read it with.
import { advocacyAction, type ContentTypeDefinition, event, goal, network, project } from '@skb/content-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCms, type TestCms, type TestDatabase } from '../support/cms.ts';

const text = (title: string) => ({ title, summary: `Sammanfattning: ${title}.`, body: `Text om ${title}.` });

const valid: Record<string, (title: string) => Record<string, unknown>> = {
  goal: (title) => ({ ...text(title), goalSet: 'nätverkets mål', position: 1 }),
  project: (title) => ({
    ...text(title),
    startDate: '2025-01-01',
    projectStatus: 'pågår',
    municipalities: ['2326'],
    nationalImportance: true,
  }),
  network: (title) => ({ ...text(title), kind: 'leadergrupp', counties: ['20'], contactEmail: 'info@exempel.se' }),
  'advocacy-action': (title) => ({
    ...text(title),
    kind: 'skrivelse',
    date: '2026-02-03',
    addressee: 'Näringsutskottet',
    ask: 'Att servicen tryggas.',
  }),
};

const TYPES = [goal, project, network, advocacyAction] as const;

export function describeNetworkWork(database: TestDatabase): void {
  describe(`the network's own work in the CMS on ${database}`, () => {
    let cms: TestCms;
    let writeToken: string;
    const ids: Record<string, { published: string; draft: string; draftSlug: string }> = {};

    const create = async (type: ContentTypeDefinition, data: Record<string, unknown>, publish: boolean) => {
      const created = (await cms.strapi
        .documents(type.uid as never)
        .create({ locale: 'sv', data } as never)) as unknown as { documentId: string; slug: string };
      if (publish) await cms.strapi.documents(type.uid as never).publish({ documentId: created.documentId } as never);
      return created;
    };

    beforeAll(async () => {
      cms = await startTestCms({ database });
      writeToken = await cms.apiToken('full-access');
      for (const type of TYPES) {
        const published = await create(
          type,
          { ...valid[type.name]?.('Publicerad post'), internalNote: 'hemligt' },
          true,
        );
        const draft = await create(
          type,
          { ...valid[type.name]?.('Opublicerat utkast'), internalNote: 'hemligt' },
          false,
        );
        ids[type.name] = { published: published.documentId, draft: draft.documentId, draftSlug: draft.slug };
      }
    });
    afterAll(async () => {
      await cms?.stop();
    });

    describe.each(TYPES.map((type) => [type.name, type] as const))('%s', (name, type) => {
      const list = (query = '') => cms.get(`/api/${type.pluralName}?pagination[pageSize]=100${query}`);

      it('serves the published entry, valid against the content model, without its private note', async () => {
        const { status, body } = await list();
        expect(status).toBe(200);
        expect(body.data.map((entry: { documentId: string }) => entry.documentId)).toEqual([ids[name]?.published]);
        for (const entry of body.data) {
          expect(type.entry.safeParse(entry).error).toBeUndefined();
          expect(entry).not.toHaveProperty('internalNote');
        }
        const probe = await list('&fields[0]=internalNote&populate=*');
        expect(JSON.stringify(probe.body)).not.toContain('hemligt');
      });

      it('never serves the draft: not by id, not with ?status=draft, not by filter', async () => {
        const draft = ids[name];
        expect((await cms.get(`/api/${type.pluralName}/${draft?.draft}`)).status).toBe(404);
        expect((await cms.get(`/api/${type.pluralName}/${draft?.draft}?status=draft`)).status).toBe(404);
        expect(JSON.stringify((await list('&status=draft')).body)).not.toContain('Opublicerat utkast');
        // Refused outright (400, a filter the public API does not allow) or answered without the draft.
        for (const query of [
          `&filters[slug][$eq]=${draft?.draftSlug}&status=draft`,
          '&filters[title][$containsi]=utkast',
        ]) {
          const answer = await list(query);
          expect([200, 400], query).toContain(answer.status);
          expect(answer.body.data ?? [], query).toEqual([]);
        }
      });
    });

    it('serves a meeting’s follow-up of published goals, and never names a goal that is only a draft', async () => {
      const meeting = await create(
        event,
        {
          ...text('Nätverksträff med uppföljning'),
          kind: 'nätverksträff',
          startsAt: '2026-03-12T08:00:00.000Z',
          endsAt: '2026-03-12T14:00:00.000Z',
          onlineUrl: 'https://exempel.se/mote',
          minutes: '## Protokoll\n\nMålen gicks igenom.',
          decisions: [{ decision: 'Nätverket skriver till utskottet.' }],
          externalGuests: [{ organisation: 'Tillväxtverket', role: 'handläggare' }],
          followUps: [
            { goal: { connect: [{ documentId: ids.goal?.published }] }, goalStatus: 'på väg', measuredValue: 12 },
            { goal: { connect: [{ documentId: ids.goal?.draft }] }, goalStatus: 'står still' },
          ],
        },
        true,
      );
      const { status, body } = await cms.get(`/api/events/${meeting.documentId}`);
      expect(status).toBe(200);
      expect(event.entry.safeParse(body.data).error).toBeUndefined();
      const followUps: { goal: { documentId: string } | null; goalStatus: string; measuredValue: number | null }[] =
        body.data.followUps;
      expect(followUps.map((item) => [item.goal?.documentId ?? null, item.goalStatus])).toEqual([
        [ids.goal?.published, 'på väg'],
        [null, 'står still'],
      ]);
      expect(followUps[0]?.measuredValue).toBe(12);
      expect(body.data.decisions).toEqual([expect.objectContaining({ decision: 'Nätverket skriver till utskottet.' })]);
      expect(body.data.externalGuests).toEqual([
        expect.objectContaining({ organisation: 'Tillväxtverket', role: 'handläggare' }),
      ]);
      expect(JSON.stringify(body)).not.toContain('Opublicerat utkast');
    });

    describe('validation at the door', () => {
      const refused = [
        [
          'a network whose contact is a person’s address',
          network,
          { ...valid.network?.('Nätverk med personadress'), contactEmail: 'anna.svensson@exempel.se' },
          'contactEmail',
        ],
        [
          'a finished project without an end date',
          project,
          { ...valid.project?.('Avslutat utan slut'), projectStatus: 'avslutat' },
          'endDate',
        ],
        [
          'an advocacy action of an unknown kind',
          advocacyAction,
          { ...valid['advocacy-action']?.('Okänd insats'), kind: 'lobbying' },
          'kind',
        ],
        ['a goal without a set', goal, { ...valid.goal?.('Mål utan område'), goalSet: undefined }, 'goalSet'],
        [
          'a conference with a goal follow-up',
          event,
          {
            ...text('Konferens med uppföljning'),
            kind: 'konferens',
            startsAt: '2026-03-12T08:00:00.000Z',
            endsAt: '2026-03-12T14:00:00.000Z',
            location: 'Folkets hus',
            followUps: [{ goalStatus: 'på väg' }],
          },
          'kind',
        ],
      ] as const;

      it.each(refused)(
        'refuses %s through the REST API, naming the field, storing nothing',
        async (_what, type, data, field) => {
          const before = await cms.strapi.documents(type.uid).count({ status: 'draft' });
          const response = await cms.send('POST', `/api/${type.pluralName}`, { data }, writeToken);
          expect(response.status).toBe(400);
          expect(response.body.error.message).toContain(field);
          expect(await cms.strapi.documents(type.uid).count({ status: 'draft' })).toBe(before);
        },
      );
    });
  });
}
