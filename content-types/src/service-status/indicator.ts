// A goal's indicator measured from the service status: the count of municipalities that meet it,
// now (from the published plans and coordinators) and at a past date (from the snapshots the CMS
// records on every publish), so the quarterly meeting reads the value instead of typing it.
import type { IndicatorSource } from '../network/vocab.ts';
import type { StatusShares } from './municipality-status.ts';
import type { ServiceStatusSnapshot } from './snapshot.ts';

/** Which count of an area's status measures each source. */
export const INDICATOR_COUNT = {
  servicesamordnare: 'withCoordinator',
  'aktuell serviceplan': 'withCurrentPlan',
} as const satisfies Record<IndicatorSource, keyof StatusShares>;

/** A measured value: how many municipalities of how many, and from when. */
export interface IndicatorMeasure {
  value: number;
  of: number;
  /** When the counts were taken (ISO date-time); absent for the status of this build. */
  takenAt?: string;
}

type Counts = Pick<StatusShares, 'municipalities' | 'withCoordinator' | 'withCurrentPlan'>;

/** The value of `source` in an area's counts. */
export function measureOf(source: IndicatorSource, counts: Counts): IndicatorMeasure {
  return { value: counts[INDICATOR_COUNT[source]], of: counts.municipalities };
}

/** The national value of `source` in the last snapshot taken at or before `at`; undefined when none is that old. */
export function measureAt(
  source: IndicatorSource,
  snapshots: readonly ServiceStatusSnapshot[],
  at: Date,
): IndicatorMeasure | undefined {
  let last: ServiceStatusSnapshot | undefined;
  for (const snapshot of snapshots) {
    if (Date.parse(snapshot.takenAt) > at.getTime()) continue;
    if (!last || Date.parse(snapshot.takenAt) > Date.parse(last.takenAt)) last = snapshot;
  }
  return last && { ...measureOf(source, last.national), takenAt: last.takenAt };
}
