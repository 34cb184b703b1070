// The seed-only part of a demo content file: what the model does not hold but the demo needs, such as
// how long ago an entry was published, and dates given relative to the day the seed runs (so that open
// calls stay open and upcoming events stay upcoming whenever the seed runs).
import { startOfStockholmDay, stockholmDate, stockholmOffsetMinutes } from '@skb/content-types';
import { z } from 'zod';

/** Seed-only keys of an entry of a public type (methods, case studies, …). */
export const entrySeedFields = z.strictObject({
  /** How many days before the seed day the entry was published (spreads "newest" lists). */
  publishedDaysAgo: z.number({ error: 'Ange ett antal dagar' }).int().nonnegative(),
  /** Left as an unpublished draft: never visible on the site, in search or in the public API. */
  draft: z.boolean({ error: 'Ange true eller false' }).default(false),
});
export type EntrySeedFields = z.output<typeof entrySeedFields>;

/** Seed-only keys of a helpdesk question. */
export const questionSeedFields = z.strictObject({
  /** Words in the question that point to a person, place or association; the public texts leave them out. */
  identifying: z.array(z.string()).default([]),
  /** How many days before the seed day the question came in. */
  receivedDaysAgo: z.number({ error: 'Ange ett antal dagar' }).int().nonnegative(),
  /** How many days before the seed day it was answered (or published); left out while still new. */
  answeredDaysAgo: z.number({ error: 'Ange ett antal dagar' }).int().nonnegative().optional(),
});
export type QuestionSeedFields = z.output<typeof questionSeedFields>;

/** A date or instant relative to the seed day: `{ inDays: -30 }`, `{ inDays: 14, time: "09:30" }`. */
export const relativeDate = z.strictObject({
  /** Days from the seed day; negative is in the past. */
  inDays: z.number({ error: 'Ange ett antal dagar (negativt för dagar bakåt)' }).int(),
  /** Time of day, Stockholm time, for a date and time field; default "00:00". */
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Ange tiden som tt:mm, till exempel "09:30"' })
    .optional(),
});

/** The calendar date `days` from `now`'s Stockholm date. */
export function dateInDays(now: Date, days: number): string {
  const today = stockholmDate(now);
  const shifted = new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000);
  return shifted.toISOString().slice(0, 10);
}

/** The instant of `time` ("09:30") Stockholm time on the date `days` from `now`. */
export function instantInDays(now: Date, days: number, time: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new RangeError(`time must be HH:MM, not "${time}"`);
  const midnight = startOfStockholmDay(dateInDays(now, days));
  const naive = midnight.getTime() + (Number(match[1]) * 60 + Number(match[2])) * 60_000;
  // Correct for a daylight-saving switch between midnight and the given time.
  const drift = stockholmOffsetMinutes(midnight) - stockholmOffsetMinutes(new Date(naive));
  return new Date(naive + drift * 60_000).toISOString();
}
