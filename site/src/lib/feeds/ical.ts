// iCalendar (RFC 5545) through ical-generator: timed items in Europe/Stockholm with the zone's
// VTIMEZONE, all-day items as dates, stable UIDs, and display reminders before deadlines.
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import icalGenerator, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import { DateTime } from 'luxon';

export const CALENDAR_TIME_ZONE = 'Europe/Stockholm';

export interface IcalEvent {
  /** Globally unique and stable across builds, so calendar apps update instead of duplicating. */
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  /** A timed item: an instant, written as Stockholm time. An all-day item: its calendar date. */
  start: Date | { date: string };
  /** End: an instant; all-day items last their one day. */
  end?: Date;
  /** Reminders, in days before the start (a deadline's 14 and 3). */
  remindDaysBefore?: readonly number[];
  /** The reminder's text. */
  reminder?: string;
}

export interface IcalCalendar {
  /** Calendar name shown by apps. */
  name: string;
  /** Product identifier parts: `-//Servicekunskapsbanken//<product>//<LANGUAGE>`. */
  product: string;
  language: 'SV' | 'EN';
  /** When the file was made (DTSTAMP of every event). */
  stamp: Date;
  events: readonly IcalEvent[];
}

// A build writes thousands of calendars (each county's and service area's) from the same few thousand
// items: each moment is made a Stockholm time once (luxon's zone conversion is the costly part) and
// shared, as luxon's DateTimes never change.
const stockholm = new Map<string, DateTime>();
function once(key: string, make: () => DateTime): DateTime {
  let made = stockholm.get(key);
  if (!made) {
    made = make();
    stockholm.set(key, made);
  }
  return made;
}
const inStockholm = (instant: Date) =>
  once(`at ${instant.getTime()}`, () => DateTime.fromJSDate(instant, { zone: CALENDAR_TIME_ZONE }));
const dayInStockholm = (date: string) =>
  once(`day ${date}`, () => DateTime.fromISO(date, { zone: CALENDAR_TIME_ZONE }));

export function ical(calendar: IcalCalendar): string {
  const file = icalGenerator({
    name: calendar.name,
    prodId: { company: 'Servicekunskapsbanken', product: calendar.product, language: calendar.language },
    method: ICalCalendarMethod.PUBLISH,
    // The zone of every timed item gets its VTIMEZONE from this generator.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const item of calendar.events) {
    const event = file.createEvent({
      id: item.uid,
      stamp: calendar.stamp,
      summary: item.summary,
      description: item.description,
      location: item.location,
      url: item.url,
      ...(item.start instanceof Date
        ? {
            start: inStockholm(item.start),
            end: item.end ? inStockholm(item.end) : undefined,
            timezone: CALENDAR_TIME_ZONE,
          }
        : { start: dayInStockholm(item.start.date), allDay: true }),
    });
    for (const days of item.remindDaysBefore ?? []) {
      event.createAlarm({
        type: ICalAlarmType.display,
        // A day's item starts at midnight: the reminder comes that many days before, at midnight.
        triggerBefore: days * 86_400,
        description: item.reminder ?? item.summary,
      });
    }
  }
  return file.toString();
}
