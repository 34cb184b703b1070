// The status of a municipality's rural service plan, as the tracker, the municipality and county
// pages, the open data and the editors' report show it. Days are days in Stockholm: a plan revised
// on 2022-11-30 is overdue from the start of 2026-11-30 in Stockholm, four years exactly.
import { stockholmDate } from '../time.ts';

/** How many years a plan holds before it is overdue for revision (the network's goal 3). */
export const REVISION_INTERVAL_YEARS = 4;

/** `ingen`: no plan known; `antagen`: adopted, never revised; `reviderad`: revised; `försenad`: revision overdue. */
export type PlanStatus = 'ingen' | 'antagen' | 'reviderad' | 'försenad';

/** The dates of a plan that the status is computed from (calendar dates, YYYY-MM-DD). */
export interface PlanDates {
  adoptedAt: string;
  revisedAt?: string | null;
}

export interface PlanStatusResult {
  status: PlanStatus;
  /** The plan's latest decision: its last revision, else its adoption; null without a plan. */
  lastDecision: string | null;
  /** The day from which the plan is overdue for revision; null without a plan. */
  revisionDueAt: string | null;
}

/** The date `years` later; 29 February becomes 1 March in a year without one. */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const moved = new Date(Date.UTC(year + years, month - 1, day));
  return moved.toISOString().slice(0, 10);
}

/** The later of a plan's adoption and its last revision. */
export function lastDecisionOf(plan: PlanDates): string {
  return plan.revisedAt && plan.revisedAt > plan.adoptedAt ? plan.revisedAt : plan.adoptedAt;
}

/** The status of one plan (or of no plan) on the Stockholm day of `now`. */
export function planStatus(plan: PlanDates | null | undefined, now: Date): PlanStatusResult {
  if (!plan) return { status: 'ingen', lastDecision: null, revisionDueAt: null };
  const lastDecision = lastDecisionOf(plan);
  const revisionDueAt = addYears(lastDecision, REVISION_INTERVAL_YEARS);
  const today = stockholmDate(now);
  const revised = Boolean(plan.revisedAt && plan.revisedAt > plan.adoptedAt);
  const status: PlanStatus = today >= revisionDueAt ? 'försenad' : revised ? 'reviderad' : 'antagen';
  return { status, lastDecision, revisionDueAt };
}

/** Whether a status counts as a plan revised (or adopted) in the last four years. */
export const isCurrentPlan = (status: PlanStatus): boolean => status === 'antagen' || status === 'reviderad';

/** The plan that decides a municipality's status when it has several: the one decided last. */
export function latestPlan<P extends PlanDates>(plans: readonly P[]): P | undefined {
  return plans.reduce<P | undefined>(
    (latest, plan) => (!latest || lastDecisionOf(plan) > lastDecisionOf(latest) ? plan : latest),
    undefined,
  );
}
