// Strapi reads nested query parameters in the `qs` bracket style: `populate[steps]=true`,
// `populate[serviceAreas][fields][0]=name`. This writes that style for plain objects and arrays.

type QueryValue = string | number | boolean | null | undefined | readonly QueryValue[] | { [key: string]: QueryValue };

function pairs(prefix: string, value: QueryValue): [string, string][] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => pairs(`${prefix}[${index}]`, item));
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => pairs(prefix ? `${prefix}[${key}]` : key, item));
  }
  return [[prefix, String(value)]];
}

/** `{ pagination: { page: 2 } }` → `pagination%5Bpage%5D=2`. */
export function toQueryString(query: { [key: string]: QueryValue }): string {
  return pairs('', query)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
}
