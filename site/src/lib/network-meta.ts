// The list facts of the network's own types: a goal's set and number, a project's status and
// period, a network's kind, an advocacy action's kind, date and addressee.
import { ADVOCACY_KINDS, GOAL_SETS, NETWORK_KINDS, PROJECT_STATUSES } from '@skb/content-types';
import type { BankEntry } from './bank.ts';
import { formatDate } from './format.ts';
import type { Locale, Translate } from './i18n.ts';

/** `2024–2026`, `2024–` for a project without an end date. */
export const projectPeriod = (startDate: string, endDate: string | null | undefined): string => {
  const start = startDate.slice(0, 4);
  const end = endDate?.slice(0, 4);
  if (end === start) return start;
  return `${start}–${end ?? ''}`;
};

export function networkFacts(entry: BankEntry, locale: Locale, t: Translate, place: string | undefined): string[] {
  switch (entry.type) {
    case 'goal':
      return [GOAL_SETS.label(entry.data.goalSet, locale), t('goal.number', { number: String(entry.data.position) })];
    case 'project': {
      const project = entry.data;
      return [
        PROJECT_STATUSES.label(project.projectStatus, locale),
        projectPeriod(project.startDate, project.endDate),
        ...(project.nationalImportance ? [t('project.national')] : []),
        ...(place ? [place] : []),
      ];
    }
    case 'network':
      return [NETWORK_KINDS.label(entry.data.kind, locale), ...(place ? [place] : [])];
    case 'advocacy-action': {
      const action = entry.data;
      return [ADVOCACY_KINDS.label(action.kind, locale), formatDate(action.date, locale), action.addressee];
    }
    default:
      return [];
  }
}
