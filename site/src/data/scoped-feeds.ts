// One file of a county's, an area's or a county × area pair's feeds, for the routes under
// /lan/, /omrade/, /en/county/ and /en/area/.
import type { APIContext } from 'astro';
import type { ScopedFeedProps } from '../lib/feed-items.ts';
import type { Locale } from '../lib/i18n.ts';
import { icalResponse, rssResponse } from './feeds.ts';

export { scopedFeedStaticPaths } from './paths.ts';

export function scopedFeed(locale: Locale, { props }: APIContext): Promise<Response> {
  const file = props as ScopedFeedProps;
  return file.kind === 'rss' ? rssResponse(locale, file.type, file.scope) : icalResponse(locale, file.feed, file.scope);
}
