// The public site: static HTML for every page, React only for the search and helpdesk islands.
// Settings are read and checked in src/config/env.ts (documented in ENV.md).
import node from '@astrojs/node';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { readEnv, settingsOf } from './src/config/env.ts';
import { compress } from './src/integrations/compress.ts';
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

export default defineConfig({
  site: env.SITE_URL,
  trailingSlash: 'always',
  build: withPreview ? { format: 'directory', client: './', server: previewServerDir } : { format: 'directory' },
  // No prefetching, no view transitions: pages without an island ship no JavaScript at all.
  prefetch: false,
  devToolbar: { enabled: false },
  server: { port: 4322, host: '127.0.0.1' },
import { readEnv, settingsOf } from './src/config/env.ts';
import { compress } from './src/integrations/compress.ts';
import { previewRoute } from './src/integrations/preview.ts';
});
