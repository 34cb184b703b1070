import type { PickListName } from '../pick-lists.ts';
import type { StrapiAttribute } from './schema-types.ts';

/** Translated per language. */
export const localized = { pluginOptions: { i18n: { localized: true } } } as const;
/** One value shared by all language versions of an entry. */
export const shared = { pluginOptions: { i18n: { localized: false } } } as const;

export const relationTo = (
  target: string,
  relation: 'manyToOne' | 'manyToMany' = 'manyToMany',
  extra: { inversedBy?: string; mappedBy?: string } = {},
): StrapiAttribute => ({ type: 'relation', relation, target, ...extra });

/** Attributes every public entry type has (mirrors `commonFields`). */
export const commonAttributes = {
  title: { type: 'string', required: true, maxLength: 200, ...localized },
  // uid and relation attributes are always per language in Strapi's i18n.
  slug: { type: 'uid', targetField: 'title', required: true },
  summary: { type: 'text', required: true, maxLength: 300, ...localized },
  body: { type: 'richtext', required: true, ...localized },
  serviceAreas: relationTo('api::service-area.service-area'),
  topics: relationTo('api::topic.topic'),
  internalNote: { type: 'text', private: true, ...localized },
} satisfies Record<string, StrapiAttribute>;

/** Attributes that hold a list of values from a vocabulary or of codes (a JSON array). */
export const jsonList = (options: { localizedValue?: boolean; required?: boolean } = {}): StrapiAttribute => ({
  type: 'json',
  ...(options.required ? { required: true } : {}),
  ...(options.localizedValue ? localized : shared),
});

/** The local plugin in cms/ that registers the pickers (cms/src/plugins/skb-pickers). */
export const PICKER_PLUGIN = 'skb-pickers';

/**
 * A list of values picked from one of the pick lists (municipalities, counties, actor levels,
 * applicant types): stored as a JSON array of codes, exactly as `jsonList`, but the admin shows a
 * searchable picker instead of a JSON box. Declare every such field through this helper.
 */
export const pickList = (list: PickListName, options: { required?: boolean } = {}): StrapiAttribute => ({
  type: 'customField',
  customField: `plugin::${PICKER_PLUGIN}.${list}`,
  ...(options.required ? { required: true } : {}),
  ...shared,
});
