// The inputs of an entry's page decide which pages a partial build renders (src/lib/page-inputs.ts):
// they must change whenever anything the page shows changes, and only then. The equality of a
// partial and a full build is proven in tests/e2e/site-partial.test.ts; these are the cases one by
// one, and the guard that keeps the list of what an entry page reads from the bank complete.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceStatusSnapshot } from '@skb/content-types';
import { municipalities } from '@skb/content-types';
import { describe, expect, it } from 'vitest';
import { type Bank, createBank } from '../src/lib/bank.ts';
import type { Meeting } from '../src/lib/goal-history.ts';
import { listPages } from '../src/lib/listing.ts';
import {
  entryPageDigest,
  listPageDigest,
  meetingPageDigest,
  municipalityPageDigest,
  scopedFeedDigest,
} from '../src/lib/page-inputs.ts';
import type { Status } from '../src/lib/service-status.ts';
import type { FaqItem } from '../src/loader/cms-client.ts';
import { AREAS, caseStudy, method, noEntries, serviceAreas } from './fixtures.ts';
import { goal, meeting } from './network-fixtures.ts';
import { now } from './sample-bank.ts';

type Entries = ReturnType<typeof noEntries>;

/** A bank of a method citing a case study, a case study in the same area, and one elsewhere. */
function build(): Entries {
  const all = noEntries();
  all.method.push(
    method({
      documentId: 'm1',
      caseStudies: [
        { documentId: 'c1', title: 'Sörsjön', slug: 'sorsjon', locale: 'sv', municipalities: [], coordinates: null },
      ],
    }),
  );
  all['case-study'].push(
    caseStudy({ documentId: 'c1', slug: 'sorsjon' }),
    caseStudy({ documentId: 'c2', slug: 'mora', title: 'Mora' }),
    caseStudy({ documentId: 'c3', slug: 'kiruna', title: 'Kiruna', serviceAreas: [AREAS.drivmedel] }),
  );
  return all;
}

// The fixtures number their entries as they are made: one set, copied, is the same content each time.
const BASE = build();
const entries = (): Entries => structuredClone(BASE);

const bankOf = (all: Entries): Bank => createBank({ entries: all, serviceAreas, now });

function digestOf(bank: Bank, key: string): string | null {
  const entry = bank.versionsOf(key).sv;
  if (!entry) throw new Error(`no ${key} in the bank`);
  return entryPageDigest(bank, entry);
}

describe('the inputs of an entry page', () => {
  it('are the same for the same content', () => {
    expect(digestOf(bankOf(entries()), 'method/m1')).toBe(digestOf(bankOf(entries()), 'method/m1'));
  });

  it('change with the entry itself', () => {
    const changed = entries();
    changed.method[0] = { ...changed.method[0], title: 'Ny titel' } as Entries['method'][number];
    expect(digestOf(bankOf(changed), 'method/m1')).not.toBe(digestOf(bankOf(entries()), 'method/m1'));
  });

  it('change with an entry shown among its related ones, and not with one that is not', () => {
    const before = bankOf(entries());
    const related = entries();
    related['case-study'][1] = {
      ...related['case-study'][1],
      summary: 'Ny sammanfattning.',
    } as Entries['case-study'][number];
    expect(digestOf(bankOf(related), 'method/m1')).not.toBe(digestOf(before, 'method/m1'));
    const elsewhere = entries();
    elsewhere['case-study'][2] = {
      ...elsewhere['case-study'][2],
      summary: 'Ny sammanfattning.',
    } as Entries['case-study'][number];
    expect(digestOf(bankOf(elsewhere), 'method/m1')).toBe(digestOf(before, 'method/m1'));
  });

  it('change when an entry it links to is unpublished (the link becomes its name alone)', () => {
    const unpublished = entries();
    // c1 leaves; c2 stays related, so only the link differs.
    unpublished['case-study'] = unpublished['case-study'].filter((item) => item.documentId !== 'c1');
    const withoutRelated = (all: Entries) => {
      all['case-study'] = all['case-study'].map((item) => ({ ...item, serviceAreas: [AREAS.drivmedel] }));
      return bankOf(all);
    };
    expect(digestOf(withoutRelated(unpublished), 'method/m1')).not.toBe(
      digestOf(withoutRelated(entries()), 'method/m1'),
    );
  });

  it('are none for a goal, whose page reads every goal and the service status: always rendered', () => {
    const all = entries();
    const bank = bankOf(all);
    const goal = { ...bank.versionsOf('method/m1').sv, type: 'goal' } as Parameters<typeof entryPageDigest>[1];
    expect(entryPageDigest(bank, goal)).toBeNull();
  });
});

