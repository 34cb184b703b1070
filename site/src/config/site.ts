// The settings every page shares, resolved once per build.
import { readEnv } from './env.ts';

export const env = readEnv();

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
