// The site's settings, read once from the environment at build time and checked here. Values
// prefixed PUBLIC_ end up in the browser; nothing else read here ever does. The site never reads
// the Meilisearch master key or a CMS token: it has no use for them.
import { z } from 'astro/zod';

// Each refusal says what fits in Swedish and English, as the indexer's and the stack's settings do
// (search-indexer/src/settings.ts); the error names the variable and the value it got.
const url = z
  .url({ protocol: /^https?$/, error: 'ska vara en http(s)-adress / must be an http(s) address' })
  .transform((u) => u.replace(/\/+$/, ''));
const WHOLE = 'ska vara ett heltal ≥ 1 / must be a whole number ≥ 1';
const word = z.string().trim().min(1, { error: 'får inte vara tomt / must not be empty' });

const schema = z.object({
  /** Where the build reads content: the CMS's REST API. */
  CMS_URL: url.default('http://127.0.0.1:1337'),
  /** The CMS as the browser reaches it (helpdesk form, uploaded files); defaults to CMS_URL. */
  PUBLIC_CMS_URL: url.optional(),
  /** Meilisearch as the browser reaches it. */
  PUBLIC_MEILI_HOST: url.default('http://127.0.0.1:7700'),
  /** A search-only key; empty means the search page says search is not available. */
  PUBLIC_MEILI_SEARCH_KEY: z.string().trim().default(''),
  /** The index the search page queries. */
  PUBLIC_MEILI_INDEX: word.default('knowledge'),
  /** The public address of the site, for feeds, the sitemap and canonical links. */
  SITE_URL: url.default('http://localhost:4321'),
  /** The moment funding-call statuses and "days left" are computed for (ISO 8601); defaults to the build's start. */
  SITE_NOW: z.iso
    .datetime({
      offset: true,
      error: 'ska vara en tidpunkt enligt ISO 8601, t.ex. 2026-11-30T12:00:00+01:00 / must be an ISO 8601 date-time',
    })
    .optional(),
  /** How long one request to the CMS may take before the build gives up, in milliseconds. */
  CMS_TIMEOUT_MS: z
    .string()
    .regex(/^\d+$/, { error: WHOLE })
    .transform(Number)
    .pipe(z.number().int().positive({ error: WHOLE }))
    .default(30_000),
  /** An e-mail address for readers who cannot use the helpdesk form (shown on the form and accessibility pages). */
  CONTACT_EMAIL: z.email({ error: 'ska vara en e-postadress / must be an e-mail address' }).optional(),
  /** Extra origins (comma-separated) that images in Markdown may load from, besides the CMS. */
  MARKDOWN_IMAGE_ORIGINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
});

export type SiteEnv = z.output<typeof schema>;

/** A setting that is present but wrong. The build stops with this one line. */
export class SiteConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SiteConfigError';
  }
}

/** The one line a wrong setting stops the build with: its name, what fits, and the value it got. */
const refusal = (name: string, says: string | undefined, value: string | undefined) =>
  new SiteConfigError(`webbplatsens inställningar / site settings: ${name} ${says}, inte / not "${value}"`);

/** The site's settings in `source` and nothing else (none of them is a secret). */
export function settingsOf(source: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.keys(schema.shape).map((key) => [key, source[key]]));
}

/** Reads and checks the settings from `source` (process.env by default). */
export function readEnv(source: Record<string, string | undefined> = process.env): SiteEnv {
  const picked = Object.fromEntries(
    Object.keys(schema.shape).map((key) => [key, source[key] === '' ? undefined : source[key]]),
  );
  const result = schema.safeParse(picked);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue?.path[0]);
    throw refusal(name, issue?.message, picked[name]);
  }
  return result.data;
}

/**
 * The build's heap cap in MB (SITE_BUILD_HEAP_MB: 512 by default, 0 for none). Not one of the
 * settings above: it changes how much memory the build may take, never what it writes, so it is
 * not part of what a partial build compares (scripts/build.ts).
 */
export function buildHeapMb(env: Record<string, string | undefined> = process.env): number {
  const raw = env.SITE_BUILD_HEAP_MB?.trim() || '512';
  if (!/^\d+$/.test(raw))
    throw refusal(
      'SITE_BUILD_HEAP_MB',
      'ska vara ett heltal i MB, 0 för inget tak / must be a whole number of MB, 0 for no cap',
      env.SITE_BUILD_HEAP_MB,
    );
  return Number(raw);
}
