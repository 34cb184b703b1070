import { checkPublicQuery, contentTypeByUid, type PublicAction } from '@skb/content-types';
import type { Core } from '@strapi/strapi';
import stringify from 'safe-stable-stringify';
import { publicCache } from '../http/public-cache';

interface PublicReadConfig {
  uid: string;
  action: PublicAction;
}

interface Ctx {
  path: string;
  query: Record<string, unknown>;
  status: number;
  body: unknown;
  type: string;
  request: { headers: Record<string, string | string[] | undefined> };
  set(name: string, value: string): void;
}

/**
 * Runs a public read with a query built from the type's allow-list (content-types/src/public-query.ts):
 * the type's own populate, published versions only, and only the filters, sort keys, fields,
 * pagination and locales the site, the indexer and the open data use. Anything else is a 400 that
 * names the parameter, before Strapi sees it. An anonymous reader's answer is kept until an editor
 * writes (src/http/public-cache.ts).
 */
export default (config: PublicReadConfig, _context: { strapi: Core.Strapi }) => {
  const type = contentTypeByUid(config.uid);
  if (!type) throw new Error(`public-read middleware: unknown content type ${config.uid}`);
  return async (ctx: Ctx, next: () => Promise<void>) => {
    const check = checkPublicQuery(type, config.action, ctx.query);
    if (!check.ok) {
      ctx.status = 400;
      ctx.body = {
        data: null,
        error: {
          status: 400,
          name: 'ValidationError',
          message: `${check.parameter}: ${check.message}`,
          details: { parameter: check.parameter },
        },
      };
      return;
    }
    // ctx.query is the object Strapi's qs parser cached for this query string: replace its content.
    for (const key of Object.keys(ctx.query)) delete ctx.query[key];
    Object.assign(ctx.query, check.query);
    // With credentials (an API token, an admin), Strapi may answer differently: never from the cache.
    if (ctx.request.headers.authorization !== undefined) return next();
    const cache = publicCache();
    const key = `${ctx.path}?${stringify(check.query)}`;
    const kept = await cache.get(key);
    if (kept !== undefined) {
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.set('X-Cache', 'hit');
      ctx.body = kept;
      return;
    }
    const done = cache.begin(key);
    let json: string | undefined;
    try {
      await next();
      if (ctx.status === 200 && ctx.body !== null && typeof ctx.body === 'object') json = JSON.stringify(ctx.body);
    } finally {
      done(json);
    }
    ctx.set('X-Cache', 'miss');
  };
};
