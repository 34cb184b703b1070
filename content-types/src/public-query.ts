// What a client may ask of the public REST API, per type: the filter keys and operators, sort keys,
// fields, pagination and locales that the site's loader, the search indexer and the open data use,
// and nothing else. Strapi's own query language reaches further than it looks (filters through
// relations such as `localizations` read draft rows, `_q` searches private fields,
// `publicationFilter` and `status` pick unpublished versions), so the CMS builds every public query
// from this allow-list instead of removing what is known to be dangerous.
import type { ContentTypeDefinition } from './registry.ts';
import { LOCALES } from './registry.ts';

export type FilterOperator = '$eq' | '$ne' | '$in' | '$gt' | '$gte' | '$lt' | '$lte';

/** Keys a type may add to the defaults (`filters: { deadline: ['$gt'] }`, `sort: ['deadline']`). */
export interface PublicQueryRules {
  filters: Readonly<Record<string, readonly FilterOperator[]>>;
  sort: readonly string[];
  fields: readonly string[];
}

/** The REST action a query is for: a list, or one entry by its documentId. */
export type PublicAction = 'find' | 'findOne';

export type PublicQuery = Record<string, unknown>;

export type PublicQueryCheck = { ok: true; query: PublicQuery } | { ok: false; parameter: string; message: string };

/** Strapi's own fields every entry has, which paging and reconciliation rely on. */
const SYSTEM_FILTERS: Record<string, readonly FilterOperator[]> = {
  id: ['$eq', '$in', '$gt', '$gte', '$lt', '$lte'],
  documentId: ['$eq', '$in'],
  updatedAt: ['$gt', '$gte', '$lt', '$lte'],
  publishedAt: ['$gt', '$gte', '$lt', '$lte'],
};
const SYSTEM_FIELDS = ['id', 'documentId', 'locale', 'updatedAt', 'publishedAt'];
/** Plain-text attributes a page or a link is found by, when the type has them. */
const NAME_ATTRIBUTES = ['slug', 'title', 'name'];

const PAGINATION_KEYS = ['page', 'pageSize', 'start', 'limit', 'withCount'] as const;
const MAX_LIST_VALUES = 100;
const MAX_VALUE_LENGTH = 200;
/** Accepted so that clients may say what they want, but replaced by the type's own (see `checkPublicQuery`). */
const REPLACED_PARAMETERS = ['populate', 'status'];

/** The allow-list of a type: the defaults for the attributes it has, plus what it declares itself. */
export function publicQueryRules(type: ContentTypeDefinition): PublicQueryRules {
  const attributes = type.strapi.attributes;
  const names = NAME_ATTRIBUTES.filter((name) => attributes[name]?.type !== undefined);
  const extra = type.publicQuery ?? {};
  return {
    filters: {
      ...SYSTEM_FILTERS,
      ...Object.fromEntries(names.map((name) => [name, ['$eq', '$in'] as const])),
      ...extra.filters,
    },
    sort: [...SYSTEM_FIELDS.filter((field) => field !== 'locale'), ...names, ...(extra.sort ?? [])],
    fields: [...SYSTEM_FIELDS, ...names, ...(extra.fields ?? [])],
  };
}

const refuse = (parameter: string, message: string): PublicQueryCheck => ({ ok: false, parameter, message });

function isScalar(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_VALUE_LENGTH;
}

/** A list value as qs parses it: an array (or, past qs's array limit, an object with index keys). */
function listValues(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object' && Object.keys(value).every((key) => /^\d+$/.test(key))) {
    return Object.values(value);
  }
  if (typeof value === 'string') return value.split(',');
  return null;
}

function checkFilters(rules: PublicQueryRules, filters: unknown): PublicQueryCheck {
  if (!filters || typeof filters !== 'object' || Array.isArray(filters)) {
    return refuse('filters', 'filters måste vara fält med operatorer, t.ex. filters[slug][$eq]=...');
  }
  const out: Record<string, Record<string, unknown>> = {};
  for (const [field, condition] of Object.entries(filters)) {
    const parameter = `filters[${field}]`;
    const operators = Object.hasOwn(rules.filters, field) ? rules.filters[field] : undefined;
    if (!operators) return refuse(parameter, `det går inte att filtrera på "${field}" i det öppna API:et`);
    const conditions = typeof condition === 'string' ? { $eq: condition } : condition;
    if (!conditions || typeof conditions !== 'object' || Array.isArray(conditions)) {
      return refuse(parameter, 'ett filter är en operator med ett värde, t.ex. [$eq]=...');
    }
    out[field] = {};
    for (const [operator, value] of Object.entries(conditions)) {
      const operatorParameter = `${parameter}[${operator}]`;
      if (!(operators as readonly string[]).includes(operator)) {
        return refuse(operatorParameter, `operatorn "${operator}" är inte tillåten för "${field}"`);
      }
      if (operator === '$in') {
        const values = listValues(value);
        if (!values || values.length > MAX_LIST_VALUES || !values.every(isScalar)) {
          return refuse(operatorParameter, `$in tar högst ${MAX_LIST_VALUES} enkla värden`);
        }
        out[field][operator] = values;
      } else if (isScalar(value)) {
        out[field][operator] = value;
      } else {
        return refuse(operatorParameter, `värdet måste vara text på högst ${MAX_VALUE_LENGTH} tecken`);
      }
    }
  }
  return { ok: true, query: out };
}

