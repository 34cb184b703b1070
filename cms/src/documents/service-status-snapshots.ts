// Records the service-status shares each time a service plan or coordinator is published (also by
// a create or update that publishes at once, as the seed does), unpublished or deleted, so the network can follow its goals 2 and 3 over time. A Document Service
// middleware rather than a database lifecycle: it sees the document action (publish, unpublish) the
// way editors do, once per action, whichever way it came (admin, REST, seed, code), and runs after
// the action so the snapshot counts the new state.
import {
  type CoordinatorFacts,
  municipalityStatuses,
  type PlanFacts,
  type ServiceStatusSnapshot,
  SNAPSHOT_UID,
  serviceCoordinator,
  servicePlan,
  serviceStatusShares,
} from '@skb/content-types';
import type { Core } from '@strapi/strapi';

const WATCHED = new Set<string>([servicePlan.uid, serviceCoordinator.uid]);
const CHANGING = new Set(['publish', 'unpublish', 'delete']);

/** Whether an action changes what is published: publish, unpublish, delete, or a create or update that publishes at once. */
function changesPublished(action: string, params: unknown): boolean {
  if (CHANGING.has(action)) return true;
  return (action === 'create' || action === 'update') && (params as { status?: unknown })?.status === 'published';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date column as YYYY-MM-DD: SQLite gives a string, a PostgreSQL driver may give a Date at local midnight. */
function calendarDay(value: unknown): string | null {
  if (value instanceof Date) return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  return typeof value === 'string' && value ? value.slice(0, 10) : null;
}

function codeList(value: unknown): string[] {
  const list = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  return Array.isArray(list) ? list.filter((code): code is string => typeof code === 'string') : [];
}

/** The published plans and coordinators as the status rules need them (every language version; deduped there). */
export async function publishedStatusFacts(
  strapi: Core.Strapi,
): Promise<{ plans: PlanFacts[]; coordinators: CoordinatorFacts[] }> {
  const published = { publishedAt: { $notNull: true } };
  const planRows: Record<string, unknown>[] = await strapi.db.query(servicePlan.uid).findMany({
    where: published,
    select: ['documentId', 'municipality', 'adoptedAt', 'revisedAt', 'madeWithLocalGroups'],
  });
  const coordinatorRows: Record<string, unknown>[] = await strapi.db.query(serviceCoordinator.uid).findMany({
    where: published,
    select: ['documentId', 'municipalities'],
  });
  const plans = planRows.flatMap((row) => {
    const adoptedAt = calendarDay(row.adoptedAt);
    if (!adoptedAt || typeof row.municipality !== 'string') return [];
    return [
      {
        documentId: String(row.documentId),
        municipality: row.municipality,
        adoptedAt,
        revisedAt: calendarDay(row.revisedAt),
        madeWithLocalGroups: Boolean(row.madeWithLocalGroups),
      },
    ];
  });
  const coordinators = coordinatorRows.map((row) => ({
    documentId: String(row.documentId),
    municipalities: codeList(row.municipalities),
  }));
  return { plans, coordinators };
}

/** The snapshot of the shares now. */
export async function takeSnapshot(
  strapi: Core.Strapi,
  reason: string,
  now = new Date(),
): Promise<ServiceStatusSnapshot> {
  const shares = serviceStatusShares(municipalityStatuses({ ...(await publishedStatusFacts(strapi)), now }));
  const counts = ({ municipalities, withCoordinator, withCurrentPlan, withPlan }: typeof shares.national) => ({
    municipalities,
    withCoordinator,
    withCurrentPlan,
    withPlan,
  });
  return {
    takenAt: now.toISOString(),
    reason,
    national: counts(shares.national),
    counties: Object.fromEntries(shares.counties.map((county) => [county.code, counts(county)])),
  };
}

/** Takes a snapshot and stores it. */
export async function recordSnapshot(strapi: Core.Strapi, reason: string): Promise<ServiceStatusSnapshot> {
  const snapshot = await takeSnapshot(strapi, reason);
  await strapi.db.query(SNAPSHOT_UID).create({ data: snapshot });
  return snapshot;
}

export function registerServiceStatusSnapshots(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (WATCHED.has(context.uid) && changesPublished(context.action, context.params)) {
      const type = context.uid === servicePlan.uid ? servicePlan.name : serviceCoordinator.name;
      const action = context.action === 'create' || context.action === 'update' ? 'publish' : context.action;
      await recordSnapshot(strapi, `${action} ${type}`);
    }
    return result;
  });
}
