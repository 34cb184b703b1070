import { PUBLIC_TYPES } from '@skb/content-types';
import { verifyPreviewQuery } from '@skb/content-types/preview-link';
import type { Core, UID } from '@strapi/strapi';

interface Ctx {
  query: Record<string, unknown>;
  status: number;
  body: unknown;
  set(name: string, value: string): void;
}

const refuse = (ctx: Ctx, status: number, name: string, message: string) => {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message } };
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async document(ctx: Ctx) {
    ctx.set('Cache-Control', 'no-store');
    ctx.set('X-Robots-Tag', 'noindex');
    const secret = process.env.PREVIEW_SECRET ?? '';
    if (!secret) return refuse(ctx, 404, 'NotFoundError', 'Förhandsvisning är inte påslagen');
    const verified = verifyPreviewQuery({ secret, query: ctx.query });
    if (!verified.ok) {
      return refuse(
        ctx,
        401,
        'UnauthorizedError',
        verified.reason === 'expired' ? 'Länken har gått ut' : 'Länken är inte giltig',
      );
    }
    const { link } = verified;
    const type = PUBLIC_TYPES.find((candidate) => candidate.uid === link.type);
    // Only a public type has a page; the signature is the CMS's own, so this is a wrong secret elsewhere.
    if (!type) return refuse(ctx, 404, 'NotFoundError', 'Typen har ingen sida');
    const uid = type.uid as UID.ContentType;
    const document = await strapi.documents(uid).findOne({
      documentId: link.documentId,
      locale: link.locale,
      status: link.status,
      // The model's populate lists are readonly tuples, which Strapi's (mutable) populate type refuses.
      populate: type.populate as never,
    });
    if (!document) {
      ctx.body = { data: null };
      return;
    }
    // The public API's own output sanitizing: private fields (the review's) never leave the CMS.
    ctx.body = { data: await strapi.contentAPI.sanitize.output(document, strapi.getModel(uid), {}) };
  },
});
