// Strapi's Preview (a free feature) for every public type: the edit view's preview opens the site's
// `/forhandsvisning/` with a link signed for that version of that entry, valid for an hour
// (@skb/content-types/preview-link). Without PREVIEW_SECRET and PREVIEW_SITE_URL (the stack sets
// both) there is no preview button.
import { PUBLIC_TYPES } from '@skb/content-types';
import { PREVIEW_PATH, type PreviewStatus, signPreviewQuery } from '@skb/content-types/preview-link';
import type { Core } from '@strapi/strapi';

export interface PreviewSettings {
  secret: string;
  /** The site that serves the preview route (the stack's site server), without a trailing slash. */
  siteUrl: string;
}

export function previewSettings(env: (name: string, fallback: string) => string): PreviewSettings | null {
  const secret = env('PREVIEW_SECRET', '');
  const raw = env('PREVIEW_SITE_URL', '');
  if (!secret || !raw) return null;
  if (secret.length < 16)
    throw new Error('PREVIEW_SECRET must be at least 16 characters long (npm start generates one)');
  let siteUrl: URL;
  try {
    siteUrl = new URL(raw);
  } catch {
    throw new Error(`PREVIEW_SITE_URL must be an http(s) address, not "${raw}"`);
  }
  if (siteUrl.protocol !== 'http:' && siteUrl.protocol !== 'https:') {
    throw new Error(`PREVIEW_SITE_URL must be an http(s) address, not "${raw}"`);
  }
  return { secret, siteUrl: siteUrl.href.replace(/\/+$/, '') };
}

const PUBLIC_UIDS = new Set<string>(PUBLIC_TYPES.map((type) => type.uid));

/** Strapi's `admin.preview` configuration. */
export function previewConfig(settings: PreviewSettings | null): NonNullable<Core.Config.Admin['preview']> {
  if (!settings) return { enabled: false, config: { handler: () => null } };
  return {
    enabled: true,
    config: {
      // Strapi adds these to the admin's frame-src, so the preview can be shown inside the admin.
      allowedOrigins: [new URL(settings.siteUrl).origin],
      async handler(uid, { documentId, locale, status }) {
        // Private types (helpdesk questions, subscribers) have no page and no preview.
        if (!PUBLIC_UIDS.has(uid) || !documentId) return null;
        const query = signPreviewQuery({
          secret: settings.secret,
          target: {
            type: uid,
            documentId,
            locale: locale === 'en' ? 'en' : 'sv',
            status: (status === 'published' ? 'published' : 'draft') as PreviewStatus,
          },
        });
        return `${settings.siteUrl}${PREVIEW_PATH}?${query}`;
      },
    },
  };
}