/** Every list page of the case studies in Swedish, by its filter and number: its digest. */
function listDigests(bank: Bank): Record<string, string> {
  return Object.fromEntries(
    listPages(bank, 'sv', 'case-study').map((page) => [
      `${JSON.stringify(page.filter)} ${page.page}`,
      listPageDigest(bank, page, undefined),
    ]),
  );
}

const changedKeys = (a: Record<string, string>, b: Record<string, string>) =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => a[key] !== b[key]).sort();

describe('the inputs of a list page', () => {
  it('are the same for the same content', () => {
    expect(listDigests(bankOf(entries()))).toEqual(listDigests(bankOf(entries())));
  });

  it('change on the lists an edited entry is on, and only there', () => {
    const changed = entries();
    changed['case-study'][2] = {
      ...changed['case-study'][2],
      title: 'Kiruna, ny titel',
    } as Entries['case-study'][number];
    // Kiruna is in the full list, the fuel area's list and its county's list; not in the groceries' list.
    const before = listDigests(bankOf(entries()));
    const changedLists = changedKeys(before, listDigests(bankOf(changed)));
    expect(changedLists.map((key) => JSON.parse(key.replace(/ \d+$/, '')))).toEqual([
      { kind: 'all' },
      { kind: 'area', area: expect.objectContaining({ slug: 'drivmedel' }) },
      { kind: 'county', county: expect.objectContaining({ code: '20' }) },
    ]);
    expect(Object.keys(before).length).toBeGreaterThan(changedLists.length);
  });

  it('change on every list of the type when the filters offered change (a new area gets entries)', () => {
    const before = listDigests(bankOf(entries()));
    const moved = entries();
    moved['case-study'][0] = {
      ...moved['case-study'][0],
      serviceAreas: [AREAS.drivmedel],
    } as Entries['case-study'][number];
    const after = listDigests(bankOf(moved));
    // The counts beside each filter change, so every page of the type is rendered again.
    expect(changedKeys(before, after)).toEqual([...new Set([...Object.keys(before), ...Object.keys(after)])].sort());
  });

  it('change on a list the edited entry is not on when the counts beside its filters change', () => {
    const key = (digests: Record<string, string>) =>
      Object.keys(digests).find((name) => name.includes('"slug":"dagligvaror"'));
    const before = listDigests(bankOf(entries()));
    // Kiruna (fuel only) moves to a municipality in another county: the groceries' list does not
    // have it, but the county filter it offers counts differently.
    const moved = entries();
    moved['case-study'][2] = { ...moved['case-study'][2], municipalities: ['0180'] } as Entries['case-study'][number];
    const after = listDigests(bankOf(moved));
    const groceries = key(before);
    if (!groceries) throw new Error('no groceries list');
    expect(after[groceries]).not.toBe(before[groceries]);
  });

  it("change on a filter's later pages with the filters offered, not with their counts", () => {
    // 45 case studies in the groceries area and Dalarna, the first also about fuel: three pages of the
    // groceries' list.
    const base = noEntries();
    for (let index = 1; index <= 45; index++)
      base['case-study'].push(
        caseStudy({
          documentId: `g${index}`,
          slug: `g${index}`,
          title: `Butik ${index}`,
          ...(index === 1 ? { serviceAreas: [AREAS.dagligvaror, AREAS.drivmedel] } : {}),
        }),
      );
    const many = (): Entries => structuredClone(base);
    const pageOf = (digests: Record<string, string>, slug: string, page: number) => {
      const key = Object.keys(digests).find((name) => name.includes(`"slug":"${slug}"`) && name.endsWith(` ${page}`));
      if (!key) throw new Error(`no page ${page} of ${slug}`);
      return digests[key];
    };
    const before = listDigests(bankOf(many()));
    // A new case study about fuel: the groceries' list does not have it, but the counts beside every
    // filter change. Only the first page shows them.
    const added = many();
    added['case-study'].push(caseStudy({ documentId: 'x1', slug: 'x1', serviceAreas: [AREAS.drivmedel] }));
    const counted = listDigests(bankOf(added));
    expect(pageOf(counted, 'dagligvaror', 1)).not.toBe(pageOf(before, 'dagligvaror', 1));
    expect(pageOf(counted, 'dagligvaror', 2)).toBe(pageOf(before, 'dagligvaror', 2));
    expect(pageOf(counted, 'dagligvaror', 3)).toBe(pageOf(before, 'dagligvaror', 3));
    // A case study about groceries in Stockholm, a county no case study was in: a filter more on every page.
    const offered = many();
    offered['case-study'].push(
      caseStudy({ documentId: 'x1', slug: 'x1', municipalities: ['0180'], publishedAt: '2020-01-01T10:00:00.000Z' }),
    );
    const choices = listDigests(bankOf(offered));
    // (The entry is the groceries' oldest, last on page 3, so page 2 changes only by the filters.)
    expect(pageOf(choices, 'dagligvaror', 2)).not.toBe(pageOf(before, 'dagligvaror', 2));
  });

  it('change with the address of the same list in the other language', () => {
    const bank = bankOf(entries());
    const [page] = listPages(bank, 'sv', 'case-study');
    if (!page) throw new Error('no list page');
    expect(listPageDigest(bank, page, '/en/case-studies/')).not.toBe(listPageDigest(bank, page, undefined));
  });
});

