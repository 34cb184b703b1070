// Zod building blocks shared by the content types. Messages are in Swedish: editors read them in
// the admin panel, prefixed by the name of the field they concern.
import { z } from 'zod';
import { isCountyCode, isMunicipalityCode } from './geo/index.ts';

/** A Date from code or an ISO string from JSON, normalised to an ISO string. */
const isoFromDate = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/** An instant: ISO 8601 date-time with an offset (`2026-03-31T21:59:00.000Z`). */
export const dateTime = z.preprocess(
  isoFromDate,
  z.iso.datetime({ offset: true, error: 'Ange datum och tid (ÅÅÅÅ-MM-DDTtt:mm)' }),
);

/** A calendar date (`2026-03-31`). */
export const calendarDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'Ange ett datum (ÅÅÅÅ-MM-DD)' }),
);

/** A required line of plain text. */
export const requiredText = (max: number) =>
  z
    .string({ error: 'Får inte vara tom' })
    .trim()
    .min(1, { error: 'Får inte vara tom' })
    .max(max, { error: `Högst ${max} tecken` });

/** Markdown text; rendered to HTML only through the site's sanitising renderer. */
export const markdown = z.string({ error: 'Ska vara text (Markdown)' });

/** An http(s) address. */
export const webUrl = z.url({
  protocol: /^https?$/,
  error: 'Ange en fullständig webbadress som börjar med https://',
});

/** A slug: lower-case ASCII letters, digits and single hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Bara a–z, 0–9 och bindestreck' })
  .max(80);

/** An SCB municipality code that exists (`"2039"` is Älvdalen). */
export const municipalityCode = z
  .string({ error: 'Ange en kommunkod med fyra siffror' })
  .refine(isMunicipalityCode, { error: (issue) => `Okänd kommunkod "${String(issue.input)}"` });

/** An SCB county code that exists (`"20"` is Dalarnas län). */
export const countyCode = z
  .string({ error: 'Ange en länskod med två siffror' })
  .refine(isCountyCode, { error: (issue) => `Okänd länskod "${String(issue.input)}"` });

/** An amount in Swedish kronor. */
export const amountSek = z.number().int({ error: 'Ange ett helt antal kronor' }).nonnegative();

/** A value from a controlled vocabulary. */
export const oneOf = <V extends string>(values: readonly [V, ...V[]]) =>
  z.enum(values, { error: `Välj ett av: ${values.join(', ')}` });

/** A list of distinct values from a controlled vocabulary. */
export const setOf = <V extends string>(values: readonly [V, ...V[]]) =>
  z.array(oneOf(values)).refine((list) => new Set(list).size === list.length, { error: 'Samma värde står två gånger' });

/** A taxonomy term or organisation as a related entry carries it. */
export const termRef = z.object({
  /** Stable id of the term across locales and versions. */
  documentId: z.string(),
  /** Name of the term. */
  name: z.string(),
  /** Address part of the term's pages. */
  slug: z.string(),
});

/** Another entry as a related entry carries it. */
export const entryRef = z.object({
  /** Stable id of the entry across locales and versions. */
  documentId: z.string(),
  /** Title of the entry. */
  title: z.string(),
  /** Address part of the entry's page. */
  slug: z.string(),
  /** Language version of the entry. */
  locale: z.string().nullish(),
});

/** An uploaded file as the API returns it. */
export const mediaRef = z.object({
  /** Stable id of the file. */
  documentId: z.string(),
  /** File name. */
  name: z.string(),
  /** Address of the file (absolute, or relative to the CMS). */
  url: z.string(),
  /** MIME type, e.g. `application/pdf`. */
  mime: z.string(),
  /** Size in kB. */
  size: z.number(),
  /** Alternative text. */
  alternativeText: z.string().nullish(),
});

/** Fields every public entry has, besides the system fields. */
export const commonFields = {
  /** Title, shown as the page heading and in lists (1–200 characters). */
  title: requiredText(200),
  /** Address part of the entry's page, made from the title (å/ä → a, ö → o); unique per type and language. */
  slug,
  /** Plain-text summary for lists, search results and feeds (at most 300 characters). */
  summary: requiredText(300),
  /** Main text in Markdown. */
  body: markdown,
  /** Service areas the entry concerns. */
  serviceAreas: z.array(termRef).default([]),
  /** Free topic tags. */
  topics: z.array(termRef).default([]),
  /** Editors' internal note; private, never published. */
  internalNote: z.string().nullish(),
};

/** Fields Strapi adds to every entry. */
export const systemFields = {
  /** Database id; differs between draft and published versions, never used in addresses. */
  id: z.number().int(),
  /** Stable id of the document across locales and versions. */
  documentId: z.string(),
  /** Language of this version: `sv` or `en`. */
  locale: z.string(),
  /** When this version was published. */
  publishedAt: dateTime.nullable(),
  /** When the entry was created. */
  createdAt: dateTime,
  /** When this version was last changed. */
  updatedAt: dateTime,
  /** The entry's other language versions. */
  localizations: z
    .array(z.object({ documentId: z.string(), locale: z.string(), slug: z.string(), title: z.string() }))
    .default([]),
};
