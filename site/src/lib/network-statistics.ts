// The network's own work in numbers: projects per status, advocacy actions per year and kind, and
// goals per current status.
import { ADVOCACY_KINDS, GOAL_STATUSES, PROJECT_STATUSES } from '@skb/content-types';
import type { Bank } from './bank.ts';
import { goalHistories } from './goal-history.ts';
import type { Locale } from './i18n.ts';
import type { Row } from './statistics.ts';

const countBy = (values: readonly string[], order: readonly string[]): Row[] =>
  order.map((key) => ({ key, value: values.filter((value) => value === key).length }));

/** Projects per status, in the vocabulary's order. */
export const projectsPerStatus = (bank: Bank, locale: Locale): Row[] =>
  countBy(
    bank.ofType(locale, 'project').map((entry) => entry.data.projectStatus),
    PROJECT_STATUSES.values,
  );

/** Advocacy actions per year, oldest first. */
export function advocacyPerYear(bank: Bank, locale: Locale): Row[] {
  const years = bank.ofType(locale, 'advocacy-action').map((entry) => entry.data.date.slice(0, 4));
  return countBy(years, [...new Set(years)].sort());
}

/** Advocacy actions per kind, in the vocabulary's order. */
export const advocacyPerKind = (bank: Bank, locale: Locale): Row[] =>
  countBy(
    bank.ofType(locale, 'advocacy-action').map((entry) => entry.data.kind),
    ADVOCACY_KINDS.values,
  );

/** Goals per status at the latest meeting that followed them up. */
export const goalsPerStatus = (bank: Bank, locale: Locale): Row[] =>
  countBy(
    goalHistories(bank, locale).flatMap((history) => (history.current?.status ? [history.current.status] : [])),
    GOAL_STATUSES.values,
  );
