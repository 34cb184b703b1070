// Facets as fieldsets of checkboxes with counts, and the chosen filters as buttons that remove them.
import { useClearRefinements, useCurrentRefinements, useRefinementList } from 'react-instantsearch';
import type { FacetAttribute } from '../../lib/search-url.ts';
import type { SearchProps, T } from './types.ts';

export function Facet({
  attribute,
  legend,
  labels,
  t,
}: {
  attribute: FacetAttribute;
  legend: string;
  labels: Record<string, string>;
  t: T;
}) {
  const { items, refine, canToggleShowMore, isShowingMore, toggleShowMore } = useRefinementList({
    attribute,
    limit: 8,
    showMore: true,
    showMoreLimit: 300,
    sortBy: ['isRefined:desc', 'count:desc', 'name:asc'],
  });
  if (items.length === 0) return null;
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <ul>
        {items.map((item) => (
          <li key={item.value}>
            <label>
              <input type="checkbox" checked={item.isRefined} onChange={() => refine(item.value)} />
              <span>{labels[item.value] ?? item.label}</span> <span className="count">({item.count})</span>
            </label>
          </li>
        ))}
      </ul>
      {canToggleShowMore && (
        <button type="button" className="secondary" onClick={toggleShowMore} aria-expanded={isShowingMore}>
          {isShowingMore ? t('facet.showLess') : t('facet.showMore')}
        </button>
      )}
    </fieldset>
  );
}

export function CurrentRefinements({ labels, t }: { labels: SearchProps['labels']; t: T }) {
  const { items, refine } = useCurrentRefinements();
  const { refine: clear, canRefine } = useClearRefinements();
  if (!canRefine) return null;
  return (
    <div>
      <h3 className="visually-hidden">{t('filters.active')}</h3>
      <ul className="current-refinements">
        {items.flatMap((item) =>
          item.refinements.map((refinement) => (
            <li key={`${item.attribute}:${refinement.value}`}>
              <button type="button" onClick={() => refine(refinement)}>
                {t('filters.remove', {
                  value:
                    labels[item.attribute as FacetAttribute]?.[String(refinement.value)] ?? String(refinement.label),
                })}
              </button>
            </li>
          )),
        )}
        <li>
          <button type="button" onClick={clear}>
            {t('filters.clear')}
          </button>
        </li>
      </ul>
    </div>
  );
}
