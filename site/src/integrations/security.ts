// Security at build time: refuses a PUBLIC_MEILI_SEARCH_KEY that can do more than search, and writes
// the site's headers (`_headers`: Content-Security-Policy with the hashes of the inline scripts the
// pages actually contain, frame-ancestors, nosniff, Referrer-Policy) for the static server and hosts.
// The hashes of each page's scripts are kept in `_build/inline-scripts.json`, so a partial build
// reads only the pages it rendered and takes the others' hashes from the build before it.
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteEnv } from '../config/env.ts';
import { PREVIOUS_FILE, type PreviousBuild, readState, TAKEN_FILE } from '../data/partial.ts';
import { contentSecurityPolicy, headersFile, inlineScripts, scriptHash } from '../lib/security/csp.ts';
import { extraKeyActions, SearchKeyError } from '../lib/security/search-key.ts';
import { pagesUnder } from './files.ts';
import { BUILD_INFO_DIR } from './partial.ts';

/** Page file → the hashes of its inline scripts (pages without any are left out). */
type ScriptRecord = Record<string, string[]>;
const SCRIPTS_FILE = 'inline-scripts.json';

/** The previous build's record and the pages taken from it, when this build is a partial one that has both. */
async function takenScripts(): Promise<{ record: ScriptRecord; taken: Set<string> } | null> {
  const state = process.env.SITE_PARTIAL_STATE;
  const previous = state ? readState<PreviousBuild>(state, PREVIOUS_FILE) : undefined;
  const taken = state ? readState<string[]>(state, TAKEN_FILE) : undefined;
  if (!previous || !taken) return null;
  try {
    const record = JSON.parse(await readFile(path.join(previous.dir, BUILD_INFO_DIR, SCRIPTS_FILE), 'utf8'));
    return { record, taken: new Set(taken) };
  } catch {
    return null;
  }
}

export function security(env: SiteEnv): AstroIntegration {
  const cms = env.PUBLIC_CMS_URL ?? env.CMS_URL;
  return {
    name: 'skb-security',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        // Before the content is read: a build that would publish a too-strong key stops first.
        if (command !== 'build') return;
        if (!env.PUBLIC_MEILI_SEARCH_KEY) return;
        const extra = await extraKeyActions({
          host: env.PUBLIC_MEILI_HOST,
          key: env.PUBLIC_MEILI_SEARCH_KEY,
          index: env.PUBLIC_MEILI_INDEX,
        });
        if (extra === null) {
          logger.warn(
            `could not ask Meilisearch at ${env.PUBLIC_MEILI_HOST} what PUBLIC_MEILI_SEARCH_KEY may do; check that it is a search-only key`,
          );
        } else if (extra.length > 0) {
          throw new SearchKeyError(
            `webbplatsens inställningar / site settings: PUBLIC_MEILI_SEARCH_KEY kan mer än söka / can do more than search (${extra.join(', ')}); varje läsares webbläsare får den / every reader's browser gets it. Använd söknyckeln / use the search-only key (\`npm run keys -w search-indexer\`)`,
          );
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = pagesUnder(dir);
        const before = await takenScripts();
        const record: ScriptRecord = {};
        for (const file of files) {
          const found = before?.taken.has(file)
            ? (before.record[file] ?? [])
            : // Read at once, not through the thread pool: a partial build reads a thousand, a full one 15,000.
              [...new Set(inlineScripts(readFileSync(path.join(root, file), 'utf8')).map(scriptHash))];
          if (found.length > 0) record[file] = found;
        }
        const hashes = new Set(Object.values(record).flat());
        await mkdir(path.join(root, BUILD_INFO_DIR), { recursive: true });
        await writeFile(path.join(root, BUILD_INFO_DIR, SCRIPTS_FILE), `${JSON.stringify(record)}\n`);
        const policy = contentSecurityPolicy({
          scriptHashes: [...hashes],
          connectOrigins: [env.PUBLIC_MEILI_HOST, cms],
          imageOrigins: [cms, ...env.MARKDOWN_IMAGE_ORIGINS],
          formOrigins: [cms],
        });
        await writeFile(path.join(root, '_headers'), headersFile(policy));
        logger.info(`_headers: Content-Security-Policy with ${hashes.size} inline script hashes`);
      },
    },
  };
}