describe('the inputs of a feed of a scope', () => {
  const area = () => {
    const found = bankOf(entries()).area('drivmedel');
    if (!found) throw new Error('no fuel area');
    return found;
  };
  const rss = (bank: Bank) =>
    scopedFeedDigest({ bank, locale: 'sv', file: { kind: 'rss', scope: { area: area() } }, now });

  it('change with an entry the feed carries, and not with one it does not', () => {
    const before = rss(bankOf(entries()));
    const inside = entries();
    inside['case-study'][2] = { ...inside['case-study'][2], summary: 'Ny.' } as Entries['case-study'][number];
    expect(rss(bankOf(inside))).not.toBe(before);
    const outside = entries();
    outside['case-study'][1] = { ...outside['case-study'][1], summary: 'Ny.' } as Entries['case-study'][number];
    expect(rss(bankOf(outside))).toBe(before);
  });

  it('differ between the files of a scope (all types, one type, a calendar)', () => {
    const bank = bankOf(entries());
    const scope = { area: area() };
    const digests = [
      rss(bank),
      scopedFeedDigest({ bank, locale: 'sv', file: { kind: 'rss', scope, type: 'case-study' }, now }),
      scopedFeedDigest({ bank, locale: 'sv', file: { kind: 'ical', scope, feed: 'events' }, now }),
      scopedFeedDigest({ bank, locale: 'sv', file: { kind: 'ical', scope, feed: 'funding' }, now }),
    ];
    expect(new Set(digests).size).toBe(digests.length);
  });
});

