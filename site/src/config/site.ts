// The settings every page shares, resolved once per build.
import { readEnv } from './env.ts';

// The preview route runs in the stack's process: its build writes the build's settings in here
// (astro.config.mjs), as static pages have them from the build's environment.
declare const __SKB_SITE_SETTINGS__: Record<string, string | undefined> | undefined;

export const env = readEnv(typeof __SKB_SITE_SETTINGS__ === 'undefined' ? process.env : __SKB_SITE_SETTINGS__);

/** The moment this build describes: funding-call statuses and days left are computed for it. */
export const buildTime = new Date(env.SITE_NOW ?? Date.now());

/** The CMS as a reader's browser reaches it. */
export const publicCmsUrl = env.PUBLIC_CMS_URL ?? env.CMS_URL;

/** The site's own address, without a trailing slash. */
export const siteUrl = env.SITE_URL;

/** Absolute address of a path on the site. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl}/`).href;
}
