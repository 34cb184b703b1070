// A sitemap (sitemaps.org 0.9) of the pages a build produced.
import { escapeXml } from './xml.ts';

/** The page address of a built HTML file: `metoder/x/index.html` → `/metoder/x/`; undefined for 404. */
export function pagePathOfFile(file: string): string | undefined {
  const normalised = file.split('\\').join('/');
  if (normalised === '404.html' || !normalised.endsWith('.html')) return undefined;
  if (normalised === 'index.html') return '/';
  if (normalised.endsWith('/index.html')) return `/${normalised.slice(0, -'index.html'.length)}`;
  return `/${normalised}`;
}

/** The sitemap of `paths` on `siteUrl`, sorted. */
export function sitemapXml(siteUrl: string, paths: readonly string[]): string {
  const base = siteUrl.replace(/\/+$/, '');
  const urls = [...paths].sort().map((path) => `<url><loc>${escapeXml(`${base}${path}`)}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
