import { PUBLIC_TYPES } from '@skb/content-types';
import { countyKey, entryCounties } from '@skb/content-types/review';
import type { Core } from '@strapi/strapi';
import { contentFingerprint, versionRow } from './fingerprint';

/**
 * Entries stored before the review gate existed get their review fields once: a published entry
 * (both its versions) counts as approved by `system:migration`, any other as an utkast.
 */
export async function backfillReview(strapi: Core.Strapi): Promise<number> {
  let filled = 0;
  for (const type of PUBLIC_TYPES) {
    const query = strapi.db.query(type.uid);
    const rows = (await query.findMany({ where: { reviewCounties: { $null: true } } })) as {
      id: number;
      documentId: string;
      locale?: string;
    }[];
    for (const { id, documentId, locale } of rows) {
      const row = (await versionRow(strapi, type.uid, id)) as Record<string, unknown>;
      const published = await query.count({
        where: { documentId, publishedAt: { $notNull: true }, ...(locale ? { locale } : {}) },
      });
      await query.update({
        where: { id },
        data: {
          reviewState: published > 0 ? 'godkänd' : 'utkast',
          reviewAuthor: 'system:migration',
          reviewApprovedBy: published > 0 ? 'system:migration' : null,
          reviewFingerprint: contentFingerprint(strapi, type.uid, row),
          reviewCounties: countyKey(entryCounties(row)),
        },
      });
      filled += 1;
    }
  }
  return filled;
}
