// The results: a heading to return focus to, the count announced once typing pauses, the chosen
// filters, a helpful message when nothing matches, the hits, and pages. Only what is drawn: the
// results come from the first answer or from InstantSearch (Live.tsx).
import { type RefObject, useEffect, useState } from 'react';
import { CurrentRefinements } from './Facets.tsx';
import { HitCard } from './HitCard.tsx';
import type { Refinement, ResultsModel, SearchProps, T } from './types.ts';
import { BrowseLinks, Unavailable } from './Unavailable.tsx';
import { useSearchGapReport } from './useSearchGapReport.ts';

export interface ResultsActions {
  onRemove: (refinement: Refinement) => void;
  onClear: () => void;
  /** The address of a page of results (from 0). */
  pageUrl: (page: number) => string;
  /** Go to a page without loading the address; none: the link is followed. */
  onPage?: (page: number) => void;
  headingRef?: RefObject<HTMLHeadingElement>;
}

export function Results({
  model,
  actions,
  props,
  t,
}: {
  model: ResultsModel;
  actions: ResultsActions;
  props: SearchProps;
  t: T;
}) {
  const { hits, total, query, refinements, page, nbPages, idle, failed } = model;
  const [announcement, setAnnouncement] = useState('');
  const hasFilters = refinements.length > 0;
  const countText = query ? t('results.countFor', { count: total, query }) : t('results.count', { count: total });
  // Screen readers hear the count once typing pauses, not on every keystroke.
  useEffect(() => {
    if (!idle) return;
    const timer = setTimeout(() => setAnnouncement(countText), 700);
    return () => clearTimeout(timer);
  }, [countText, idle]);
  useSearchGapReport({
    endpoint: props.searchGapEndpoint,
    locale: props.locale,
    query,
    foundNothing: idle && !failed && total === 0 && !hasFilters,
  });

  if (failed && hits.length === 0) return <Unavailable t={t} browse={props.browse} />;
  const pageLink = (n: number, label: string) => (
    <a
      href={actions.pageUrl(n)}
      onClick={
        actions.onPage &&
        ((event) => {
          event.preventDefault();
          actions.onPage?.(n);
        })
      }
    >
      {label}
    </a>
  );
  return (
    <div>
      <h2 ref={actions.headingRef} tabIndex={-1} id="results-heading">
        {t('results.heading')}
      </h2>
      <p role="status" aria-live="polite" aria-atomic="true" className="visually-hidden">
        {announcement}
      </p>
      <p aria-hidden="true">{countText}</p>
      <CurrentRefinements
        items={refinements}
        labels={props.labels}
        onRemove={actions.onRemove}
        onClear={actions.onClear}
        t={t}
      />
      {hits.length === 0 && idle && (
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
                <button type="button" className="secondary" onClick={actions.onClear}>
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
        {hits.map((hit) => (
          <li key={hit.url}>
            <HitCard hit={hit} props={props} t={t} />
          </li>
        ))}
      </ol>
      {nbPages > 1 && (
        <nav className="pagination" aria-label={t('pagination.label')}>
          <ul>
            {page > 0 && <li>{pageLink(page - 1, t('pagination.previous'))}</li>}
            <li>
              <span aria-current="page">{t('pagination.pageOf', { page: page + 1, pages: nbPages })}</span>
            </li>
            {page < nbPages - 1 && <li>{pageLink(page + 1, t('pagination.next'))}</li>}
          </ul>
        </nav>
      )}
    </div>
  );
}
