// The public site: static HTML for every page, Preact only for the search and helpdesk islands (their
// code is written against React's API, which Preact's compatibility layer gives them, react-instantsearch
// included, at a tenth of React's weight).
// Settings are read and checked in src/config/env.ts (documented in ENV.md).
import node from '@astrojs/node';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { readEnv, settingsOf } from './src/config/env.ts';
import { cmsContent } from './src/integrations/cms-data.ts';
import { partial } from './src/integrations/partial.ts';
import { previewRoute } from './src/integrations/preview.ts';
import { security } from './src/integrations/security.ts';
import { sitemap } from './src/integrations/sitemap.ts';

const env = readEnv();
// Builds for the stack add the preview route, rendered on request by the stack's server; the
// static pages stay where they are (the build's root). The server code is built inside the site
// package (the pages are rendered from there and import the site's dependencies), and
// scripts/build.ts moves it to the build's `_preview-server/`, which the static server never serves.
const withPreview = process.env.SITE_PREVIEW_SERVER === '1';
const previewServerDir = process.env.SITE_PREVIEW_SERVER_DIR || './_preview-server/';

/**
 * react-instantsearch looks up React 19's `use` by name and does without it when it is missing, as
 * it is in Preact's compatibility layer; the bundler's warning about that one lookup is left out
 * of every build's output (a plugin's onLog: the same in every build environment). Every other
 * warning stays.
 */
const withoutKnownWarnings = {
  plugins: [
    {
      name: 'skb:known-warnings',
      onLog(_level, log) {
        if (log.code === 'IMPORT_IS_UNDEFINED' && /react-instantsearch-core[\\/].*[\\/]use\.js/.test(log.id ?? ''))
          return false;
      },
    },
  ],
};

export default defineConfig({
  site: env.SITE_URL,
  trailingSlash: 'always',
  build: withPreview ? { format: 'directory', client: './', server: previewServerDir } : { format: 'directory' },
  // No prefetching, no view transitions: pages without an island ship no JavaScript at all.
  prefetch: false,
  devToolbar: { enabled: false },
  server: { port: 4322, host: '127.0.0.1' },
  // cmsContent() reads the CMS before anything is bundled (src/data/cms-data.ts). Preact renders
  // the islands alone: given no `include`, its plugin runs Babel over every .ts file of the site
  // (some 3 s of every build), which Vite's own transform handles without it.
  // partial() before sitemap() and security(): a partial build takes the pages it did not render
  // from the previous build before the sitemap and the policy are made from the pages. The .br/.gz
  // copies of every file are written after the build, by scripts/build.ts (src/integrations/compress.ts).
  integrations: [
    cmsContent(),
    preact({ compat: true, include: ['**/src/islands/**/*.tsx'] }),
    partial(),
    sitemap(env.SITE_URL),
    security(env),
    ...(withPreview ? [previewRoute()] : []),
  ],
  ...(withPreview
    ? {
        adapter: node({ mode: 'middleware' }),
        session: false,
        // The preview runs in the stack's process, whose environment is not the build's: it renders
        // with the settings the build was made with (none of them secret; see src/config/env.ts).
        // The build's folder moves (to the stack's data folder, a test's temporary one): the preview's
        // server code carries its dependencies instead of importing them from node_modules.
        vite: {
          ...withoutKnownWarnings,
          define: { __SKB_SITE_SETTINGS__: JSON.stringify(settingsOf(process.env)) },
          environments: { ssr: { resolve: { noExternal: true } } },
        },
      }
    : { vite: withoutKnownWarnings }),
});
