// Each process of the stack gets only the environment it needs: the site build never sees the CMS's
// secrets or the Meilisearch master key (it runs third-party code and its output is public),
// Meilisearch never sees the CMS's, the indexer never sees the admin password or the database's.
// The user's own environment passes only in its harmless system part (PATH, locale, …), so a token
// in the user's shell does not reach any of them either.

import { readFileSync } from 'node:fs';
import { STRAPI_SECRET_NAMES } from '@skb/cms/strapi-secrets';

export type Component = 'cms' | 'meilisearch' | 'indexer' | 'site-build';

/** Names from the user's environment every process may need to run at all. */
const SYSTEM =
  /^(PATH|HOME|USER|LOGNAME|SHELL|LANG|LANGUAGE|LC_[A-Z]+|TZ|TMPDIR|TERM|NO_COLOR|FORCE_COLOR|NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|SSL_CERT_DIR)$/;

/** A setting whose value is a secret: given only to the components named for it below. */
export const isSecret = (name: string) =>
  /(SECRET|PASSWORD|TOKEN|SALT|(^|_)KEYS?$)/.test(name) || name === 'DATABASE_URL' || name === 'STRAPI_ADMIN_EMAIL';

/** The secrets each component needs (and the site build's search-only key, which is public anyway). */
const SECRETS: Record<Component, ReadonlySet<string>> = {
  cms: new Set([
    ...STRAPI_SECRET_NAMES,
    'STRAPI_ADMIN_EMAIL',
    'STRAPI_ADMIN_PASSWORD',
    'DATABASE_URL',
    'DATABASE_PASSWORD',
    'SEARCH_WEBHOOK_SECRET',
    // Signs the e-mail digest's confirmation and unsubscribe links.
    'DIGEST_SECRET',
    // Signs the preview links; the stack's site server (the stack's own process) checks them too.
    'PREVIEW_SECRET',
  ]),
  meilisearch: new Set(['MEILI_MASTER_KEY']),
  // CMS → indexer, reindex → indexer, indexer → site server: one secret per channel.
  indexer: new Set(['MEILI_MASTER_KEY', 'SEARCH_WEBHOOK_SECRET', 'REINDEX_WEBHOOK_SECRET', 'SITE_REBUILD_SECRET']),
  'site-build': new Set(['PUBLIC_MEILI_SEARCH_KEY']),
};

/** Settings of the other components that a component has no use for (not secret, just not its business). */
const FOREIGN: Record<Component, RegExp> = {
  cms: /^(MEILI_|SITE_BUILD_|SITE_OUT_DIR|SITE_CACHE_DIR)/,
  meilisearch: /^(DATABASE_|CMS_|HELPDESK_|DIGEST_|STRAPI_|SITE_|PUBLIC_|SEARCH_|PREVIEW_)/,
  indexer: /^(DATABASE_|HELPDESK_|DIGEST_|STRAPI_|SITE_BUILD_|PUBLIC_|PREVIEW_)/,
  'site-build': /^(DATABASE_|HELPDESK_|DIGEST_|STRAPI_|MEILI_|SEARCH_|INDEXER_|PREVIEW_)/,
};

/**
 * The environment of `component`: the system part of `userEnv`, and of `settings` (the stack's
 * settings: .env, the user's overrides, the addresses the stack assigns) what it may have.
 * `settingNames` are the names that count as settings (those in .env.example and the stack's own).
 */
export function childEnv(
  component: Component,
  options: { userEnv: NodeJS.ProcessEnv; settings: NodeJS.ProcessEnv; settingNames: ReadonlySet<string> },
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(options.userEnv)) {
    if (value !== undefined && SYSTEM.test(name)) env[name] = value;
  }
  for (const [name, value] of Object.entries(options.settings)) {
    if (value === undefined || !options.settingNames.has(name)) continue;
    if (isSecret(name) ? !SECRETS[component].has(name) : FOREIGN[component].test(name)) continue;
    env[name] = value;
  }
  return env;
}

/** The names that count as settings: every one in .env.example (set or shown commented out). */
export function settingNames(envExample: string): Set<string> {
  const text = readFileSync(envExample, 'utf8');
  return new Set([
    'NODE_ENV',
    'ENV_PATH',
    'DATA_DIR',
    ...[...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]),
  ]);
}
