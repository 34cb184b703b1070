import { describe, expect, it } from 'vitest';
import { entryInputIssues, serviceCoordinator } from '../src/index.ts';
import { personalEmailReason, personalPhoneReason } from '../src/service-status/contact.ts';
import { municipalityStatuses, serviceStatusShares } from '../src/service-status/municipality-status.ts';
import { addYears, planStatus } from '../src/service-status/plan-status.ts';

// Instants chosen around Stockholm midnight: 23:00 UTC on 29 Nov is already 30 Nov in Stockholm (CET).
const stockholm = (iso: string) => new Date(iso);

describe('planStatus', () => {
  it('says no plan is known when there is none', () => {
    expect(planStatus(undefined, new Date())).toEqual({ status: 'ingen', lastDecision: null, revisionDueAt: null });
  });

  it('is adopted, then revised, with the year of the latest decision', () => {
    const now = stockholm('2026-06-01T10:00:00Z');
    expect(planStatus({ adoptedAt: '2024-03-12' }, now)).toMatchObject({
      status: 'antagen',
      lastDecision: '2024-03-12',
    });
    expect(planStatus({ adoptedAt: '2019-03-12', revisedAt: '2023-09-01' }, now)).toMatchObject({
      status: 'reviderad',
      lastDecision: '2023-09-01',
      revisionDueAt: '2027-09-01',
    });
  });

  it('is overdue from the day four years exactly after the latest decision, in Stockholm time', () => {
    const plan = { adoptedAt: '2018-01-10', revisedAt: '2022-11-30' };
    // 22:59 UTC on 29 Nov 2026 is 23:59 in Stockholm: still the day before.
    expect(planStatus(plan, stockholm('2026-11-29T22:59:00Z')).status).toBe('reviderad');
    // 23:00 UTC on 29 Nov 2026 is midnight in Stockholm: four years exactly.
    expect(planStatus(plan, stockholm('2026-11-29T23:00:00Z')).status).toBe('försenad');
    // In summer Stockholm is two hours ahead.
    expect(planStatus({ adoptedAt: '2022-06-15' }, stockholm('2026-06-14T21:59:00Z')).status).toBe('antagen');
    expect(planStatus({ adoptedAt: '2022-06-15' }, stockholm('2026-06-14T22:00:00Z')).status).toBe('försenad');
  });

  it('moves 29 February to 1 March in a year without one', () => {
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2024-02-29', 1)).toBe('2025-03-01');
  });
});

describe('municipalityStatuses and shares', () => {
  const now = stockholm('2026-11-30T12:00:00Z');
  const plans = [
    // Älvdalen: old plan and a newer revision of a second one; the latest decides.
    { documentId: 'p1', municipality: '2039', adoptedAt: '2015-05-01', madeWithLocalGroups: false },
    {
      documentId: 'p2',
      municipality: '2039',
      adoptedAt: '2020-05-01',
      revisedAt: '2025-01-20',
      madeWithLocalGroups: true,
    },
    // The same document in a second language counts once.
    {
      documentId: 'p2',
      municipality: '2039',
      adoptedAt: '2020-05-01',
      revisedAt: '2025-01-20',
      madeWithLocalGroups: true,
    },
    // Malung-Sälen: overdue.
    { documentId: 'p3', municipality: '2023', adoptedAt: '2021-03-01', madeWithLocalGroups: true },
    // Åsele (Västerbotten): current.
    { documentId: 'p4', municipality: '2463', adoptedAt: '2024-10-01', madeWithLocalGroups: false },
  ];
  const coordinators = [
    { documentId: 'c1', municipalities: ['2039', '2023'] },
    { documentId: 'c1', municipalities: ['2039', '2023'] },
    { documentId: 'c2', municipalities: ['2463'] },
  ];
  const statuses = municipalityStatuses({ plans, coordinators, now });

  it('has every municipality once, with the plan decided last and its coordinators', () => {
    expect(statuses).toHaveLength(290);
    const alvdalen = statuses.find((s) => s.code === '2039');
    expect(alvdalen).toMatchObject({ status: 'reviderad', hasCoordinator: true, hasCurrentPlan: true });
    expect(alvdalen?.plan?.documentId).toBe('p2');
    expect(alvdalen?.coordinators.map((c) => c.documentId)).toEqual(['c1']);
    expect(statuses.find((s) => s.code === '2023')).toMatchObject({ status: 'försenad', hasCurrentPlan: false });
    expect(statuses.find((s) => s.code === '0180')).toMatchObject({ status: 'ingen', hasCoordinator: false });
  });

  it('counts and shares nationally and per county', () => {
    const shares = serviceStatusShares(statuses);
    expect(shares.national).toMatchObject({ municipalities: 290, withCoordinator: 3, withCurrentPlan: 2, withPlan: 3 });
    expect(shares.national.coordinatorShare).toBeCloseTo(3 / 290);
    const dalarna = shares.counties.find((c) => c.code === '20');
    expect(dalarna).toMatchObject({ municipalities: 15, withCoordinator: 2, withCurrentPlan: 1, withPlan: 2 });
    expect(dalarna?.currentPlanShare).toBeCloseTo(1 / 15);
    expect(shares.counties).toHaveLength(21);
    expect(shares.counties.reduce((sum, c) => sum + c.municipalities, 0)).toBe(290);
  });
});

