// Writes sitemap.xml after the build from the HTML files actually built, so it lists every page
// and nothing else.
import { readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pagePathOfFile, sitemapXml } from '../lib/feeds/sitemap.ts';

export function sitemap(siteUrl: string): AstroIntegration {
  return {
    name: 'skb-sitemap',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await readdir(root, { recursive: true });
        const paths = files.map(pagePathOfFile).filter((path): path is string => Boolean(path));
        await writeFile(new URL('sitemap.xml', dir), sitemapXml(siteUrl, paths));
        logger.info(`sitemap.xml: ${paths.length} pages`);
      },
    },
  };
}
