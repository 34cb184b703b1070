// The Content-Security-Policy of the built site. Scripts run only from the site's own files and the
// few inline scripts Astro writes (the island loader), each allowed by its hash; nothing may frame
// the site. The browser talks only to the site, Meilisearch (search) and the CMS (helpdesk form,
// uploaded files).
import { createHash } from 'node:crypto';

/** Inline `<script>` elements that run (no `src`, a JavaScript type): their text. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const [, attributes, text] = match;
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = attributes.match(/\stype\s*=\s*["']?([^"'\s>]+)/i)?.[1]?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    scripts.push(text);
  }
  return scripts;
}

/** A CSP source for a script's exact text: `'sha256-…'`. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface PolicyOptions {
  /** Hashes of every inline script of the built pages. */
  scriptHashes: readonly string[];
  /** Origins the browser may send requests to (Meilisearch, the CMS). */
  connectOrigins: readonly string[];
  /** Origins images may load from (the CMS's uploads, MARKDOWN_IMAGE_ORIGINS). */
  imageOrigins: readonly string[];
  /** Origins forms may post to (the CMS, for the helpdesk form when it works without script). */
  formOrigins: readonly string[];
}

const origins = (list: readonly string[]) => [...new Set(list.map((url) => new URL(url).origin))];

export function contentSecurityPolicy(options: PolicyOptions): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...[...new Set(options.scriptHashes)].sort()],
    // Style attributes in the markup (bar widths, map positions) need 'unsafe-inline'; styles cannot run script.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', ...origins(options.imageOrigins)],
    ['connect-src', "'self'", ...origins(options.connectOrigins)],
    ['font-src', "'self'"],
    ['form-action', "'self'", ...origins(options.formOrigins)],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** The headers every page of the site is served with, besides the policy. */
export const SITE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
} as const;

/** The `_headers` file static hosts read (Netlify, Cloudflare Pages), and the site's own server too. */
export function headersFile(policy: string): string {
  const lines = [`Content-Security-Policy: ${policy}`, ...Object.entries(SITE_HEADERS).map(([k, v]) => `${k}: ${v}`)];
  // Hashed assets change name when they change: hosts that read this file may cache them for ever.
  return `/*\n${lines.map((line) => `  ${line}`).join('\n')}\n\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n`;
}
