import type { UID } from '@strapi/strapi';

/**
 * Router config for a public type: `find` and `findOne` get the type's fixed populate and serve only
 * published versions, whatever the query asks for (Strapi's REST API would otherwise honour
 * `?status=draft` for anyone allowed to `find`).
 */
export function publicReadRoutes(uid: UID.ContentType) {
  const middlewares = [{ name: 'global::public-read', config: { uid } }];
  return { config: { find: { middlewares }, findOne: { middlewares } } };
}
