// Checks the demo content as an editor's work is checked: every file's fields against its type's
// model (the zod schemas of @skb/content-types), its seed-only keys, and every relation against what
// exists. Throws a SeedContentError naming the first file at fault and each of its fields.
import {
  type ContentTypeDefinition,
  entryInputIssues,
  organisation,
  question,
  SERVICE_AREAS,
  STARTING_ORGANISATIONS,
  slugify,
} from '@skb/content-types';
import type { DemoContent } from './content.ts';
import { type ContentIssue, SeedContentError } from './content-error.ts';
import { entryData, type Fields } from './entry-data.ts';
import {
  componentRelationFields,
  dateFields,
  editorFields,
  relationFields,
  relationKind,
  translatedFields,
} from './model-fields.ts';
import { relativeDate } from './seed-fields.ts';

const serviceAreaSlugs = new Set<string>(SERVICE_AREAS.map((area) => area.slug));

export function checkDemoContent(content: DemoContent, now: Date): void {
  const organisations = new Map(STARTING_ORGANISATIONS.map((org) => [slugify(org.name), 'starting set']));
  for (const { file, fields } of content.organisations) {
    const slug = slugify(String(fields.name ?? ''));
    fail(file, [
      ...unknownFields(fields, editorFields(organisation), organisation),
      ...entryInputIssues(organisation, { ...fields, slug }),
    ]);
    const other = organisations.get(slug);
    if (other) fail(file, [{ field: 'name', message: `organisationen finns redan (${other})` }]);
    organisations.set(slug, file);
  }

  // Keys of the entries checked so far, per type: an entry may refer only to entries seeded before it.
  const seen = new Map<string, Set<string>>();
  const slugs = new Map<string, string>();
  const refs = { organisations, seen };
  for (const entry of content.entries) {
    const { type, file } = entry;
    fail(file, [
      ...unknownFields(entry.fields, editorFields(type), type),
      ...relativeDateIssues(type, entry.fields),
      ...relationIssues(type, entry.fields, refs),
    ]);
    if (entry.en) {
      fail(entry.en.file, [
        ...unknownFields(entry.en.fields, translatedFields(type), type, 'den engelska filen har bara översatta fält'),
        ...relativeDateIssues(type, entry.en.fields),
      ]);
    }
    const { sv, en } = entryData(entry, now);
    fail(file, entryInputIssues(type, sv));
    if (en && entry.en) fail(entry.en.file, entryInputIssues(type, en));
    for (const [data, dataFile, locale] of [[sv, file, 'sv'], ...(en && entry.en ? [[en, entry.en.file, 'en']] : [])]) {
      const slugKey = `${type.name}:${locale}:${String((data as Fields).slug)}`;
      const other = slugs.get(slugKey);
      if (other) fail(dataFile as string, [{ field: 'title', message: `ger samma adress som ${other}` }]);
      slugs.set(slugKey, dataFile as string);
    }
    seen.set(type.name, (seen.get(type.name) ?? new Set()).add(entry.key));
  }

  const texts = new Map<string, string>();
  for (const { file, fields } of content.questions) {
    fail(file, [
      ...unknownFields(fields, editorFields(question), question),
      ...entryInputIssues(question, fields),
      ...relationIssues(question, fields, refs),
    ]);
    const other = texts.get(String(fields.question));
    if (other) fail(file, [{ field: 'question', message: `samma fråga står i ${other}` }]);
    texts.set(String(fields.question), file);
  }
}

function fail(file: string, issues: readonly ContentIssue[]): void {
  if (issues.length > 0) throw new SeedContentError(file, issues);
}

function unknownFields(
  fields: Fields,
  allowed: Set<string>,
  type: ContentTypeDefinition,
  hint = `fälten för ${type.label.sv.toLowerCase()} är ${[...allowed].join(', ')}`,
): ContentIssue[] {
  return Object.keys(fields)
    .filter((field) => !allowed.has(field))
    .map((field) => ({ field, message: `okänt fält (${hint})` }));
}

function relativeDateIssues(type: ContentTypeDefinition, fields: Fields): ContentIssue[] {
  return [...dateFields(type).keys()].flatMap((field) => {
    const value = fields[field];
    if (value === null || typeof value !== 'object' || value instanceof Date) return [];
    const parsed = relativeDate.safeParse(value);
    if (parsed.success) return [];
    return parsed.error.issues.map((issue) => ({
      field: [field, ...issue.path].join('.'),
      message: `${issue.message} (ett datum i förhållande till dagen seeden körs skrivs { inDays: -30 } eller { inDays: 14, time: "09:30" })`,
    }));
  });
}

interface KnownRefs {
  organisations: Map<string, string>;
  seen: Map<string, Set<string>>;
}

function relationIssues(type: ContentTypeDefinition, fields: Fields, refs: KnownRefs): ContentIssue[] {
  const top = relationFields(type).flatMap((relation) =>
    valueIssues(relation, fields[relation.field], relation.field, refs),
  );
  // Relations inside components, item by item (`followUps[2].goal`).
  const nested = componentRelationFields(type).flatMap(({ field, repeatable, relations }) => {
    const value = fields[field];
    if (value === undefined || value === null) return [];
    const items = (repeatable && Array.isArray(value) ? value : [value]) as Fields[];
    return items.flatMap((item, index) =>
      relations.flatMap((relation) =>
        valueIssues(
          relation,
          item?.[relation.field],
          `${field}${repeatable ? `[${index}]` : ''}.${relation.field}`,
          refs,
        ),
      ),
    );
  });
  return [...top, ...nested];
}

function valueIssues(
  { target, many }: { target: string; many: boolean },
  value: unknown,
  field: string,
  refs: KnownRefs,
): ContentIssue[] {
  if (value === undefined || value === null) return [];
  const values = many ? value : [value];
  if (!Array.isArray(values) || !values.every((item) => typeof item === 'string' && item.trim() !== '')) {
    return [{ field, message: many ? 'ska vara en lista med namn' : 'ska vara ett namn' }];
  }
  const kind = relationKind(target);
  return values.flatMap((name: string, index): ContentIssue[] => {
    const at = many ? `${field}[${index}]` : field;
    if (kind === 'service-area' && !serviceAreaSlugs.has(name))
      return [{ field: at, message: `okänt serviceområde "${name}" (finns: ${[...serviceAreaSlugs].join(', ')})` }];
    if (kind === 'organisation' && !refs.organisations.has(slugify(name)))
      return [{ field: at, message: `okänd organisation "${name}" (lägg till den i organisations/)` }];
    if (kind === 'entry') {
      const targetName = target.split('.').pop() ?? target;
      if (!refs.seen.get(targetName)?.has(name))
        return [{ field: at, message: `ingen ${targetName} med filnamnet "${name}" seedas före den här` }];
    }
    if (kind === undefined)
      return [{ field: at, message: `relationer till ${target} kan inte anges i innehållsfilerna` }];
    return [];
  });
}
