import { describe, expect, it } from 'vitest';
import { checkPublicQuery, method, organisation, publicQueryRules } from '../src/index.ts';

describe('checkPublicQuery', () => {
  it('builds the query from allowed parts, with the type populate and published versions only', () => {
    const check = checkPublicQuery(method, 'find', {
      locale: 'sv',
      filters: { id: { $gt: '10' } },
      sort: ['id:asc'],
      pagination: { page: '1', pageSize: '100' },
      populate: '*',
      status: 'draft',
    });
    expect(check).toEqual({
      ok: true,
      query: {
        locale: 'sv',
        filters: { id: { $gt: '10' } },
        sort: ['id:asc'],
        pagination: { page: '1', pageSize: '100' },
        populate: method.populate,
        status: 'published',
      },
    });
  });

  it.each([
    [{ _q: 'x' }, '_q'],
    [{ publicationFilter: 'never-published' }, 'publicationFilter'],
    [{ hasPublishedVersion: 'false' }, 'hasPublishedVersion'],
    [{ locale: '*' }, 'locale'],
    [{ locale: ['sv', 'en'] }, 'locale'],
    [{ filters: { localizations: { summary: { $containsi: 'x' } } } }, 'filters[localizations]'],
    [{ filters: { $or: [{ slug: 'x' }] } }, 'filters[$or]'],
    [{ filters: { internalNote: { $eq: 'x' } } }, 'filters[internalNote]'],
    [{ filters: { slug: { $containsi: 'x' } } }, 'filters[slug][$containsi]'],
    [{ filters: { slug: { $eq: { $ne: 'x' } } } }, 'filters[slug][$eq]'],
    [{ filters: { id: { $in: Array.from({ length: 101 }, (_, i) => String(i)) } } }, 'filters[id][$in]'],
    [{ filters: { constructor: { $eq: 'x' } } }, 'filters[constructor]'],
    [{ sort: 'internalNote:asc' }, 'sort'],
    [{ sort: 'id:sideways' }, 'sort'],
    [{ fields: ['internalNote'] }, 'fields'],
    [{ pagination: { page: '-1' } }, 'pagination[page]'],
    [{ pagination: { offset: '1' } }, 'pagination[offset]'],
  ])('refuses %j naming %s', (query, parameter) => {
    const check = checkPublicQuery(method, 'find', query);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.parameter).toBe(parameter);
  });

  it('allows a single entry only a language and fields', () => {
    expect(checkPublicQuery(method, 'findOne', { locale: 'en', fields: ['title'] }).ok).toBe(true);
    expect(checkPublicQuery(method, 'findOne', { filters: { id: { $gt: '1' } } })).toMatchObject({
      ok: false,
      parameter: 'filters',
    });
  });

  it('derives the defaults from the type and adds what it declares', () => {
    expect(publicQueryRules(organisation).filters).toHaveProperty('name');
    expect(publicQueryRules(organisation).filters).not.toHaveProperty('title');
    expect(publicQueryRules({ ...method, publicQuery: { sort: ['lastVerifiedAt'] } }).sort).toContain('lastVerifiedAt');
  });
});
