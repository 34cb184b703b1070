// Facets as fieldsets of checkboxes with counts, and the chosen filters as buttons that remove them.
// Only what is drawn: the values come from the first answer or from InstantSearch (Live.tsx).
import type { FacetAttribute } from '../../lib/search-url.ts';
import type { FacetItem, Refinement, SearchProps, T } from './types.ts';

export function FacetList({
  attribute,
  legend,
  labels,
  items,
  canToggleShowMore,
  isShowingMore,
  onToggle,
  onToggleShowMore,
  t,
}: {
  attribute: FacetAttribute;
  legend: string;
  labels: Record<string, string>;
  items: FacetItem[];
  canToggleShowMore: boolean;
  isShowingMore: boolean;
  onToggle: (value: string) => void;
  onToggleShowMore: () => void;
  t: T;
}) {
  if (items.length === 0) return null;
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <ul>
        {items.map((item) => (
          <li key={item.value}>
            <label>
              <input
                type="checkbox"
                checked={item.isRefined}
                data-focus={`${attribute}:${item.value}`}
                onChange={() => onToggle(item.value)}
              />
              <span>{labels[item.value] ?? item.label}</span> <span className="count">({item.count})</span>
            </label>
          </li>
        ))}
      </ul>
      {canToggleShowMore && (
        <button
          type="button"
          className="secondary"
          data-focus={`${attribute}:more`}
          onClick={onToggleShowMore}
          aria-expanded={isShowingMore}
        >
          {isShowingMore ? t('facet.showLess') : t('facet.showMore')}
        </button>
      )}
    </fieldset>
  );
}

export function CurrentRefinements({
  items,
  labels,
  onRemove,
  onClear,
  t,
}: {
  items: Refinement[];
  labels: SearchProps['labels'];
  onRemove: (refinement: Refinement) => void;
  onClear: () => void;
  t: T;
}) {
  if (items.length === 0) return null;
  return (
    <div>
      <h3 className="visually-hidden">{t('filters.active')}</h3>
      <ul className="current-refinements">
        {items.map((item) => (
          <li key={`${item.attribute}:${item.value}`}>
            <button type="button" onClick={() => onRemove(item)}>
              {t('filters.remove', { value: labels[item.attribute]?.[item.value] ?? item.value })}
            </button>
          </li>
        ))}
        <li>
          <button type="button" onClick={onClear}>
            {t('filters.clear')}
          </button>
        </li>
      </ul>
    </div>
  );
}
