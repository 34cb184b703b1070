// The results: a heading to return focus to, the count announced once typing pauses, the chosen
// filters, a helpful message when nothing matches, the hits, and pages.
import { useEffect, useRef, useState } from 'react';
import { useClearRefinements, useHits, useInstantSearch, usePagination } from 'react-instantsearch';
import { CurrentRefinements } from './Facets.tsx';
import { HitCard } from './HitCard.tsx';
import type { Hit, SearchProps, T } from './types.ts';
import { BrowseLinks, Unavailable } from './Unavailable.tsx';
import { useSearchGapReport } from './useSearchGapReport.ts';

export function Results({ props, t }: { props: SearchProps; t: T }) {
  const { items, results } = useHits<Hit>();
  const { status, error, indexUiState } = useInstantSearch({ catchError: true });
  const { currentRefinement, nbPages, refine: goTo, isFirstPage, isLastPage, createURL } = usePagination();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const total = results?.nbHits ?? 0;
  const query = indexUiState.query ?? '';
  const hasFilters = Object.values(indexUiState.refinementList ?? {}).some((values) => values && values.length > 0);
  const countText = query ? t('results.countFor', { count: total, query }) : t('results.count', { count: total });
  // Screen readers hear the count once typing pauses, not on every keystroke.
  useEffect(() => {
    if (status !== 'idle' || !results) return;
    const timer = setTimeout(() => setAnnouncement(countText), 700);
    return () => clearTimeout(timer);
  }, [countText, status, results]);
  const { refine: clear } = useClearRefinements();
  useSearchGapReport({
    endpoint: props.searchGapEndpoint,
    locale: props.locale,
    query,
    foundNothing: Boolean(results) && status === 'idle' && !error && total === 0 && !hasFilters,
  });

  if (error && !results?.hits?.length) return <Unavailable t={t} browse={props.browse} />;
  const page = (n: number) => {
    goTo(n);
    headingRef.current?.focus();
  };
  return (
    <div>
      <h2 ref={headingRef} tabIndex={-1} id="results-heading">
        {t('results.heading')}
      </h2>
      <p role="status" aria-live="polite" aria-atomic="true" className="visually-hidden">
        {announcement}
      </p>
      {results && <p aria-hidden="true">{countText}</p>}
      <CurrentRefinements labels={props.labels} t={t} />
      {results && items.length === 0 && status === 'idle' && (
        <div className="notice">
          <p>
            <strong>{query ? t('empty.titleFor', { query }) : t('empty.title')}</strong>
          </p>
          <ul>
            <li>{t('empty.spelling')}</li>
            <li>{t('empty.broader')}</li>
            {hasFilters && (
              <li>
                {t('empty.filters')}{' '}
                <button type="button" className="secondary" onClick={clear}>
                  {t('filters.clear')}
                </button>
              </li>
            )}
          </ul>
          <p>{t('empty.browse')}</p>
          <BrowseLinks links={props.browse} />
        </div>
      )}
      <ol className="cards" aria-labelledby="results-heading">
        {items.map((hit) => (
          <li key={hit.objectID}>
            <HitCard hit={hit} props={props} t={t} />
          </li>
        ))}
      </ol>
      {nbPages > 1 && (
        <nav className="pagination" aria-label={t('pagination.label')}>
          <ul>
            {!isFirstPage && (
              <li>
                <a
                  href={createURL(currentRefinement - 1)}
                  onClick={(event) => {
                    event.preventDefault();
                    page(currentRefinement - 1);
                  }}
                >
                  {t('pagination.previous')}
                </a>
              </li>
            )}
            <li>
              <span aria-current="page">{t('pagination.pageOf', { page: currentRefinement + 1, pages: nbPages })}</span>
            </li>
            {!isLastPage && (
              <li>
                <a
                  href={createURL(currentRefinement + 1)}
                  onClick={(event) => {
                    event.preventDefault();
                    page(currentRefinement + 1);
                  }}
                >
                  {t('pagination.next')}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </div>
  );
}
