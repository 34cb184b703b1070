import { DEFAULT_LOCALE, PUBLIC_TYPES } from '@skb/content-types';
import {
  isReviewActionName,
  isReviewState,
  REVIEW_ACTIONS,
  type ReviewState,
  reviewActionRefusal,
} from '@skb/content-types/review';
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentActor } from './actor';

const REVIEWED = new Set<string>(PUBLIC_TYPES.map((type) => type.uid));

interface ActionContext {
  params: { uid?: string; documentId?: string; action?: string };
  query: { locale?: unknown };
  state: { userAbility?: { can(action: string, subject: string): boolean } };
  body: unknown;
}

/**
 * The admin's review buttons (Skicka till granskning, Godkänn, Skicka tillbaka) post here:
 * `POST /skb-review/:uid/:documentId/:action?locale=sv`, with the editor's admin session. The step
 * is written as the review field's save would be, through the Document Service, so its review gate
 * decides with the same rules (nobody approves their own change, a county editor only in their
 * counties); this route adds only who may press which button from which state.
 */
export function registerReviewActionRoute(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    routes: [
      {
        method: 'POST',
        path: '/skb-review/:uid/:documentId/:action',
        handler: async (koa: unknown) => {
          const ctx = koa as ActionContext;
          const { uid = '', documentId = '', action } = ctx.params;
          if (!REVIEWED.has(uid)) throw new errors.ValidationError(`Okänd posttyp för granskning: "${uid}"`);
          if (!isReviewActionName(action)) {
            throw new errors.ValidationError(
              `Okänt granskningssteg "${action}": ska vara ${Object.keys(REVIEW_ACTIONS).join(', ')}`,
            );
          }
          const locale = typeof ctx.query.locale === 'string' ? ctx.query.locale : DEFAULT_LOCALE;
          if (!ctx.state.userAbility?.can('plugin::content-manager.explorer.update', uid)) {
            throw new errors.ForbiddenError('Du får inte ändra poster av den här typen');
          }
          const documents = strapi.documents(uid as UID.ContentType);
          // Read through the Document Service too: a county editor is refused another county's entry here.
          const draft = (await documents.findOne({ documentId, locale, status: 'draft' })) as {
            reviewState?: unknown;
          } | null;
          if (!draft) throw new errors.NotFoundError(`Ingen post ${documentId} på språket ${locale}`);
          const state: ReviewState = isReviewState(draft.reviewState) ? draft.reviewState : 'utkast';
          const refusal = reviewActionRefusal(await currentActor(strapi), action, state);
          if (refusal) throw new errors.PolicyError(refusal);
          const target = REVIEW_ACTIONS[action].target;
          const written = (await documents.update({
            documentId,
            locale,
            // Every reviewed type has reviewState (REVIEW_ATTRIBUTES); the union of all types does not say so.
            data: { reviewState: target } as never,
          })) as { reviewState?: unknown } | null;
          ctx.body = { data: { documentId, locale, reviewState: written?.reviewState ?? target } };
        },
        info: { type: 'admin' },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  });
}
