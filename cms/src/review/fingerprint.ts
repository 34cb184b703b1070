import { createHash } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import { stringify } from 'safe-stable-stringify';
import { REVIEW_ATTRIBUTES } from './attributes';

type Row = Record<string, unknown>;
type Attribute = { type: string; target?: string };

// Fields that are not the content an editor wrote: Strapi's bookkeeping and the review fields.
const NOT_CONTENT = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
  ...Object.keys(REVIEW_ATTRIBUTES),
]);

function contentAttributes(strapi: Core.Strapi, uid: string): [string, Attribute][] {
  const attributes = strapi.contentType(uid as UID.ContentType).attributes as Record<string, Attribute>;
  return Object.entries(attributes).filter(([name]) => !NOT_CONTENT.has(name));
}

function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Row)
        .filter(([key]) => key !== 'id' && key !== '__component' && key !== 'documentId')
        .map(([key, inner]) => [key, withoutIds(inner)]),
    );
  }
  return value;
}

function normalised(attribute: Attribute, value: unknown): unknown {
  const ref = (item: unknown) => (item as Row | null)?.documentId ?? (item as Row | null)?.id ?? null;
  if (attribute.type === 'relation' || attribute.type === 'media') {
    return Array.isArray(value) ? value.map(ref).sort() : ref(value);
  }
  if (attribute.type === 'component' || attribute.type === 'dynamiczone') return withoutIds(value ?? null);
  return value ?? null;
}

/** The database row of one version with what its fingerprint reads populated. */
export async function versionRow(strapi: Core.Strapi, uid: string, id: unknown): Promise<Row | null> {
  const populate = Object.fromEntries(
    contentAttributes(strapi, uid)
      .filter(([, attribute]) => ['relation', 'media', 'component', 'dynamiczone'].includes(attribute.type))
      .map(([name]) => [name, true]),
  );
  return (await strapi.db.query(uid).findOne({ where: { id }, populate })) as Row | null;
}

/**
 * A hash of the content of one entry version (every field an editor writes; relations by
 * documentId, components without their ids), so that a save that changes nothing is told from one
 * that changes the content, however the admin or the API sends the data.
 */
export function contentFingerprint(strapi: Core.Strapi, uid: string, row: Row): string {
  const content = Object.fromEntries(
    contentAttributes(strapi, uid).map(([name, attribute]) => [name, normalised(attribute, row[name])]),
  );
  return createHash('sha256')
    .update(stringify(content) ?? '')
    .digest('base64url');
}
