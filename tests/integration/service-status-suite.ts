// Service plans and coordinators against the real CMS on one database: a personal contact is
// refused with the field named and nothing stored; publishing and unpublishing records a snapshot
// of the shares in the database, served read-only, without personal data; the shares in the latest
// snapshot equal what the public API counts.
import {
  municipalityStatuses,
  type ServiceCoordinator,
  type ServicePlan,
  SNAPSHOT_UID,
  serviceCoordinator,
  servicePlan,
  serviceStatusShares,
} from '@skb/content-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryInput, startTestCms, type TestCms, type TestDatabase } from '../support/cms.ts';

const plan = (municipality: string, over: Record<string, unknown> = {}) =>
  entryInput(servicePlan.uid, {
    title: `Serviceplan för kommun ${municipality} (exempeldata)`,
    summary: 'Exempeldata som testet skapar.',
    body: 'Planen tar upp dagligvaror, drivmedel och ombud.',
    municipality,
    adoptedAt: '2024-04-15',
    madeWithLocalGroups: true,
    localGroupsHow: 'Dialogmöten i tre byar.',
    documentUrl: 'https://example.se/serviceplan.pdf',
    source: 'Kommunens webbplats',
    sourceCheckedAt: '2026-10-01',
    ...over,
  });

const coordinator = (municipalities: string[], over: Record<string, unknown> = {}) =>
  entryInput(serviceCoordinator.uid, {
    title: `Landsbygdsutvecklare ${municipalities.join(', ')} (exempeldata)`,
    summary: 'Exempeldata som testet skapar.',
    body: 'Tjänsten samordnar kommunens arbete med lokal service.',
    municipalities,
    roleTitle: 'Landsbygdsutvecklare',
    unit: 'Näringslivsenheten',
    mandate: 'Samordnar arbetet med serviceplanen och stöttar byarnas servicepunkter.',
    fullTimePercent: 50,
    contactEmail: 'landsbygd@example.se',
    contactPhone: '0251-800 00',
    ...over,
  });

