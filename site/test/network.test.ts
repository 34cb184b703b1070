// The network's own work on the site: goals' status history in meeting order, the next meeting and
// the latest minutes, the lists' own filters, places on county pages, and list facts.
import { describe, expect, it } from 'vitest';
import { createBank } from '../src/lib/bank.ts';
import { goalHistories, latestMinutes, nextMeeting } from '../src/lib/goal-history.ts';
import { listPages } from '../src/lib/listing.ts';
import { listPath, meetingPath, networkPagePath } from '../src/lib/routes.ts';
import { noEntries, serviceAreas } from './fixtures.ts';
import { advocacyAction, goal, meeting, network, project } from './network-fixtures.ts';

const NOW = new Date('2026-11-30T12:00:00Z');

function bankWith(fill: (entries: ReturnType<typeof noEntries>) => void) {
  const entries = noEntries();
  fill(entries);
  return createBank({ entries, serviceAreas, now: NOW });
}

describe('goal history', () => {
  const bank = bankWith((entries) => {
    entries.goal.push(
      goal({ documentId: 'g2', position: 2, slug: 'mal-2', title: 'Mål två' }),
      goal({ documentId: 'g1', position: 1, slug: 'mal-1', title: 'Mål ett', goalSet: 'nätverkets mål' }),
    );
    // Out of order on purpose, and five meetings held: only the last four count.
    entries.event.push(
      meeting('m3', '2026-06-11T09:00:00.000Z', [
        ['g1', 'på väg'],
        ['g2', 'står still'],
      ]),
      meeting('m1', '2025-12-04T09:00:00.000Z', [['g1', 'ej påbörjad']]),
      meeting('m5', '2026-11-26T09:00:00.000Z', [
        ['g1', 'uppnådd'],
        ['g2', 'på väg'],
      ]),
      meeting('m2', '2026-03-12T09:00:00.000Z', [
        ['g1', 'ej påbörjad'],
        ['g2', 'ej påbörjad'],
      ]),
      meeting('m4', '2026-09-10T09:00:00.000Z', [['g1', 'på väg']]),
      meeting('m6', '2027-03-11T09:00:00.000Z', []),
    );
  });

  it('shows each goal at the last four meetings, oldest first, with its current status', () => {
    const [first, second] = goalHistories(bank, 'sv');
    expect(first?.goal.title).toBe('Mål ett');
    expect(first?.marks.map((mark) => mark.meeting.data.documentId)).toEqual(['m2', 'm3', 'm4', 'm5']);
    expect(first?.marks.map((mark) => mark.status)).toEqual(['ej påbörjad', 'på väg', 'på väg', 'uppnådd']);
    expect(first?.current?.status).toBe('uppnådd');
    // A meeting that did not follow a goal up is a gap, not a repeat of the last status.
    expect(second?.marks.map((mark) => mark.status)).toEqual(['ej påbörjad', 'står still', null, 'på väg']);
  });

  it('reads a goal measured from the service status from the snapshot before each meeting', () => {
    const counts = (withCoordinator: number) => ({
      municipalities: 290,
      withCoordinator,
      withCurrentPlan: 10,
      withPlan: 20,
    });
    const snapshot = (takenAt: string, withCoordinator: number) => ({
      takenAt,
      reason: 'daily',
      national: counts(withCoordinator),
      counties: {},
    });
    // Taken after m3 began (09:00) and after m4: m3 gets the June 1 count, m4 the one of that morning.
    const snapshots = [
      snapshot('2026-09-10T08:30:00.000Z', 140),
      snapshot('2026-06-11T10:00:00.000Z', 999),
      snapshot('2026-06-01T12:00:00.000Z', 120),
    ];
    const measured = bankWith((entries) => {
      entries.goal.push(
        goal({
          documentId: 'g2',
          indicator: {
            measure: 'Kommuner med servicesamordnare',
            unit: 'kommuner',
            targetValue: 290,
            targetDate: null,
            measuredFrom: 'servicesamordnare',
          },
        }),
      );
      entries.event.push(
        meeting('m2', '2026-03-12T09:00:00.000Z', [['g2', 'ej påbörjad']]),
        meeting('m3', '2026-06-11T09:00:00.000Z', [['g2', 'på väg']]),
        meeting('m4', '2026-09-10T09:00:00.000Z', [['g2', 'på väg']]),
      );
      const m2 = entries.event[0]?.followUps[0];
      if (m2) m2.measuredValue = 100;
    });
    const [history] = goalHistories(measured, 'sv', snapshots);
    // Before the first snapshot, the meeting's own figure stands.
    expect(history?.marks.map((mark) => [mark.measuredValue, mark.measuredBy])).toEqual([
      [100, 'meeting'],
      [120, 'status'],
      [140, 'status'],
    ]);
  });

  it('finds the next meeting and the latest minutes', () => {
    expect(nextMeeting(bank, 'sv')?.data.documentId).toBe('m6');
    expect(latestMinutes(bank, 'sv')?.data.documentId).toBe('m5');
  });

  it('has addresses for the network page and each meeting', () => {
    expect(networkPagePath('sv')).toBe('/natverket/');
    expect(meetingPath('sv', 'natverkstraff-mars')).toBe('/natverket/moten/natverkstraff-mars/');
    expect(meetingPath('en', 'network-meeting-march')).toBe('/en/network/meetings/network-meeting-march/');
  });
});

