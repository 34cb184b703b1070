// The network's follow-up of its goals, from the nätverksträff events: each goal's status at the
// last meetings in date order, its current status, the next meeting and the latest minutes. Pure:
// it reads the bank and is tested without Astro.
import {
  type EntryByType,
  GOAL_STATUSES,
  type GoalStatus,
  measureAt,
  type ServiceStatusSnapshot,
} from '@skb/content-types';
import type { Bank, EntryOf } from './bank.ts';
import type { Locale } from './i18n.ts';
import { goalRank } from './network-order.ts';

export type Meeting = EntryOf<'event'>;
export type GoalEntry = EntryOf<'goal'>;

/** How one goal stood at one meeting. */
export interface GoalMark {
  meeting: Meeting;
  /** Null when the meeting did not follow up this goal. */
  status: GoalStatus | null;
  comment: string | null;
  measuredValue: number | null;
  /**
   * Where the value comes from: `status` when the goal is measured from the service status and a
   * snapshot existed at the meeting, `meeting` when the meeting recorded it.
   */
  measuredBy: 'status' | 'meeting' | null;
}

export interface GoalHistory {
  goal: GoalEntry;
  /** The last meetings, oldest first. */
  marks: GoalMark[];
  /** The status at the latest meeting that followed the goal up. */
  current: GoalMark | undefined;
}

/** How far a status has come, 0–3, for the chart's height: ej påbörjad, står still, på väg, uppnådd. */
export const STATUS_LEVEL: Record<GoalStatus, number> = {
  'ej påbörjad': 0,
  'står still': 1,
  'på väg': 2,
  uppnådd: 3,
};

const isMeeting = (entry: { type: string; data: unknown }): entry is Meeting =>
  entry.type === 'event' && (entry.data as EntryByType['event']).kind === 'nätverksträff';

/** Every nätverksträff in `locale`'s view, oldest first. */
export function meetings(bank: Bank, locale: Locale): Meeting[] {
  return bank
    .ofType(locale, 'event')
    .filter(isMeeting)
    .sort((a, b) => Date.parse(a.data.startsAt) - Date.parse(b.data.startsAt));
}

/** Meetings that have begun and followed up at least one goal, oldest first. */
export function heldMeetings(bank: Bank, locale: Locale): Meeting[] {
  return meetings(bank, locale).filter(
    (meeting) => Date.parse(meeting.data.startsAt) <= bank.now.getTime() && meeting.data.followUps.length > 0,
  );
}

/** The next nätverksträff that has not begun. */
export function nextMeeting(bank: Bank, locale: Locale): Meeting | undefined {
  return meetings(bank, locale).find((meeting) => Date.parse(meeting.data.startsAt) > bank.now.getTime());
}

/** The latest meeting that has minutes. */
export function latestMinutes(bank: Bank, locale: Locale): Meeting | undefined {
  return heldMeetings(bank, locale)
    .filter((meeting) => meeting.data.minutes?.trim())
    .at(-1);
}

/** The goals in order: the network's own first, then the goals for service in Sweden, by number. */
export function goals(bank: Bank, locale: Locale): GoalEntry[] {
  return [...bank.ofType(locale, 'goal')].sort((a, b) => goalRank(a.data) - goalRank(b.data));
}

/**
 * A goal's measured value at a meeting: from the last snapshot of the service status taken before
 * the meeting began when the goal is measured from it, else the value the meeting recorded.
 */
export function measuredAtMeeting(
  goal: Pick<GoalEntry['data'], 'indicator'>,
  recorded: number | null,
  meeting: Meeting,
  snapshots: readonly ServiceStatusSnapshot[],
): Pick<GoalMark, 'measuredValue' | 'measuredBy'> {
  const source = goal.indicator?.measuredFrom;
  const measured = source ? measureAt(source, snapshots, new Date(meeting.data.startsAt)) : undefined;
  if (measured) return { measuredValue: measured.value, measuredBy: 'status' };
  return { measuredValue: recorded, measuredBy: recorded === null ? null : 'meeting' };
}

/**
 * Each goal's status at the last `count` meetings that followed goals up, oldest first. A goal
 * measured from the service status takes its value at each meeting from the last snapshot taken
 * before the meeting began; a meeting older than every snapshot keeps the value it recorded.
 */
export function goalHistories(
  bank: Bank,
  locale: Locale,
  snapshots: readonly ServiceStatusSnapshot[] = [],
  count = 4,
): GoalHistory[] {
  const recent = heldMeetings(bank, locale).slice(-count);
  return goals(bank, locale).map((goal) => {
    const marks = recent.map((meeting): GoalMark => {
      const followUp = meeting.data.followUps.find((item) => item.goal?.documentId === goal.data.documentId);
      return {
        meeting,
        status: followUp?.goalStatus ?? null,
        comment: followUp?.comment ?? null,
        ...measuredAtMeeting(goal.data, followUp?.measuredValue ?? null, meeting, snapshots),
      };
    });
    return { goal, marks, current: marks.filter((mark) => mark.status !== null).at(-1) };
  });
}

/** The statuses in the order of the scale, for a legend. */
export const STATUS_SCALE: readonly GoalStatus[] = [...GOAL_STATUSES.values].sort(
  (a, b) => STATUS_LEVEL[a] - STATUS_LEVEL[b],
);
