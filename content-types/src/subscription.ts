// The e-mail digest's choices (prenumeration): what a reader may ask to hear about, checked the same
// way by the CMS's subscribe endpoint and shown by the site's form. Every choice is one of the
// reference data's values; an empty list means "all" (all of Sweden, every area, every type).
import { z } from 'zod';
import { countyCode } from './fields.ts';
import { LOCALES, PUBLIC_TYPE_NAMES, type PublicTypeName } from './registry.ts';
import { SERVICE_AREAS } from './vocab.ts';

export const SUBSCRIPTION_FREQUENCIES = ['weekly', 'immediate'] as const;
export type SubscriptionFrequency = (typeof SUBSCRIPTION_FREQUENCIES)[number];

const SERVICE_AREA_SLUGS = SERVICE_AREAS.map((area) => area.slug) as string[];

/** A form sends one checkbox as a string and several as a list; none as nothing at all. */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? value : [value]),
    z.array(item).max(50, { error: 'För många val' }),
  );

export const subscriptionChoices = z.object({
  email: z
    .string({ error: 'Ange en e-postadress' })
    .trim()
    .pipe(z.email({ error: 'Ange en giltig e-postadress' }).max(254, { error: 'E-postadressen är för lång' })),
  counties: list(countyCode),
  serviceAreas: list(
    z.string().refine((slug) => SERVICE_AREA_SLUGS.includes(slug), {
      error: (issue) => `Okänt serviceområde "${String(issue.input)}"`,
    }),
  ),
  types: list(
    z.string().refine((name) => (PUBLIC_TYPE_NAMES as string[]).includes(name), {
      error: (issue) => `Okänd typ "${String(issue.input)}"`,
    }),
  ),
  frequency: z.enum(SUBSCRIPTION_FREQUENCIES, { error: 'Välj varje vecka eller när något nytt kommer' }),
  language: z.enum(LOCALES, { error: 'Välj svenska eller engelska' }).default('sv'),
});
export type SubscriptionChoices = z.output<typeof subscriptionChoices>;

/** The address as it is stored and compared: trimmed, lower case (the local part too, as providers do). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** An address for a log line or a dry run: `a***@example.se`, never the whole of it. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** What an entry is about, for matching it to a subscriber. */
export interface DigestEntryScope {
  type: PublicTypeName;
  /** SCB codes of its counties. */
  counties: readonly string[];
  /** True when it concerns all of Sweden (it then matches every county). */
  national: boolean;
  /** Slugs of its service areas. */
  serviceAreas: readonly string[];
}

/** Whether an entry matches a subscriber's choices (an empty choice matches everything). */
export function matchesSubscription(
  entry: DigestEntryScope,
  choices: Pick<SubscriptionChoices, 'counties' | 'serviceAreas' | 'types'>,
): boolean {
  if (choices.types.length > 0 && !choices.types.includes(entry.type)) return false;
  if (choices.serviceAreas.length > 0 && !entry.serviceAreas.some((slug) => choices.serviceAreas.includes(slug)))
    return false;
  if (choices.counties.length > 0 && !entry.national && !entry.counties.some((code) => choices.counties.includes(code)))
    return false;
  return true;
}