describe('a coordinator’s public contact', () => {
  it.each([
    'anna.svensson@alvdalen.se',
    'Anna.Svensson@alvdalen.se',
    'per-olof.ahlstrom@kommun.se',
    'åsa_lindqvist@malung-salen.se',
    'landsbygd@gmail.com',
  ])('refuses the personal address %s', (address) => {
    expect(personalEmailReason(address)).not.toBeNull();
  });

  it.each(['landsbygd@alvdalen.se', 'servicesamordnare@asele.se', 'landsbygd.service@kommun.se', 'info@kommun.se'])(
    'accepts the function address %s',
    (address) => {
      expect(personalEmailReason(address)).toBeNull();
    },
  );

  it.each(['070-123 45 67', '+46 73 123 45 67', '0046761234567', '0761234567'])(
    'refuses the mobile number %s',
    (phone) => {
      expect(personalPhoneReason(phone)).not.toBeNull();
    },
  );

  it.each(['0251-800 00', '+46 251 800 00', '08-123 456 00'])('accepts the switchboard number %s', (phone) => {
    expect(personalPhoneReason(phone)).toBeNull();
  });

  it('is refused at the door with the field named and the reason in Swedish', () => {
    const entry = {
      title: 'Landsbygdsutvecklare i Älvdalens kommun',
      slug: 'landsbygdsutvecklare-alvdalen',
      summary: 'Exempeldata.',
      body: 'Exempeldata.',
      municipalities: ['2039'],
      roleTitle: 'Landsbygdsutvecklare',
      unit: 'Näringslivsenheten',
      mandate: 'Samordnar kommunens arbete med lokal service.',
      fullTimePercent: 50,
      contactEmail: 'anna.svensson@alvdalen.se',
      contactPhone: '070-123 45 67',
    };
    expect(entryInputIssues(serviceCoordinator, entry)).toEqual([
      { field: 'contactEmail', message: expect.stringMatching(/^Personlig e-postadress: .*förnamn\.efternamn/) },
      { field: 'contactPhone', message: expect.stringMatching(/^Personligt telefonnummer: .*mobilnummer/) },
    ]);
    const ok = { ...entry, contactEmail: 'landsbygd@alvdalen.se', contactPhone: '0251-800 00' };
    expect(entryInputIssues(serviceCoordinator, ok)).toEqual([]);
    expect(entryInputIssues(serviceCoordinator, { ...ok, contactEmail: null, contactPhone: null })).toEqual([
      { field: 'contactEmail', message: expect.stringMatching(/minst en kontaktväg/) },
    ]);
  });
});
