// Turns a demo content file's fields into the data the Document Service takes, one object per
// language. Pure: dates given relative to the seed day become dates, the slug is made from the title;
// relations stay as the file gives them (slugs, names, keys) and are resolved by the seed.
import { type ContentTypeDefinition, inputSchema, slugify } from '@skb/content-types';
import type { SeedEntry } from './content.ts';
import { dateFields } from './model-fields.ts';
import { dateInDays, instantInDays, relativeDate } from './seed-fields.ts';

export type Fields = Record<string, unknown>;

export interface LocaleData {
  sv: Fields;
  en?: Fields;
}

/** `fields` with every relative date (`{ inDays: -30 }`) of `type` resolved against `now`. */
export function resolveDates(type: ContentTypeDefinition, fields: Fields, now: Date): Fields {
  const resolved = { ...fields };
  for (const [field, kind] of dateFields(type)) {
    const relative = relativeDate.safeParse(fields[field]);
    if (!relative.success) continue;
    const { inDays, time } = relative.data;
    resolved[field] = kind === 'date' ? dateInDays(now, inDays) : instantInDays(now, inDays, time ?? '00:00');
  }
  return resolved;
}

/**
 * `data` with the model's default for each field it leaves out (an empty list of counties, say): the
 * CMS stores a missing field as null, which the model refuses where it has a default instead.
 */
function withDefaults(type: ContentTypeDefinition, data: Fields): Fields {
  const parsed = inputSchema(type).safeParse(data);
  if (!parsed.success) return data;
  const defaults = Object.entries(parsed.data as Fields).filter(([field]) => !(field in data));
  return { ...data, ...Object.fromEntries(defaults) };
}

/**
 * The Swedish data of an entry and, when it has an English file, the English data: the Swedish fields
 * with the English file's translated fields laid over them (shared fields and relations come from the
 * Swedish file).
 */
export function entryData(entry: SeedEntry, now: Date): LocaleData {
  const sv = withDefaults(entry.type, {
    ...resolveDates(entry.type, entry.fields, now),
    slug: slugify(String(entry.fields.title)),
  });
  if (!entry.en) return { sv };
  const en = { ...sv, ...resolveDates(entry.type, entry.en.fields, now), slug: slugify(String(entry.en.fields.title)) };
  return { sv, en };
}
