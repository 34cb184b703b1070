// The order the network's own types are listed in: goals by set and number, projects ongoing
// first, networks by name, advocacy newest first.
import type { EntryByType, PublicTypeName } from '@skb/content-types';
import { GOAL_SETS, PROJECT_STATUSES } from '@skb/content-types';
import { compareText } from './collate.ts';

interface Listed {
  title: string;
  publishedAt: string;
  data: unknown;
}

const PROJECT_ORDER: Record<string, number> = { pågår: 0, planerat: 1, avslutat: 2 };

/** A goal's place in the list of all goals: the network's own first, then by number. */
export const goalRank = (goal: Pick<EntryByType['goal'], 'goalSet' | 'position'>): number =>
  GOAL_SETS.values.indexOf(goal.goalSet) * 100 + goal.position;

export function networkListOrder(type: PublicTypeName): ((a: Listed, b: Listed) => number) | undefined {
  switch (type) {
    case 'goal':
      return (a, b) => goalRank(a.data as EntryByType['goal']) - goalRank(b.data as EntryByType['goal']);
    case 'project':
      return (a, b) => {
        const x = a.data as EntryByType['project'];
        const y = b.data as EntryByType['project'];
        return (
          (PROJECT_ORDER[x.projectStatus] ?? PROJECT_STATUSES.values.length) -
            (PROJECT_ORDER[y.projectStatus] ?? PROJECT_STATUSES.values.length) ||
          y.startDate.localeCompare(x.startDate) ||
          compareText('sv')(a.title, b.title)
        );
      };
    case 'network':
      return (a, b) => compareText('sv')(a.title, b.title);
    case 'advocacy-action':
      return (a, b) =>
        (b.data as EntryByType['advocacy-action']).date.localeCompare(
          (a.data as EntryByType['advocacy-action']).date,
        ) || b.publishedAt.localeCompare(a.publishedAt);
    default:
      return undefined;
  }
}
