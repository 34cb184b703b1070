// RSS 2.0 through @astrojs/rss: a channel that points to itself (atom:link), its language and build
// time, and items whose values are escaped by the library's XML builder. Characters that XML 1.0
// forbids (control characters from pasted text) are removed first: no escaping makes them legal.
import { getRssString } from '@astrojs/rss';
import { escapeXml, withoutForbiddenXmlCharacters } from './xml.ts';

export interface RssItem {
  title: string;
  /** Absolute address of the entry's page; also the guid. */
  link: string;
  description: string;
  /** When it was published. */
  published: Date;
  categories?: readonly string[];
}

export interface RssChannel {
  title: string;
  /** Absolute address of the site (or the section). */
  link: string;
  /** Absolute address of this feed. */
  self: string;
  description: string;
  /** `sv-SE` or `en-GB`. */
  language: string;
  built: Date;
  items: readonly RssItem[];
}

const clean = withoutForbiddenXmlCharacters;

export function rss(channel: RssChannel): Promise<string> {
  return getRssString({
    title: clean(channel.title),
    description: clean(channel.description),
    site: channel.link,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
      `<language>${escapeXml(channel.language)}</language>`,
      `<lastBuildDate>${channel.built.toUTCString()}</lastBuildDate>`,
    ].join(''),
    items: channel.items.map((item) => ({
      title: clean(item.title),
      link: item.link,
      description: clean(item.description),
      pubDate: item.published,
      categories: (item.categories ?? []).map(clean),
    })),
  });
}
