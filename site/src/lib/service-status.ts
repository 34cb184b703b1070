// Service status as the pages show it: every municipality's plan status and coordinators from the
// bank's published plans and coordinators, labels and map styles that do not rely on colour alone,
// the rows of the open-data file, and the history of the shares from the CMS's snapshots. Pure.
import {
  findCounty,
  findMunicipality,
  type MunicipalityStatus,
  municipalityStatuses,
  type PlanStatus,
  type ServiceCoordinator,
  type ServicePlan,
  type ServiceStatusSnapshot,
  stockholmDate,
} from '@skb/content-types';
import type { Bank } from './bank.ts';
import type { Locale } from './i18n.ts';

export type Status = MunicipalityStatus<ServicePlan, ServiceCoordinator>;

/** The status of every municipality from what the bank has published, in `locale`'s view. */
export function bankStatuses(bank: Bank, locale: Locale): Status[] {
  return municipalityStatuses({
    plans: bank.ofType(locale, 'service-plan').map((entry) => entry.data),
    coordinators: bank.ofType(locale, 'service-coordinator').map((entry) => entry.data),
    now: bank.now,
  });
}

/** The statuses in the order the legend and the map's table list them. */
export const PLAN_STATUSES: readonly PlanStatus[] = ['reviderad', 'antagen', 'försenad', 'ingen'];

/** A status's look on the map: a fill and a pattern, so that it reads without colour too. */
export const STATUS_STYLE: Record<PlanStatus, { className: string; pattern?: string }> = {
  reviderad: { className: 'st-revised' },
  antagen: { className: 'st-adopted', pattern: 'dots' },
  försenad: { className: 'st-overdue', pattern: 'hatch' },
  ingen: { className: 'st-none' },
};

const LABELS: Record<Locale, Record<PlanStatus, string>> = {
  sv: { ingen: 'Ingen känd plan', antagen: 'Antagen', reviderad: 'Reviderad', försenad: 'Revidering försenad' },
  en: { ingen: 'No plan known', antagen: 'Adopted', reviderad: 'Revised', försenad: 'Revision overdue' },
};

/** The status's name: `Reviderad`. */
export const planStatusName = (status: PlanStatus, locale: Locale): string => LABELS[locale][status];

/** The status with its year, as a reader says it: `Reviderad 2024`, `Revidering försenad (antagen 2019)`. */
export function planStatusText(status: Status, locale: Locale): string {
  const year = status.lastDecision?.slice(0, 4);
  if (!year) return LABELS[locale].ingen;
  if (status.status === 'försenad') {
    const last = status.plan?.revisedAt ? LABELS[locale].reviderad : LABELS[locale].antagen;
    return `${LABELS[locale].försenad} (${last.toLowerCase()} ${year})`;
  }
  return `${LABELS[locale][status.status]} ${year}`;
}

/** Share as a whole per cent, `37 %`. */
export function percent(share: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);
}

/** The columns of the municipality open-data file, in order. */
export const MUNICIPALITY_FIELDS = [
  'municipalityCode',
  'municipalityName',
  'countyCode',
  'countyName',
  'planStatus',
  'planAdopted',
  'planRevised',
  'planRevisionDue',
  'madeWithLocalGroups',
  'planUrl',
  'hasCoordinator',
  'coordinatorRoles',
  'coordinatorUnits',
] as const;
export type MunicipalityField = (typeof MUNICIPALITY_FIELDS)[number];
export type MunicipalityRecordOut = Record<MunicipalityField, string | boolean | null | readonly string[]>;

/** One row per municipality; no contact of any coordinator (a function's, but not needed here). */
export function municipalityRecord(
  status: Status,
  absolute: (path: string) => string,
  planPath: (plan: ServicePlan) => string,
): MunicipalityRecordOut {
  const m = findMunicipality(status.code);
  return {
    municipalityCode: status.code,
    municipalityName: m?.name ?? status.code,
    countyCode: status.countyCode,
    countyName: findCounty(status.countyCode)?.name ?? status.countyCode,
    planStatus: status.status,
    planAdopted: status.plan?.adoptedAt ?? null,
    planRevised: status.plan?.revisedAt ?? null,
    planRevisionDue: status.revisionDueAt,
    madeWithLocalGroups: status.plan ? status.plan.madeWithLocalGroups : null,
    planUrl: status.plan ? absolute(planPath(status.plan)) : null,
    hasCoordinator: status.hasCoordinator,
    coordinatorRoles: status.coordinators.map((c) => c.roleTitle),
    coordinatorUnits: status.coordinators.map((c) => c.unit),
  };
}

export interface HistoryPoint {
  /** Stockholm day. */
  date: string;
  coordinatorShare: number;
  currentPlanShare: number;
  withCoordinator: number;
  withCurrentPlan: number;
  municipalities: number;
}

/** The shares over time: the last snapshot of each Stockholm day, oldest first; `county` narrows to one county. */
export function shareHistory(snapshots: readonly ServiceStatusSnapshot[], county?: string): HistoryPoint[] {
  const byDay = new Map<string, HistoryPoint>();
  const sorted = [...snapshots].sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  for (const snapshot of sorted) {
    const counts = county ? snapshot.counties[county] : snapshot.national;
    if (!counts || counts.municipalities === 0) continue;
    const date = stockholmDate(new Date(snapshot.takenAt));
    byDay.set(date, {
      date,
      coordinatorShare: counts.withCoordinator / counts.municipalities,
      currentPlanShare: counts.withCurrentPlan / counts.municipalities,
      withCoordinator: counts.withCoordinator,
      withCurrentPlan: counts.withCurrentPlan,
      municipalities: counts.municipalities,
    });
  }
  return [...byDay.values()];
}
