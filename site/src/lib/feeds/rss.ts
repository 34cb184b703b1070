// RSS 2.0, written by hand: a channel with items, every value escaped.
import { escapeXml } from './xml.ts';

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

const tag = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;

export function rss(channel: RssChannel): string {
  const items = channel.items.map((item) =>
    [
      '<item>',
      tag('title', item.title),
      tag('link', item.link),
      `<guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
      tag('description', item.description),
      tag('pubDate', item.published.toUTCString()),
      ...(item.categories ?? []).map((category) => tag('category', category)),
      '</item>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    tag('title', channel.title),
    tag('link', channel.link),
    `<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    tag('description', channel.description),
    tag('language', channel.language),
    tag('lastBuildDate', channel.built.toUTCString()),
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
