// A snapshot of the shares, recorded in the CMS each time a service plan or coordinator is
// published or unpublished, so the quarterly network meeting can follow the goals over time. It
// holds counts only: no names, no contacts, nothing about a person.
import { z } from 'zod';
import { dateTime } from '../fields.ts';
import type { StrapiContentTypeSchema } from '../strapi/schema-types.ts';

const count = z.number().int().nonnegative();

/** The counts of one area in a snapshot. */
export const snapshotCounts = z.object({
  /** Municipalities in the area. */
  municipalities: count,
  /** Municipalities with at least one published service coordinator. */
  withCoordinator: count,
  /** Municipalities with a plan adopted or revised in the last four years. */
  withCurrentPlan: count,
  /** Municipalities with any known plan. */
  withPlan: count,
});

/** A snapshot as the CMS stores and serves it. */
export const serviceStatusSnapshot = z.object({
  /** When the snapshot was taken. */
  takenAt: dateTime,
  /** What caused it: `publish service-plan`, `unpublish service-coordinator`, `daily`. */
  reason: z.string().max(100),
  /** Counts for all of Sweden. */
  national: snapshotCounts,
  /** Counts per county, by SCB county code. */
  counties: z.record(z.string().regex(/^\d{2}$/), snapshotCounts),
});
export type ServiceStatusSnapshot = z.infer<typeof serviceStatusSnapshot>;

export const SNAPSHOT_UID = 'api::service-status-snapshot.service-status-snapshot' as const;

/**
 * Written only by the CMS itself; hidden from the content manager so no editor changes history,
 * and read publicly through one read-only route.
 */
export const serviceStatusSnapshotStrapi = {
  kind: 'collectionType',
  collectionName: 'service_status_snapshots',
  info: {
    singularName: 'service-status-snapshot',
    pluralName: 'service-status-snapshots',
    displayName: 'Servicestatus (ögonblicksbild)',
    description: 'Andelar kommuner med servicesamordnare och aktuell serviceplan, sparade vid varje publicering',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    takenAt: { type: 'datetime', required: true },
    reason: { type: 'string', required: true, maxLength: 100 },
    national: { type: 'json', required: true },
    counties: { type: 'json', required: true },
  },
} satisfies StrapiContentTypeSchema;
