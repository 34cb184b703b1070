// `node tests/support/bank-dump.ts OUT.json`: boots the CMS of the environment (as `npm run seed` does)
// and writes every row of every content type of the bank (api::*, the media library, the locales) to
// OUT.json, keyed so that two banks compare entry by entry: documentId, locale and draft or published.
// Numeric ids differ between databases and are left out; relations are named by the documentId,
// locale and status of their target; components are expanded; media by file hash.
import { writeFileSync } from 'node:fs';
import { loadCms } from '@skb/cms/boot';
import type { Core, UID } from '@strapi/strapi';

type Row = Record<string, unknown>;
type Attribute = { type: string; target?: string; component?: string; components?: string[] };

const out = process.argv[2];
if (!out) throw new Error('usage: node tests/support/bank-dump.ts OUT.json');

/** Links to admin users (created by, updated by, review assignee) are not content: a backup leaves them out. */
const isAdmin = (uid: string | undefined) => Boolean(uid?.startsWith('admin::'));

const keyOf = (row: Row) =>
  `${String(row.documentId ?? row.id)}|${String(row.locale ?? '')}|${row.publishedAt ? 'published' : 'draft'}`;

function populateOf(strapi: Core.Strapi, uid: string): Record<string, unknown> {
  const model = strapi.getModel(uid as UID.Schema) as unknown as { attributes: Record<string, Attribute> };
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(model.attributes)) {
    if (attribute.type === 'relation' && !isAdmin(attribute.target)) {
      populate[name] = { select: ['id', 'documentId', 'locale', 'publishedAt'] };
    } else if (attribute.type === 'media') {
      populate[name] = { select: ['id', 'hash', 'ext'] };
    } else if (attribute.type === 'component') {
      populate[name] = { populate: populateOf(strapi, attribute.component as string) };
    } else if (attribute.type === 'dynamiczone') {
      throw new Error(`${uid}.${name}: dynamic zones are not compared yet`);
    }
  }
  return populate;
}

function normalise(strapi: Core.Strapi, uid: string, row: Row): Row {
  const model = strapi.getModel(uid as UID.Schema) as unknown as { attributes: Record<string, Attribute> };
  const result: Row = {};
  for (const [name, value] of Object.entries(row)) {
    if (name === 'id') continue;
    const attribute = model.attributes[name];
    if (!attribute) {
      result[name] = value;
      continue;
    }
    if (attribute.type === 'relation') {
      if (isAdmin(attribute.target)) continue;
      const targets = Array.isArray(value) ? value : value ? [value] : [];
      result[name] = targets.map((target: Row) => keyOf(target));
    } else if (attribute.type === 'media') {
      const files = Array.isArray(value) ? value : value ? [value] : [];
      result[name] = files.map((file: Row) => `${file.hash}${file.ext}`);
    } else if (attribute.type === 'component') {
      const component = attribute.component as string;
      result[name] = Array.isArray(value)
        ? value.map((each: Row) => normalise(strapi, component, each))
        : value
          ? normalise(strapi, component, value as Row)
          : value;
    } else {
      result[name] = value;
    }
  }
  return result;
}

const strapi = await loadCms();
try {
  const uids = Object.keys(strapi.contentTypes).filter(
    (uid) => uid.startsWith('api::') || uid === 'plugin::upload.file' || uid === 'plugin::i18n.locale',
  );
  const bank: Record<string, Record<string, Row>> = {};
  for (const uid of uids.sort()) {
    const rows = (await strapi.db.query(uid).findMany({ populate: populateOf(strapi, uid) })) as Row[];
    bank[uid] = {};
    for (const row of rows) {
      const key = keyOf(row);
      if (bank[uid][key]) throw new Error(`${uid}: two rows with the key ${key}`);
      bank[uid][key] = normalise(strapi, uid, row);
    }
  }
  writeFileSync(out, JSON.stringify(bank));
} finally {
  await strapi.destroy();
}
process.exit(0);
