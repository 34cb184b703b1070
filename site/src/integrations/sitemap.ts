// Writes sitemap.xml after the build from the HTML files actually built, so it lists every page
// and nothing else. Not @astrojs/sitemap (3.7, which does support Astro 7): it writes only
// sitemap-index.xml and sitemap-0.xml, never the /sitemap.xml that robots.txt and readers use.
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { pagePathOfFile, sitemapXml } from '../lib/feeds/sitemap.ts';
import { pagesUnder } from './files.ts';

export function sitemap(siteUrl: string): AstroIntegration {
  return {
    name: 'skb-sitemap',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const paths = pagesUnder(dir)
          .map(pagePathOfFile)
          .filter((path): path is string => Boolean(path));
        await writeFile(new URL('sitemap.xml', dir), sitemapXml(siteUrl, paths));
        logger.info(`sitemap.xml: ${paths.length} pages`);
      },
    },
  };
}
