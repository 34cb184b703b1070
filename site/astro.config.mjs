// The public site: static HTML for every page, React only for the search and helpdesk islands.
// Settings are read and checked in src/config/env.ts (documented in ENV.md).
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { readEnv } from './src/config/env.ts';
import { compress } from './src/integrations/compress.ts';
import { security } from './src/integrations/security.ts';
import { sitemap } from './src/integrations/sitemap.ts';

const env = readEnv();

export default defineConfig({
  site: env.SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No prefetching, no view transitions: pages without an island ship no JavaScript at all.
  prefetch: false,
  devToolbar: { enabled: false },
  server: { port: 4322, host: '127.0.0.1' },
  // compress() last: it writes the .br/.gz copies of every file the others wrote.
  integrations: [react(), sitemap(env.SITE_URL), security(env), compress()],
});
