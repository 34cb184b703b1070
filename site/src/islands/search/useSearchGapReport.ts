// Tells the CMS which queries found nothing, so editors know what to write next: the query's text
// and the page's language only, once per query and page view, after typing has paused, and never
// when the browser asks not to be tracked (Do Not Track, Global Privacy Control). No cookies, no
// referrer; a failed report is ignored.
import { browserOptsOut, searchGapText } from '@skb/content-types/search-gaps';
import { useEffect, useRef } from 'react';

/** How long a query must stand with no hits before it is reported (ms). */
const PAUSE_MS = 1500;

export function useSearchGapReport(args: {
  endpoint: string | undefined;
  locale: string;
  query: string;
  /** The query, with no filters chosen, found nothing. */
  foundNothing: boolean;
}): void {
  const { endpoint, locale, query, foundNothing } = args;
  const reported = useRef(new Set<string>());
  useEffect(() => {
    if (!endpoint || !foundNothing || browserOptsOut(navigator as Navigator & { globalPrivacyControl?: boolean }))
      return;
    const text = searchGapText(query);
    if (!text || reported.current.has(text)) return;
    const timer = setTimeout(() => {
      reported.current.add(text);
      fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: text, locale }),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        keepalive: true,
      }).catch(() => {});
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [endpoint, locale, query, foundNothing]);
}