function checkSort(rules: PublicQueryRules, sort: unknown): PublicQueryCheck {
  const values = listValues(sort);
  if (!values || values.length > 5) return refuse('sort', 'sort är en lista med högst 5 fält, t.ex. sort[0]=id:asc');
  for (const value of values) {
    const [field, direction, ...rest] = typeof value === 'string' ? value.split(':') : [];
    if (!field || !rules.sort.includes(field) || rest.length > 0 || !['asc', 'desc', undefined].includes(direction)) {
      return refuse('sort', `det går inte att sortera på "${String(value)}" (tillåtet: ${rules.sort.join(', ')})`);
    }
  }
  return { ok: true, query: { sort: values } };
}

function checkFields(rules: PublicQueryRules, fields: unknown): PublicQueryCheck {
  const values = listValues(fields);
  if (!values) return refuse('fields', 'fields är en lista med fältnamn, t.ex. fields[0]=slug');
  for (const value of values) {
    if (typeof value !== 'string' || !rules.fields.includes(value)) {
      return refuse('fields', `fältet "${String(value)}" går inte att välja (tillåtet: ${rules.fields.join(', ')})`);
    }
  }
  return { ok: true, query: { fields: values } };
}

function checkPagination(pagination: unknown): PublicQueryCheck {
  if (!pagination || typeof pagination !== 'object' || Array.isArray(pagination)) {
    return refuse('pagination', 'pagination är t.ex. pagination[page]=1&pagination[pageSize]=25');
  }
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(pagination)) {
    const parameter = `pagination[${key}]`;
    if (!(PAGINATION_KEYS as readonly string[]).includes(key)) {
      return refuse(parameter, `okänd sidnumrering "${key}" (tillåtet: ${PAGINATION_KEYS.join(', ')})`);
    }
    const valid = key === 'withCount' ? value === 'true' || value === 'false' : /^\d{1,9}$/.test(String(value));
    if (typeof value !== 'string' || !valid) return refuse(parameter, 'värdet måste vara ett heltal');
    out[key] = value;
  }
  return { ok: true, query: out };
}

/**
 * The query the CMS runs for a public request, built only from allowed parts: the type's own populate,
 * published versions only, and the client's filters, sort, fields, pagination and locale when each is
 * on the type's allow-list. Any other parameter, or an allowed one with a value outside the list, is
 * refused with the parameter's name.
 */
export function checkPublicQuery(
  type: ContentTypeDefinition,
  action: PublicAction,
  query: PublicQuery,
): PublicQueryCheck {
  const rules = publicQueryRules(type);
  const allowed = action === 'find' ? ['locale', 'filters', 'sort', 'fields', 'pagination'] : ['locale', 'fields'];
  const out: PublicQuery = {};
  for (const [key, value] of Object.entries(query)) {
    if (REPLACED_PARAMETERS.includes(key)) continue;
    if (!allowed.includes(key)) return refuse(key, `frågeparametern "${key}" är inte tillåten i det öppna API:et`);
    let check: PublicQueryCheck;
    if (key === 'locale') {
      check = (LOCALES as readonly unknown[]).includes(value)
        ? { ok: true, query: { locale: value } }
        : refuse('locale', `locale måste vara ${LOCALES.join(' eller ')}`);
    } else if (key === 'filters') {
      check = checkFilters(rules, value);
      if (check.ok) check = { ok: true, query: { filters: check.query } };
    } else if (key === 'pagination') {
      check = checkPagination(value);
      if (check.ok) check = { ok: true, query: { pagination: check.query } };
    } else if (key === 'sort') {
      check = checkSort(rules, value);
    } else {
      check = checkFields(rules, value);
    }
    if (!check.ok) return check;
    Object.assign(out, check.query);
  }
  out.populate = type.populate;
  out.status = 'published';
  return { ok: true, query: out };
}
