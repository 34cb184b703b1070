import { describe, expect, it } from 'vitest';
import {
  FACETS,
  FILTERABLE_ATTRIBUTES,
  HIDDEN_ATTRIBUTES,
  SEARCHABLE_ATTRIBUTES,
  SORTABLE_ATTRIBUTES,
  searchDocument,
  searchDocumentId,
} from '../src/search.ts';

const fields = Object.keys(searchDocument.shape);

describe('the search document', () => {
  it('has an id made of type, document id and locale', () => {
    expect(searchDocumentId({ type: 'case-study', documentId: 'k3f9x', locale: 'en' })).toBe('case-study-k3f9x-en');
  });

  it('searches, filters, sorts and facets only fields it has', () => {
    for (const field of [...SEARCHABLE_ATTRIBUTES, ...FILTERABLE_ATTRIBUTES, ...SORTABLE_ATTRIBUTES, ...FACETS]) {
      expect(fields, field).toContain(field);
    }
  });

  it('searches the places an entry is located in first, then title, summary, topics and service areas, text', () => {
    const order = (field: string) => SEARCHABLE_ATTRIBUTES.indexOf(field as never);
    expect(order('placeNames')).toBe(0);
    // The title is searched through titleSearch, which holds its words and their forms in place.
    expect(order('titleSearch')).toBe(1);
    expect(order('title')).toBe(-1);
    expect(order('summary')).toBe(2);
    expect(order('topics')).toBeLessThan(order('text'));
    expect(order('serviceAreas')).toBeLessThan(order('text'));
    expect(order('text')).toBeLessThan(order('stems'));
  });

  it('hides only searchable helper fields', () => {
    for (const field of HIDDEN_ATTRIBUTES) expect(SEARCHABLE_ATTRIBUTES).toContain(field);
    expect(HIDDEN_ATTRIBUTES).toEqual(['placeNames', 'titleSearch', 'stems']);
  });

  it('facets only filterable fields', () => {
    for (const facet of FACETS) expect(FILTERABLE_ATTRIBUTES).toContain(facet);
  });
});
