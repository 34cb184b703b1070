// InstantSearch's router for the search page: reads and writes the search state in the address
// (lib/search-url.ts decides the format), one history entry per pause in typing, and follows the
// back and forward buttons. Written here so the island needs nothing beyond react-instantsearch.
import { parseSearchQueryString, type SearchState, searchQueryString } from '../lib/search-url.ts';

export interface SearchRouter {
  $$type: string;
  read(): SearchState;
  write(route: SearchState): void;
  createURL(route: SearchState): string;
  onUpdate(callback: (route: SearchState) => void): void;
  dispose(): void;
}

/** Writes wait this long, so typing "butik" makes one history entry, not five. */
const WRITE_DELAY_MS = 400;

/**
 * `start`: the state to start from instead of the address's (what the reader did before InstantSearch
 * ran; the address follows once its answer is shown).
 */
export function urlRouter(locale: 'sv' | 'en', start?: SearchState): SearchRouter {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let listener: (() => void) | undefined;
  let first = start;
  const createURL = (route: SearchState) => `${window.location.pathname}${searchQueryString(route, locale)}`;
  return {
    $$type: 'skb.url',
    read() {
      const route = first ?? parseSearchQueryString(window.location.search, locale);
      first = undefined;
      return route;
    },
    createURL,
    write(route) {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const url = createURL(route);
        if (url !== `${window.location.pathname}${window.location.search}`) window.history.pushState(null, '', url);
      }, WRITE_DELAY_MS);
    },
    onUpdate(callback) {
      listener = () => callback(parseSearchQueryString(window.location.search, locale));
      window.addEventListener('popstate', listener);
    },
    dispose() {
      clearTimeout(timer);
      if (listener) window.removeEventListener('popstate', listener);
    },
  };
}
