import { describe, expect, it } from 'vitest';
import { createBank } from '../src/lib/bank.ts';
import { bankStatuses, municipalityRecord, planStatusText, shareHistory } from '../src/lib/service-status.ts';
import { noEntries, serviceAreas, serviceCoordinator, servicePlan } from './fixtures.ts';

const now = new Date('2026-11-30T12:00:00Z');
const entries = noEntries();
entries['service-plan'].push(
  servicePlan(),
  servicePlan({
    documentId: 'sp2',
    slug: 'plan-malung',
    municipality: '2023',
    adoptedAt: '2021-03-01',
    revisedAt: null,
  }),
);
entries['service-coordinator'].push(serviceCoordinator({ municipalities: ['2039', '2023'] }));
const bank = createBank({ entries, serviceAreas, now });
const statuses = bankStatuses(bank, 'sv');
function byCode(code: string) {
  const found = statuses.find((s) => s.code === code);
  if (!found) throw new Error(`no status for ${code}`);
  return found;
}

describe('service status on the site', () => {
  it('says the status with its year, and how long ago an overdue plan was decided', () => {
    expect(planStatusText(byCode('2039'), 'sv')).toBe('Reviderad 2024');
    expect(planStatusText(byCode('2023'), 'sv')).toBe('Revidering försenad (antagen 2021)');
    expect(planStatusText(byCode('2023'), 'en')).toBe('Revision overdue (adopted 2021)');
    expect(planStatusText(byCode('0180'), 'sv')).toBe('Ingen känd plan');
  });

  it('places plans and coordinators in their municipalities in the bank', () => {
    expect(
      bank
        .inMunicipality('sv', '2023')
        .map((e) => e.key)
        .sort(),
    ).toEqual(['service-coordinator/sc1', 'service-plan/sp2']);
  });

  it('writes a municipality row with SCB codes and no contact', () => {
    const record = municipalityRecord(
      byCode('2039'),
      (p) => `https://x.example${p}`,
      (plan) => `/serviceplaner/${plan.slug}/`,
    );
    expect(record).toMatchObject({
      municipalityCode: '2039',
      countyCode: '20',
      planStatus: 'reviderad',
      planAdopted: '2019-05-20',
      planRevised: '2024-02-12',
      planRevisionDue: '2028-02-12',
      madeWithLocalGroups: true,
      hasCoordinator: true,
      coordinatorRoles: ['Landsbygdsutvecklare'],
    });
    expect(JSON.stringify(record)).not.toContain('@');
  });

  it('keeps the last snapshot of each Stockholm day for the history', () => {
    const counts = (withCoordinator: number) => ({
      municipalities: 290,
      withCoordinator,
      withCurrentPlan: 1,
      withPlan: 2,
    });
    const snapshot = (takenAt: string, withCoordinator: number) => ({
      takenAt,
      reason: 'publish service-plan',
      national: counts(withCoordinator),
      counties: { '20': { municipalities: 15, withCoordinator, withCurrentPlan: 1, withPlan: 2 } },
    });
    const history = shareHistory([
      snapshot('2026-11-29T10:00:00.000Z', 1),
      snapshot('2026-11-29T22:30:00.000Z', 2), // 23:30 in Stockholm: still the 29th
      snapshot('2026-11-29T23:30:00.000Z', 3), // 00:30 on the 30th in Stockholm
    ]);
    expect(history.map((p) => [p.date, p.withCoordinator])).toEqual([
      ['2026-11-29', 2],
      ['2026-11-30', 3],
    ]);
    expect(shareHistory([snapshot('2026-11-29T10:00:00.000Z', 3)], '20')[0]?.coordinatorShare).toBeCloseTo(3 / 15);
  });
});
