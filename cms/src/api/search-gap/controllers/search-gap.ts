import { searchGapText } from '@skb/content-types/search-gaps';
import type { Core } from '@strapi/strapi';
import { positiveSetting } from '../../../positive-setting';
import { createRateLimiter } from '../../helpdesk/services/rate-limit';

interface Ctx {
  request: { body?: unknown; ip: string; length?: number };
  status: number;
  body: unknown;
  set(name: string, value: string): void;
}

/** Largest request body accepted, in bytes: a query and a language, with room for JSON. */
export const SEARCH_GAP_MAX_BODY_BYTES = 1024;

const windowSeconds = positiveSetting('SEARCH_GAPS_RATE_WINDOW_SECONDS', 600);
const limiter = createRateLimiter({
  limit: positiveSetting('SEARCH_GAPS_RATE_LIMIT', 30),
  windowMs: windowSeconds * 1000,
});

const refuse = (ctx: Ctx, status: number, name: string, message: string) => {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message } };
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Stores a query that found nothing: the normalised text and the site's language, nothing else
   * (no address, no id; the client's address only counts against the rate limit, in memory). A
   * query that looks personal is accepted and dropped, so the page never learns what was kept.
   */
  async report(ctx: Ctx) {
    // Every request counts against the limit, refused ones too.
    if (!limiter.allow(ctx.request.ip)) {
      ctx.set('Retry-After', String(windowSeconds));
      return refuse(ctx, 429, 'TooManyRequests', 'För många på kort tid. Försök igen om en stund.');
    }
    if ((ctx.request.length ?? 0) > SEARCH_GAP_MAX_BODY_BYTES) {
      return refuse(ctx, 413, 'PayloadTooLarge', `Högst ${SEARCH_GAP_MAX_BODY_BYTES} byte`);
    }
    const body = ctx.request.body as { query?: unknown; locale?: unknown } | undefined;
    // A body sent without a length is measured once parsed.
    if (JSON.stringify(body ?? null).length > SEARCH_GAP_MAX_BODY_BYTES) {
      return refuse(ctx, 413, 'PayloadTooLarge', `Högst ${SEARCH_GAP_MAX_BODY_BYTES} byte`);
    }
    const locale = body?.locale === 'en' ? 'en' : body?.locale === 'sv' ? 'sv' : null;
    if (!body || typeof body.query !== 'string' || !locale) {
      return refuse(ctx, 400, 'ValidationError', 'Skicka { "query": text, "locale": "sv" eller "en" }');
    }
    const query = searchGapText(body.query);
    if (query) await strapi.documents('api::search-gap.search-gap').create({ data: { query, locale } });
    ctx.status = 204;
    ctx.body = null;
  },
});
