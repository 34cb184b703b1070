import { PUBLIC_TYPES } from '@skb/content-types';
import { REVIEW_STATES } from '@skb/content-types/review';
import type { Core } from '@strapi/strapi';

const perVersion = { pluginOptions: { i18n: { localized: true } } } as const;

/**
 * The review fields of every public type, kept here once: a type added to PUBLIC_TYPES gets them
 * without a line of its own. Only `reviewState` is the editor's to set; the others are written by
 * the review gate (cms/src/review/gate.ts) and never taken from a request.
 */
export const REVIEW_ATTRIBUTES = {
  reviewState: { type: 'enumeration', enum: [...REVIEW_STATES], default: 'utkast', private: true, ...perVersion },
  reviewAuthor: { type: 'string', private: true, ...perVersion },
  reviewApprovedBy: { type: 'string', private: true, ...perVersion },
  reviewFingerprint: { type: 'string', private: true, ...perVersion },
  reviewCounties: { type: 'string', private: true, ...perVersion },
} as const;

/** Fields a request may never set. */
export const GATE_FIELDS = ['reviewAuthor', 'reviewApprovedBy', 'reviewFingerprint', 'reviewCounties'] as const;

/** Adds the review fields to every public type; runs in `register`, before the database schema is synced. */
export function addReviewAttributes(strapi: Core.Strapi): void {
  for (const type of PUBLIC_TYPES) {
    strapi.get('content-types').extend(type.uid, (contentType: { attributes: Record<string, unknown> }) => {
      Object.assign(contentType.attributes, structuredClone(REVIEW_ATTRIBUTES));
    });
  }
}