export function describeServiceStatus(database: TestDatabase): void {
  describe(`service status on ${database}`, () => {
    let cms: TestCms;
    let token: string;

    beforeAll(async () => {
      cms = await startTestCms({ database });
      token = await cms.apiToken('full-access');
    });
    afterAll(async () => {
      await cms?.stop();
    });

    const snapshots = async () => {
      const { status, body } = await cms.get('/api/service-status/snapshots?filters[reason]=x&populate=*');
      expect(status).toBe(200);
      return body.data as { takenAt: string; reason: string; national: Record<string, number>; counties: object }[];
    };
    const publish = (uid: string, documentId: string) =>
      cms.strapi.documents(uid as never).publish({ documentId, locale: 'sv' } as never);

    it.each([
      ['a first.last address', { contactEmail: 'karin.lindberg@example.se' }, 'contactEmail', /förnamn\.efternamn/],
      ['a private mail service', { contactEmail: 'landsbygd@hotmail.com' }, 'contactEmail', /hotmail\.com/],
      ['a mobile number', { contactPhone: '070-312 45 67' }, 'contactPhone', /mobilnummer/],
    ])(
      'refuses %s as a coordinator’s contact, naming the field, and stores nothing',
      async (_what, over, field, why) => {
        const before = await cms.strapi.documents(serviceCoordinator.uid).count({ status: 'draft' });
        const response = await cms.send(
          'POST',
          '/api/service-coordinators',
          { data: coordinator(['2039'], over) },
          token,
        );
        expect(response.status).toBe(400);
        expect(response.body.error.message).toContain(field);
        expect(response.body.error.message).toMatch(why);
        expect(response.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toContain(field);
        await expect(
          cms.strapi.documents(serviceCoordinator.uid).create({ data: coordinator(['2039'], over) }),
        ).rejects.toThrow(field);
        expect(await cms.strapi.documents(serviceCoordinator.uid).count({ status: 'draft' })).toBe(before);
      },
    );

    it('records a snapshot when a plan is published and when it is unpublished, and serves them read-only', async () => {
      const before = (await snapshots()).length;
      const created = await cms.strapi.documents(servicePlan.uid).create({ data: plan('2039') });
      // Saving a draft changes nothing public, so records nothing.
      expect((await snapshots()).length).toBe(before);
      await publish(servicePlan.uid, created.documentId);
      const afterPublish = await snapshots();
      expect(afterPublish.length).toBe(before + 1);
      const taken = afterPublish.at(-1);
      expect(taken?.reason).toBe('publish service-plan');
      expect(taken?.national).toEqual({ municipalities: 290, withCoordinator: 0, withCurrentPlan: 1, withPlan: 1 });
      expect(taken?.counties).toMatchObject({ '20': { municipalities: 15, withCurrentPlan: 1 } });
      expect(Object.keys(taken ?? {}).sort()).toEqual(['counties', 'national', 'reason', 'takenAt']);

      await cms.strapi.documents(servicePlan.uid).unpublish({ documentId: created.documentId, locale: 'sv' });
      const afterUnpublish = await snapshots();
      expect(afterUnpublish.length).toBe(before + 2);
      expect(afterUnpublish.at(-1)).toMatchObject({ reason: 'unpublish service-plan', national: { withPlan: 0 } });
      expect(await cms.strapi.db.query(SNAPSHOT_UID).count()).toBe(before + 2);

      // Nobody writes history over HTTP, with or without a token.
      for (const method of ['POST', 'PUT', 'DELETE']) {
        const response = await fetch(`${cms.url}/api/service-status/snapshots`, {
          method,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ data: { reason: 'x' } }),
        });
        expect([404, 405]).toContain(response.status);
      }
      expect((await cms.get('/api/service-status-snapshots')).status).toBe(404);
    });

    it('records a snapshot when an entry is created already published, as the seed does', async () => {
      const before = (await snapshots()).length;
      await cms.strapi.documents(serviceCoordinator.uid).create({ data: coordinator(['0604']), status: 'published' });
      const after = await snapshots();
      expect(after.length).toBe(before + 1);
      expect(after.at(-1)).toMatchObject({ reason: 'publish service-coordinator', national: { withCoordinator: 1 } });
    });

    it('counts in its snapshots exactly what the public API serves, and no contact', async () => {
      const plans = [
        plan('2023', { adoptedAt: '2021-03-01' }), // overdue in late 2026 and after
        plan('2463', { adoptedAt: '2019-02-01', revisedAt: '2025-06-10' }),
        plan('2482', { madeWithLocalGroups: false, localGroupsHow: null }),
      ];
      for (const data of plans) {
        const created = await cms.strapi.documents(servicePlan.uid).create({ data });
        await publish(servicePlan.uid, created.documentId);
      }
      const shared = await cms.strapi
        .documents(serviceCoordinator.uid)
        .create({ data: coordinator(['2023', '2039'], { contactEmail: 'servicesamordnare@example.se' }) });
      await publish(serviceCoordinator.uid, shared.documentId);
      // A draft coordinator is not counted.
      await cms.strapi.documents(serviceCoordinator.uid).create({ data: coordinator(['0180']) });

      const apiPlans = (await cms.get('/api/service-plans?pagination[pageSize]=100')).body.data as ServicePlan[];
      const apiCoordinators = (await cms.get('/api/service-coordinators?pagination[pageSize]=100')).body
        .data as ServiceCoordinator[];
      const taken = (await snapshots()).at(-1);
      expect(taken?.reason).toBe('publish service-coordinator');
      const fromApi = serviceStatusShares(
        municipalityStatuses({ plans: apiPlans, coordinators: apiCoordinators, now: new Date(taken?.takenAt ?? 0) }),
      ).national;
      // Counted by hand from the API as well, not only through the function under test.
      expect(taken?.national.withPlan).toBe(new Set(apiPlans.map((p) => p.municipality)).size);
      expect(taken?.national.withCoordinator).toBe(new Set(apiCoordinators.flatMap((c) => c.municipalities)).size);
      expect(taken?.national).toEqual({
        municipalities: 290,
        withCoordinator: fromApi.withCoordinator,
        withCurrentPlan: fromApi.withCurrentPlan,
        withPlan: fromApi.withPlan,
      });
      expect(taken?.national).toMatchObject({ withCoordinator: 3, withPlan: 3 });
      expect(JSON.stringify(await snapshots())).not.toMatch(/@|landsbygd|0251/);
    });
  });
}
