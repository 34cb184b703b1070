import type { UID } from '@strapi/strapi';

/**
 * Router config for a public type: `find` and `findOne` run only the queries the type's allow-list
 * permits, with its fixed populate, on published versions (Strapi's REST API would otherwise honour
 * `?status=draft`, `_q` and filters through relations for anyone allowed to `find`).
 */
export function publicReadRoutes(uid: UID.ContentType) {
  const middlewares = (action: 'find' | 'findOne') => [{ name: 'global::public-read', config: { uid, action } }];
  return { config: { find: { middlewares: middlewares('find') }, findOne: { middlewares: middlewares('findOne') } } };
}