describe('the network’s lists', () => {
  const bank = bankWith((entries) => {
    entries.project.push(
      project({ documentId: 'p1', nationalImportance: true, counties: [], municipalities: [] }),
      project({
        documentId: 'p2',
        slug: 'avslutat',
        projectStatus: 'avslutat',
        startDate: '2022-01-01',
        endDate: '2023-12-31',
      }),
    );
    entries.network.push(network(), network({ documentId: 'n2', slug: 'leader', kind: 'leadergrupp', counties: [] }));
    entries['advocacy-action'].push(
      advocacyAction(),
      advocacyAction({
        documentId: 'a2',
        slug: 'debatt',
        kind: 'debattartikel',
        date: '2024-05-02',
        addressee: 'Riksdagen',
      }),
    );
  });
  const paths = (type: Parameters<typeof listPages>[2]) =>
    listPages(bank, 'sv', type).map((page) => listPath('sv', type, page.filter, page.page));

  it('filters projects by status, national importance and county', () => {
    expect(paths('project')).toEqual(
      expect.arrayContaining([
        '/projekt/',
        '/projekt/status/pagar/',
        '/projekt/status/avslutat/',
        '/projekt/betydelse/nationell/',
        '/projekt/lan/jamtland/',
        '/projekt/lan/hela-sverige/',
      ]),
    );
    const national = listPages(bank, 'sv', 'project').find(
      (page) => page.filter.kind === 'facet' && page.filter.facet === 'importance',
    );
    expect(national?.entries.map((entry) => entry.data.documentId)).toEqual(['p1']);
  });

  it('filters networks by kind and advocacy by kind, year and addressee, newest first', () => {
    expect(paths('network')).toEqual(
      expect.arrayContaining([
        '/natverk/typ/leadergrupp/',
        '/natverk/typ/regionalt-servicenatverk/',
        '/natverk/lan/dalarna/',
      ]),
    );
    expect(paths('advocacy-action')).toEqual(
      expect.arrayContaining([
        '/paverkan/typ/debattartikel/',
        '/paverkan/ar/2025/',
        '/paverkan/ar/2024/',
        '/paverkan/mottagare/riksdagen/',
      ]),
    );
    expect(bank.ofType('sv', 'advocacy-action').map((entry) => entry.data.documentId)).toEqual(['a1', 'a2']);
  });

  it('puts projects and networks on the pages of their counties', () => {
    expect(bank.inCounty('sv', '23').map((entry) => entry.key)).toContain('project/p2');
    expect(bank.inCounty('sv', '20').map((entry) => entry.key)).toContain('network/n1');
  });
});