describe("the inputs of a municipality's page", () => {
  const municipality = (code: string) => {
    const found = municipalities.find((m) => m.code === code);
    if (!found) throw new Error(`no municipality ${code}`);
    return found;
  };
  // The fixtures' case studies are in Älvdalen (2039); Mora (2062) is its neighbour, Kiruna (2584) far away.
  const digest = (
    all: Entries,
    code: string,
    extra: { faq?: FaqItem[]; statuses?: Status[]; locale?: 'sv' | 'en' } = {},
  ) =>
    municipalityPageDigest({
      bank: bankOf(all),
      faq: extra.faq ?? [],
      statuses: extra.statuses ?? [],
      locale: extra.locale ?? 'sv',
      municipality: municipality(code),
    });
  const edited = () => {
    const changed = entries();
    changed['case-study'][1] = { ...changed['case-study'][1], summary: 'Ny.' } as Entries['case-study'][number];
    return changed;
  };

  it('are the same for the same content and differ between municipalities and languages', () => {
    expect(digest(entries(), '2039')).toBe(digest(entries(), '2039'));
    expect(digest(entries(), '2039')).not.toBe(digest(entries(), '2062'));
    expect(digest(entries(), '2039')).not.toBe(digest(entries(), '2039', { locale: 'en' }));
  });

  it("change with an entry there and with a neighbour's, not with one far away", () => {
    expect(digest(edited(), '2039')).not.toBe(digest(entries(), '2039'));
    // Mora lists Älvdalen's first entries among its neighbours'.
    expect(digest(edited(), '2062')).not.toBe(digest(entries(), '2062'));
    expect(digest(edited(), '2584')).toBe(digest(entries(), '2584'));
  });

  it("change with the helpdesk's answers about it and with its service status", () => {
    const answer = { documentId: 'q1', question: 'Var finns närmaste paketombud?', municipalities: ['2039'] };
    expect(digest(entries(), '2039', { faq: [answer as unknown as FaqItem] })).not.toBe(digest(entries(), '2039'));
    expect(digest(entries(), '2584', { faq: [answer as unknown as FaqItem] })).toBe(digest(entries(), '2584'));
    const status = { code: '2039', status: 'antagen' } as unknown as Status;
    expect(digest(entries(), '2039', { statuses: [status] })).not.toBe(digest(entries(), '2039'));
    expect(digest(entries(), '2584', { statuses: [status] })).toBe(digest(entries(), '2584'));
  });
});

describe("the inputs of a network meeting's page", () => {
  const measured = {
    measure: 'Kommuner med servicesamordnare',
    unit: 'kommuner',
    targetValue: 290,
    targetDate: null,
    measuredFrom: 'servicesamordnare' as const,
  };
  /** Goal g1 measured from the service status, g2 not; meetings m1 (follows up both) and m2 (g2). */
  const meetings = noEntries();
  meetings.goal.push(
    goal({ documentId: 'g1', indicator: measured }),
    goal({ documentId: 'g2', slug: 'mal-tva', title: 'Mål två' }),
  );
  meetings.event.push(
    meeting('m1', '2026-06-11T09:00:00.000Z', [
      ['g1', 'på väg'],
      ['g2', 'står still'],
    ]),
    meeting('m2', '2026-09-10T09:00:00.000Z', [['g2', 'på väg']]),
  );
  // The same content each time (the fixtures number what they make), changed as a test says.
  function meetingsBank(change: (all: Entries) => void = () => undefined): Bank {
    const all = structuredClone(meetings);
    change(all);
    return createBank({ entries: all, serviceAreas, now });
  }
  const snapshot = (takenAt: string, withCoordinator: number): ServiceStatusSnapshot =>
    ({
      takenAt,
      reason: 'daily',
      national: { municipalities: 290, withCoordinator, withCurrentPlan: 10, withPlan: 20 },
      counties: {},
    }) as unknown as ServiceStatusSnapshot;
  const digest = (bank: Bank, id: string, snapshots: ServiceStatusSnapshot[] = []) => {
    const found = bank.ofType('sv', 'event').find((entry) => entry.data.documentId === id) as Meeting;
    return meetingPageDigest({ bank, meeting: found, snapshots });
  };

  it('change with the meeting, with any goal of its language, and not with another meeting', () => {
    const before = meetingsBank();
    const retitled = meetingsBank((all) => {
      const second = all.event[1];
      if (second) second.title = 'Nätverksträff i september';
    });
    expect(digest(retitled, 'm1')).toBe(digest(before, 'm1'));
    expect(digest(retitled, 'm2')).not.toBe(digest(before, 'm2'));
    const goalRenamed = meetingsBank((all) => {
      const first = all.goal[0];
      if (first) first.title = 'Servicesamordnare i varje kommun';
    });
    // Both pages list the goals in their order with their titles.
    expect(digest(goalRenamed, 'm1')).not.toBe(digest(before, 'm1'));
    expect(digest(goalRenamed, 'm2')).not.toBe(digest(before, 'm2'));
  });

  it('change with the service status only where a goal measured from it is followed up', () => {
    const bank = meetingsBank();
    const june = [snapshot('2026-06-01T12:00:00.000Z', 120)];
    const moreInJune = [snapshot('2026-06-01T12:00:00.000Z', 121)];
    const afterTheMeeting = [...june, snapshot('2026-07-01T12:00:00.000Z', 500)];
    expect(digest(bank, 'm1', june)).not.toBe(digest(bank, 'm1'));
    expect(digest(bank, 'm1', moreInJune)).not.toBe(digest(bank, 'm1', june));
    // A snapshot after the meeting began does not change what it shows.
    expect(digest(bank, 'm1', afterTheMeeting)).toBe(digest(bank, 'm1', june));
    // m2 follows up g2 only, which is not measured from the status.
    expect(digest(bank, 'm2', moreInJune)).toBe(digest(bank, 'm2'));
  });
});

