import { municipalityStatuses } from '@skb/content-types';
import { describe, expect, it } from 'vitest';
import { followUp, followUpCsv, followUpText } from '../report/municipalities.ts';

const now = new Date('2026-11-30T12:00:00Z');
const statuses = municipalityStatuses({
  plans: [
    {
      documentId: 'a',
      municipality: '2039',
      adoptedAt: '2019-05-20',
      revisedAt: '2024-02-12',
      madeWithLocalGroups: true,
    },
    { documentId: 'b', municipality: '2023', adoptedAt: '2021-03-01', madeWithLocalGroups: true },
  ],
  coordinators: [{ documentId: 'c', municipalities: ['2039', '2023'] }],
  now,
});

describe('the municipalities follow-up report', () => {
  it('names, per county, the municipalities without plan or coordinator and the overdue plans', () => {
    const [dalarna] = followUp(statuses, '20');
    expect(dalarna).toMatchObject({ code: '20', municipalities: 15, withCoordinator: 2, withCurrentPlan: 1 });
    expect(dalarna?.noPlan).toHaveLength(13);
    expect(dalarna?.noPlan).not.toContain('Älvdalen');
    expect(dalarna?.noCoordinator).not.toContain('Malung-Sälen');
    expect(dalarna?.overdue).toEqual([
      { name: 'Malung-Sälen', lastDecision: '2021-03-01', revisionDueAt: '2025-03-01' },
    ]);
    // Swedish order: Å, Ä and Ö come last.
    expect(followUp(statuses, '12')[0]?.noPlan.slice(-4)).toEqual([
      'Åstorp',
      'Ängelholm',
      'Örkelljunga',
      'Östra Göinge',
    ]);
    expect(followUp(statuses)).toHaveLength(21);
  });

  it('writes text for a county branch and CSV for a spreadsheet', () => {
    const report = followUp(statuses, '20');
    const text = followUpText(report, '2026-11-30');
    expect(text).toContain('Dalarnas län (20): 15 kommuner, 2 med servicesamordnare, 1 med serviceplan reviderad');
    expect(text).toContain(
      'Revidering försenad (1): Malung-Sälen (senaste beslut 2021-03-01, skulle revideras senast 2025-03-01)',
    );
    const csv = followUpCsv(report).split('\r\n');
    expect(csv[0]).toBe('countyCode,county,municipality,followUp,detail');
    expect(csv).toContain('20,Dalarnas län,Malung-Sälen,revidering försenad,senaste beslut 2021-03-01');
  });
});
