import { contentTypeByUid } from '@skb/content-types';
import type { Core } from '@strapi/strapi';

interface PublicReadConfig {
  uid: string;
}

/** Fixes populate to the type's own and status to published on the content API's read routes. */
export default (config: PublicReadConfig, _context: { strapi: Core.Strapi }) => {
  const type = contentTypeByUid(config.uid);
  if (!type) throw new Error(`public-read middleware: unknown content type ${config.uid}`);
  return async (ctx: { query: Record<string, unknown> }, next: () => Promise<void>) => {
    ctx.query.populate = type.populate;
    ctx.query.status = 'published';
    await next();
  };
};
