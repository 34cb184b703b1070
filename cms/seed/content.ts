// Loads the demo content from cms/seed/content: one folder per content type (named by its plural API
// id), one file per entry and language. See content/README.md for the format. Every file is checked
// against the model as it is loaded; the first file at fault stops the load with an error naming the
// file and its fields, before anything is written.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type ContentTypeDefinition,
  LOCALES,
  organisation,
  PUBLIC_TYPES,
  type PublicType,
  question,
} from '@skb/content-types';
import { checkDemoContent } from './content-check.ts';
import { SeedContentError } from './content-error.ts';
import { parseContentFile } from './content-file.ts';
import type { Fields } from './entry-data.ts';
import { type EntrySeedFields, entrySeedFields, type QuestionSeedFields, questionSeedFields } from './seed-fields.ts';

export const CONTENT_DIR = path.join(import.meta.dirname, 'content');

/** An entry of a public type: its Swedish file and, when translated, its English file. */
export interface SeedEntry {
  type: PublicType;
  /** The file name without language and extension; other files refer to the entry by it. */
  key: string;
  /** Path of the Swedish file, relative to the repository's cms/seed/content. */
  file: string;
  /** The Swedish file's fields as written (relations by slug, name or key; dates maybe relative), with `body`. */
  fields: Fields;
  /** The English file: translated fields only. */
  en?: { file: string; fields: Fields };
  seed: EntrySeedFields;
}

/** A helpdesk question as the form stored it, and what the editors did with it. */
export interface SeedQuestion {
  file: string;
  fields: Fields;
  seed: QuestionSeedFields;
}

/** An organisation that the entries name, besides the ones the CMS starts with. */
export interface SeedOrganisation {
  file: string;
  fields: Fields;
}

export interface DemoContent {
  organisations: readonly SeedOrganisation[];
  /** Every entry, in the order they are seeded (the types' order, then by file name). */
  entries: readonly SeedEntry[];
  questions: readonly SeedQuestion[];
}

/** The entries of one type. */
export const entriesOf = (content: DemoContent, type: ContentTypeDefinition): SeedEntry[] =>
  content.entries.filter((entry) => entry.type.name === type.name);

const FILE_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]{2})\.md$/;

/** Reads and checks every content file under `dir`; dates relative to the seed day are checked against `now`. */
export function loadDemoContent(options: { dir?: string; now?: Date } = {}): DemoContent {
  const dir = options.dir ?? CONTENT_DIR;
  const known = new Set<string>([...PUBLIC_TYPES, organisation, question].map((type) => type.pluralName));
  for (const name of readdirSync(dir)) {
    if (name !== 'README.md' && !known.has(name))
      throw new SeedContentError(name, `ingen innehållstyp heter "${name}" (finns: ${[...known].join(', ')})`);
  }
  const content: DemoContent = {
    organisations: yamlFiles(dir, organisation.pluralName).map(({ file, fields }) => ({ file, fields })),
    entries: PUBLIC_TYPES.flatMap((type) => entryFiles(dir, type)),
    questions: yamlFiles(dir, question.pluralName).map(({ file, fields }) => {
      const [own, seed] = splitSeedFields(file, fields, questionSeedFields);
      return { file, fields: own, seed };
    }),
  };
  checkDemoContent(content, options.now ?? new Date());
  return content;
}

function filesOf(dir: string, folder: string): string[] {
  try {
    return readdirSync(path.join(dir, folder)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

function read(dir: string, file: string) {
  return parseContentFile(file, readFileSync(path.join(dir, file), 'utf8'));
}

function yamlFiles(dir: string, folder: string): { file: string; fields: Fields }[] {
  return filesOf(dir, folder).map((name) => {
    const file = `${folder}/${name}`;
    if (!name.endsWith('.yaml')) throw new SeedContentError(file, 'filen ska sluta på .yaml');
    return { file, fields: read(dir, file).fields };
  });
}

function entryFiles(dir: string, type: PublicType): SeedEntry[] {
  const byKey = new Map<string, Partial<Record<string, { file: string; fields: Fields }>>>();
  for (const name of filesOf(dir, type.pluralName)) {
    const file = `${type.pluralName}/${name}`;
    const match = FILE_NAME.exec(name);
    const locale = match?.[2];
    if (!match || !locale || !(LOCALES as readonly string[]).includes(locale)) {
      throw new SeedContentError(file, `filnamnet ska vara <nyckel>.<språk>.md med språket ${LOCALES.join(' eller ')}`);
    }
    const { fields, body } = read(dir, file);
    if ('body' in fields) throw new SeedContentError(file, 'texten står under fälten, inte som fältet "body"');
    const versions = byKey.get(match[1] as string) ?? {};
    versions[locale] = { file, fields: { ...fields, body: body ?? '' } };
    byKey.set(match[1] as string, versions);
  }
  return [...byKey].map(([key, versions]) => {
    const sv = versions.sv;
    const en = versions.en;
    if (!sv) throw new SeedContentError(en?.file ?? key, `den svenska filen ${key}.sv.md saknas`);
    const [fields, seed] = splitSeedFields(sv.file, sv.fields, entrySeedFields);
    return { type, key, file: sv.file, fields, ...(en ? { en } : {}), seed };
  });
}

/** Separates the seed-only keys of `schema` from the model's fields, checking them. */
function splitSeedFields<S extends typeof entrySeedFields | typeof questionSeedFields>(
  file: string,
  fields: Fields,
  schema: S,
): [Fields, ReturnType<S['parse']>] {
  const seedKeys = Object.keys(schema.shape);
  const own = Object.fromEntries(Object.entries(fields).filter(([key]) => !seedKeys.includes(key)));
  const seedOnly = Object.fromEntries(Object.entries(fields).filter(([key]) => seedKeys.includes(key)));
  const parsed = schema.safeParse(seedOnly);
  if (!parsed.success) {
    throw new SeedContentError(
      file,
      parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || null, message: issue.message })),
    );
  }
  return [own, parsed.data as ReturnType<S['parse']>];
}
