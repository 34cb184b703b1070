// What a page is made of, as data: for an entry's page, the entry itself and everything EntryPage
// and its components read from the rest of the bank (the related entries, the pages its relations
// link to); for a list page, its entries and the filters it offers; for a feed of a county or a
// service area, the entries or calendar items it carries; for a municipality's page, its entries,
// its neighbours', the funding calls open to it and its service status. Two builds that give a page
// the same inputs render it byte for byte the same (with the same code, settings and build time), so
// a partial build renders only the pages whose inputs changed and takes the others from the build
// before it (src/data/partial.ts). The inputs are computed with the very functions the pages render
// with (relatedEntries, refPath, filterOptions, rssEntries, icalItems, municipalityView,
// measuredAtMeeting);
// test/page-inputs.test.ts holds the list of components that read the bank, so a new reader cannot
// be forgotten here.
import { type MunicipalityRecord, PUBLIC_TYPE_NAMES, type ServiceStatusSnapshot } from '@skb/content-types';
import type { FaqItem } from '../loader/cms-client.ts';
import type { Bank, BankEntry } from './bank.ts';
import { digestOf, entryDigest } from './entry-digest.ts';
import { icalItems, rssEntries, type ScopedFeedProps } from './feed-items.ts';
import { type Meeting, measuredAtMeeting } from './goal-history.ts';
import { type Locale, otherLocale } from './i18n.ts';
import { filterChoices, filterOptions, type ListPage, showsFilterCounts } from './listing.ts';
import { refPath, relatedEntries } from './related.ts';
import type { Status } from './service-status.ts';
import { municipalityView } from './views.ts';

/**
 * Types whose page reads far more of the bank (a goal: every goal's history and the service status
 * of every municipality): their pages are rendered in every build.
 */
export const WHOLE_BANK_TYPES: ReadonlySet<string> = new Set(['goal']);

/** Every document id anywhere in an entry's data: the targets of its relations, at any depth. */
function documentIdsIn(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) documentIdsIn(item, found);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'documentId' && typeof item === 'string') found.add(item);
      else documentIdsIn(item, found);
    }
  }
  return found;
}

/** The inputs of an entry's page, or null when the page reads the whole bank (always rendered). */
export function entryPageInputs(bank: Bank, entry: BankEntry): unknown {
  if (WHOLE_BANK_TYPES.has(entry.type)) return null;
  const ids = [...documentIdsIn(entry.data, new Set())].sort();
  return {
    // Each entry serialised once per build (entryDigest), not once per page it appears on.
    entry: entryDigest(entry),
    related: relatedEntries(bank, entry, entry.locale).map(entryDigest),
    // A relation's link depends on whether (and in which language) its target is published; the
    // field names the target's type, so every type is asked: more than needed, never less.
    links: ids.map((id) => [id, PUBLIC_TYPE_NAMES.map((type) => refPath(bank, type, id, entry.locale) ?? null)]),
  };
}

/** A digest of the page's inputs, or null when the page must always be rendered. */
export function entryPageDigest(bank: Bank, entry: BankEntry): string | null {
  const inputs = entryPageInputs(bank, entry);
  return inputs === null ? null : digestOf(inputs);
}

/** The digest of the filters beside a type's list pages, with or without their counts, once per bank. */
const filtersMemo = new WeakMap<Bank, Map<string, string>>();

function shownFiltersDigest(bank: Bank, page: ListPage): string {
  const memo = filtersMemo.get(bank) ?? new Map<string, string>();
  filtersMemo.set(bank, memo);
  const counts = showsFilterCounts(page);
  const key = `${page.locale}:${page.type}:${counts}`;
  let digest = memo.get(key);
  if (!digest) {
    const options = filterOptions(bank, page.locale, page.type);
    digest = digestOf(
      counts ? { options, total: bank.ofType(page.locale, page.type).length } : { choices: filterChoices(options) },
    );
    memo.set(key, digest);
  }
  return digest;
}

/**
 * The inputs of a page of a section's list (ListPage.astro): its entries, where it is and how many
 * pages its filter has, its other language's address, and the filters offered beside it (with their
 * counts on a filter's first page only: showsFilterCounts).
 */
export function listPageDigest(bank: Bank, page: ListPage, alternate: string | undefined): string {
  return digestOf({
    page: { ...page, entries: page.entries.map(entryDigest) },
    alternate: alternate ?? null,
    filters: shownFiltersDigest(bank, page),
  });
}

/** The inputs of a feed of a county, a service area or a pair: what it is and the items it carries. */
export function scopedFeedDigest(input: { bank: Bank; locale: Locale; file: ScopedFeedProps; now: Date }): string {
  const { bank, locale, file, now } = input;
  const items =
    file.kind === 'rss'
      ? rssEntries(bank, locale, file.scope, file.type).map(entryDigest)
      : icalItems({ bank, locale, feed: file.feed, scope: file.scope, now }).map((item) => ({
          ...item,
          entry: entryDigest(item.entry),
        }));
  return digestOf({ file, items });
}

/**
 * The inputs of a municipality's page (MunicipalityPage.astro): what municipalityView gives it
 * (its entries, the calls open to it, its neighbours' counts and first entries, the helpdesk's
 * answers, its county's feeds) and its service status (MunicipalityStatus.astro).
 */
export function municipalityPageDigest(input: {
  bank: Bank;
  faq: readonly FaqItem[];
  statuses: readonly Status[];
  locale: Locale;
  municipality: MunicipalityRecord;
}): string {
  const { bank, faq, statuses, locale, municipality } = input;
  const view = municipalityView(bank, faq, locale, municipality);
  return digestOf({
    municipality: municipality.code,
    here: view.here.map(entryDigest),
    calls: view.calls.map(entryDigest),
    neighbours: view.neighbours.map(({ m, entries }) => [m.code, entries.length, entries.slice(0, 3).map(entryDigest)]),
    questions: view.questions,
    feeds: view.feeds,
    status: statuses.find((status) => status.code === municipality.code) ?? null,
  });
}

/**
 * The inputs of a network meeting's follow-up page (MeetingPage.astro): the meeting, the goals of its
 * language (their titles, order and units), each followed-up goal's value as the page shows it (from
 * the service status when the goal is measured from it), and its other language's version.
 */
export function meetingPageDigest(input: {
  bank: Bank;
  meeting: Meeting;
  snapshots: readonly ServiceStatusSnapshot[];
}): string {
  const { bank, meeting, snapshots } = input;
  const goals = bank.ofType(meeting.locale, 'goal');
  const byId = new Map(goals.map((goal) => [goal.data.documentId, goal]));
  return digestOf({
    meeting: entryDigest(meeting),
    goals: goals.map(entryDigest),
    measured: meeting.data.followUps.map((item) => {
      const goal = item.goal ? byId.get(item.goal.documentId) : undefined;
      return goal ? measuredAtMeeting(goal.data, item.measuredValue ?? null, meeting, snapshots) : null;
    }),
    other: bank.versionsOf(meeting.key)[otherLocale(meeting.locale)]?.data.slug ?? null,
  });
}
