// The network's own work in search: goals, projects, networks and advocacy actions.
import {
  ADVOCACY_KINDS,
  type AdvocacyAction,
  GOAL_SETS,
  type Goal,
  type Locale,
  NETWORK_KINDS,
  type Network,
  PROJECT_STATUSES,
  type Project,
} from '@skb/content-types';
import { markdownToText } from '@skb/content-types/markdown-text';
import type { SearchDocument } from '@skb/content-types/search';
import { searchDocumentOf } from './common.ts';

const localeOf = (entry: { locale: string }): Locale => (entry.locale === 'en' ? 'en' : 'sv');
const yearOf = (date: string) => Number(date.slice(0, 4));

/** A goal (målbild): its set and what its indicator measures. */
export function goalDocument(entry: Goal): SearchDocument {
  return searchDocumentOf('goal', entry, {
    texts: [markdownToText(entry.body), GOAL_SETS.label(entry.goalSet, localeOf(entry)), entry.indicator?.measure],
    goalSet: entry.goalSet,
  });
}

/** A project: where it works, who runs and pays for it, its status and the year it started. */
export function projectDocument(entry: Project): SearchDocument {
  return searchDocumentOf('project', entry, {
    texts: [markdownToText(entry.body), PROJECT_STATUSES.label(entry.projectStatus, localeOf(entry))],
    organisations: [entry.owner, ...entry.partners, ...entry.funders].map((organisation) => organisation?.name),
    municipalities: entry.municipalities,
    counties: entry.counties,
    projectStatus: entry.projectStatus,
    nationalImportance: entry.nationalImportance,
    year: yearOf(entry.startDate),
  });
}

/** A network: its kind, its members and the places it covers. */
export function networkDocument(entry: Network): SearchDocument {
  return searchDocumentOf('network', entry, {
    texts: [markdownToText(entry.body), NETWORK_KINDS.label(entry.kind, localeOf(entry))],
    organisations: [entry.contactOrganisation, ...entry.members].map((organisation) => organisation?.name),
    municipalities: entry.municipalities,
    counties: entry.counties,
    networkKind: entry.kind,
  });
}

/** An advocacy action: its kind, whom it addressed, what was asked for and what came of it. */
export function advocacyActionDocument(entry: AdvocacyAction): SearchDocument {
  return searchDocumentOf('advocacy-action', entry, {
    texts: [
      markdownToText(entry.body),
      ADVOCACY_KINDS.label(entry.kind, localeOf(entry)),
      markdownToText(entry.ask),
      markdownToText(entry.outcome),
      markdownToText(entry.followUp),
    ],
    organisations: [entry.addressee],
    municipalities: entry.municipalities,
    counties: entry.counties,
    advocacyKind: entry.kind,
    addressee: entry.addressee,
    year: yearOf(entry.date),
  });
}
