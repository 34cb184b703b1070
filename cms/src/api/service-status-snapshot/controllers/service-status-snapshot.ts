import { SNAPSHOT_UID } from '@skb/content-types';
import type { Core } from '@strapi/strapi';

/** Every snapshot, oldest first, with exactly the public fields; the query string is ignored on purpose. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: { body: unknown }) {
    const rows: { takenAt: string; reason: string; national: unknown; counties: unknown }[] = await strapi.db
      .query(SNAPSHOT_UID)
      .findMany({
        select: ['takenAt', 'reason', 'national', 'counties'],
        orderBy: [{ takenAt: 'asc' }, { id: 'asc' }],
      });
    ctx.body = {
      data: rows.map((row) => ({
        takenAt: new Date(row.takenAt).toISOString(),
        reason: row.reason,
        national: row.national,
        counties: row.counties,
      })),
    };
  },
});