describe('what an entry page reads besides its entry', () => {
  /** Files reachable from EntryPage.astro by relative imports. */
  function reachable(start: string): string[] {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const [, target] of text.matchAll(/^import[^'"]*['"](\.{1,2}\/[^'"]+)['"]/gm)) {
        if (target && /\.(astro|ts)$/.test(target)) visit(path.resolve(path.dirname(file), target));
      }
    };
    visit(start);
    return [...seen];
  }

  const src = fileURLToPath(new URL('../src/', import.meta.url));
  const readersFrom = (start: string) =>
    reachable(path.join(src, start))
      .filter((file) => /\b(getBank|getFaq|getStatuses|getSnapshots|cmsData)\(/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(src, file))
      .sort();

  it('is what src/lib/page-inputs.ts accounts for: add any new reader there', () => {
    const readers = readersFrom('components/pages/EntryPage.astro');
    expect(readers).toEqual(
      [
        // relatedEntries(bank, entry, locale): in the inputs.
        'components/pages/EntryPage.astro',
        // Goals only (every goal's history, every municipality's status): goal pages always render.
        'components/entry/GoalDetails.astro',
        'components/network/GoalMeasure.astro',
        // refPath(bank, type, documentId, locale) of every document id in the entry: in the inputs.
        'components/entry/RefList.astro',
        // The modules that read the CMS data (src/data): reached only through the above.
        'data/cms-data.ts',
        'data/loaded-bank.ts',
        'data/service-status.ts',
      ].sort(),
    );
  });

  it('is, for a list page, what src/lib/page-inputs.ts accounts for', () => {
    expect(readersFrom('components/pages/ListPage.astro')).toEqual(
      [
        // filterOptions(bank, …) and bank.ofType(…).length beside the page's own entries: in the inputs.
        'components/pages/ListPage.astro',
        'data/cms-data.ts',
        'data/loaded-bank.ts',
      ].sort(),
    );
  });

  it("is, for a municipality's page, what src/lib/page-inputs.ts accounts for", () => {
    expect(readersFrom('components/pages/MunicipalityPage.astro')).toEqual(
      [
        // municipalityView(bank, faq, locale, municipality): in the inputs.
        'components/pages/MunicipalityPage.astro',
        // Its service status: in the inputs.
        'components/status/MunicipalityStatus.astro',
        'data/cms-data.ts',
        'data/loaded-bank.ts',
        'data/service-status.ts',
      ].sort(),
    );
  });

  it("is, for a network meeting's page, what src/lib/page-inputs.ts accounts for", () => {
    expect(readersFrom('components/pages/MeetingPage.astro')).toEqual(
      [
        // The meeting, the goals of its language, their values at the meeting (measuredAtMeeting with the
        // snapshots) and its other version: in the inputs.
        'components/pages/MeetingPage.astro',
        'data/cms-data.ts',
        'data/loaded-bank.ts',
        'data/service-status.ts',
      ].sort(),
    );
  });

  it('is, for a feed of a county or an area, what src/lib/page-inputs.ts accounts for', () => {
    expect(readersFrom('data/scoped-feeds.ts')).toEqual(
      [
        // rssEntries and icalItems (src/lib/feed-items.ts): in the inputs. getFaq: the helpdesk's feed only.
        'data/cms-data.ts',
        'data/feeds.ts',
        'data/loaded-bank.ts',
      ].sort(),
    );
  });
});
