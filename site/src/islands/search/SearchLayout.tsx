// Facets beside (on a narrow screen: above) the results: the same frame for the first answer and for
// InstantSearch, so nothing moves when one takes over from the other.
import type { ReactNode } from 'react';
import type { FacetAttribute } from '../../lib/search-url.ts';
import type { T } from './types.ts';

export const FACET_LEGENDS: Record<FacetAttribute, string> = {
  type: 'facet.type',
  serviceAreaSlugs: 'facet.area',
  counties: 'facet.county',
  municipalities: 'facet.municipality',
  status: 'facet.status',
  evidence: 'facet.evidence',
  projectStatus: 'facet.projectStatus',
  networkKind: 'facet.networkKind',
  advocacyKind: 'facet.advocacyKind',
};

export function SearchLayout({ t, facets, results }: { t: T; facets: ReactNode; results: ReactNode }) {
  return (
    <div className="search-layout">
      <div>
        <h2 className="visually-hidden">{t('filters.heading')}</h2>
        {facets}
      </div>
      {results}
    </div>
  );
}
