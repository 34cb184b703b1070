import { PUBLIC_TYPES, TAXONOMY_TYPES } from '@skb/content-types';
import type { Core } from '@strapi/strapi';

/** The public role may read published entries of the public types and the taxonomies, and nothing else. */
export const PUBLIC_ACTIONS: readonly string[] = [...PUBLIC_TYPES, ...TAXONOMY_TYPES].flatMap((type) => [
  `${type.uid}.find`,
  `${type.uid}.findOne`,
]);

/** Makes the public role's permissions exactly `PUBLIC_ACTIONS`, removing any others (sign-up included). */
export async function ensurePublicPermissions(strapi: Core.Strapi): Promise<{ added: number; removed: number }> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('users-permissions: the public role is missing');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const existing: { id: number; action: string }[] = await permissions.findMany({ where: { role: role.id } });
  const wanted = new Set(PUBLIC_ACTIONS);
  const unwanted = existing.filter((permission) => !wanted.has(permission.action));
  if (unwanted.length > 0) {
    await permissions.deleteMany({ where: { id: { $in: unwanted.map((permission) => permission.id) } } });
  }
  const have = new Set(existing.map((permission) => permission.action));
  const missing = PUBLIC_ACTIONS.filter((action) => !have.has(action));
  for (const action of missing) {
    await permissions.create({ data: { action, role: role.id } });
  }
  return { added: missing.length, removed: unwanted.length };
}
