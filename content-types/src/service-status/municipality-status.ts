// Where every one of Sweden's 290 municipalities stands: its plan status and whether it has a
// service coordinator, and the shares of municipalities that meet the network's goals 2 and 3,
// nationally and per county. Pure: the site, the CMS's snapshots, the report and the network's goal
// indicators all compute them here, from the published plans and coordinators.
import { counties, municipalities } from '../geo/index.ts';
import { isCurrentPlan, latestPlan, type PlanDates, type PlanStatusResult, planStatus } from './plan-status.ts';

/** What the status needs of a published service plan. */
export interface PlanFacts extends PlanDates {
  documentId: string;
  municipality: string;
  madeWithLocalGroups: boolean;
}

/** What the status needs of a published service coordinator. */
export interface CoordinatorFacts {
  documentId: string;
  municipalities: readonly string[];
}

export interface MunicipalityStatus<P extends PlanFacts = PlanFacts, C extends CoordinatorFacts = CoordinatorFacts>
  extends PlanStatusResult {
  /** SCB code. */
  code: string;
  countyCode: string;
  /** The plan that decides the status (the one decided last), when there is one. */
  plan: P | undefined;
  /** The municipality's coordinators (a shared one serves several municipalities). */
  coordinators: C[];
  hasCoordinator: boolean;
  /** A plan adopted or revised in the last four years. */
  hasCurrentPlan: boolean;
}

/** Counts and shares of an area (Sweden or a county). Shares are fractions 0–1; counts are exact. */
export interface StatusShares {
  municipalities: number;
  withCoordinator: number;
  withCurrentPlan: number;
  withPlan: number;
  coordinatorShare: number;
  currentPlanShare: number;
}

export interface CountyShares extends StatusShares {
  /** SCB county code. */
  code: string;
}

export interface ServiceStatusShares {
  national: StatusShares;
  counties: CountyShares[];
}

/** Dedupes language versions: a document counts once, whatever languages it is published in. */
function oncePerDocument<T extends { documentId: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.documentId, item])).values()];
}

/** The status of every municipality, in SCB code order. */
export function municipalityStatuses<P extends PlanFacts, C extends CoordinatorFacts>(args: {
  plans: readonly P[];
  coordinators: readonly C[];
  now: Date;
}): MunicipalityStatus<P, C>[] {
  const plansByCode = new Map<string, P[]>();
  for (const plan of oncePerDocument(args.plans)) {
    plansByCode.set(plan.municipality, [...(plansByCode.get(plan.municipality) ?? []), plan]);
  }
  const coordinatorsByCode = new Map<string, C[]>();
  for (const coordinator of oncePerDocument(args.coordinators)) {
    for (const code of new Set(coordinator.municipalities)) {
      coordinatorsByCode.set(code, [...(coordinatorsByCode.get(code) ?? []), coordinator]);
    }
  }
  return municipalities.map((m) => {
    const plan = latestPlan(plansByCode.get(m.code) ?? []);
    const result = planStatus(plan, args.now);
    const coordinators = coordinatorsByCode.get(m.code) ?? [];
    return {
      code: m.code,
      countyCode: m.countyCode,
      ...result,
      plan,
      coordinators,
      hasCoordinator: coordinators.length > 0,
      hasCurrentPlan: isCurrentPlan(result.status),
    };
  });
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

function sharesOf(statuses: readonly MunicipalityStatus[]): StatusShares {
  const withCoordinator = statuses.filter((s) => s.hasCoordinator).length;
  const withCurrentPlan = statuses.filter((s) => s.hasCurrentPlan).length;
  return {
    municipalities: statuses.length,
    withCoordinator,
    withCurrentPlan,
    withPlan: statuses.filter((s) => s.status !== 'ingen').length,
    coordinatorShare: share(withCoordinator, statuses.length),
    currentPlanShare: share(withCurrentPlan, statuses.length),
  };
}

/** The national and per-county shares of municipalities with a coordinator and with a current plan. */
export function serviceStatusShares(statuses: readonly MunicipalityStatus[]): ServiceStatusShares {
  return {
    national: sharesOf(statuses),
    counties: counties.map((county) => ({
      code: county.code,
      ...sharesOf(statuses.filter((s) => s.countyCode === county.code)),
    })),
  };
}
