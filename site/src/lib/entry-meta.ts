// The short facts a list shows under an entry's title, per type: a method's evidence, a case's
// place and year, a funding call's deadline and days left, an event's time and place.
import {
  EVENT_KINDS,
  EVIDENCE_LEVELS,
  FUNDING_CALL_STATUSES,
  type FundingCallStatus,
  findCounty,
  findMunicipality,
  LEVELS,
  planStatus,
} from '@skb/content-types';
import type { BankEntry } from './bank.ts';
import { daysLeftText, formatDate, formatEventTime } from './format.ts';
import type { Locale, Translate } from './i18n.ts';
import { networkFacts } from './network-meta.ts';
import { countyName } from './places.ts';
import { planStatusName } from './service-status.ts';

export interface EntryMeta {
  /** A funding call's status, shown as a badge. */
  status?: { value: FundingCallStatus; label: string; tone: 'open' | 'upcoming' | 'closed' };
  /** Facts in reading order. */
  facts: string[];
}

const TONES: Record<FundingCallStatus, 'open' | 'upcoming' | 'closed'> = {
  öppen: 'open',
  kommande: 'upcoming',
  stängd: 'closed',
};

/** Names of municipalities, then counties, for a list line: "Älvdalen, Mora". */
export function placeNames(entry: BankEntry, locale: Locale, t: Translate): string | undefined {
  if (entry.municipalities.length > 0) {
    return entry.municipalities.map((code) => findMunicipality(code)?.shortName ?? code).join(', ');
  }
  if (entry.counties.length > 0)
    return entry.counties
      .map((code) => {
        const county = findCounty(code);
        return county ? countyName(county, locale) : code;
      })
      .join(', ');
  if (entry.national) return t('place.national');
  return undefined;
}

export function entryMeta(entry: BankEntry, locale: Locale, t: Translate, now: Date): EntryMeta {
  const facts: string[] = [];
  const place = placeNames(entry, locale, t);
  switch (entry.type) {
    case 'method': {
      const m = entry.data;
      facts.push(EVIDENCE_LEVELS.label(m.evidence, locale));
      facts.push(t('method.effortShort', { level: LEVELS.label(m.effort, locale).toLowerCase() }));
      facts.push(t('method.costShort', { level: LEVELS.label(m.cost, locale).toLowerCase() }));
      if (m.caseStudies.length > 0) facts.push(t('method.usedIn', { count: m.caseStudies.length }));
      break;
    }
    case 'case-study': {
      if (place) facts.push(place);
      facts.push(t('case.startedShort', { year: String(entry.data.startedYear) }));
      break;
    }
    case 'funding-call': {
      const call = entry.data;
      const status = entry.status ?? 'stängd';
      const meta: EntryMeta = {
        status: { value: status, label: FUNDING_CALL_STATUSES.label(status, locale), tone: TONES[status] },
        facts,
      };
      if (status === 'kommande') facts.push(t('funding.opensOn', { date: formatDate(call.opensAt, locale) }));
      facts.push(t('funding.deadlineOn', { date: formatDate(call.deadline, locale) }));
      const left = status === 'öppen' ? daysLeftText(call.deadline, now, t) : undefined;
      if (left) facts.push(left);
      if (call.funder) facts.push(call.funder.name);
      if (place) facts.push(place);
      return meta;
    }
    case 'consultation-response': {
      const response = entry.data;
      facts.push(t('consultation.deadlineOn', { date: formatDate(response.consultationDeadline, locale) }));
      if (response.issuer) facts.push(response.issuer.name);
      break;
    }
    case 'trend-note': {
      facts.push(formatDate(entry.publishedAt, locale));
      if (place) facts.push(place);
      break;
    }
    case 'event': {
      const event = entry.data;
      facts.push(EVENT_KINDS.label(event.kind, locale));
      facts.push(formatEventTime(event.startsAt, event.endsAt, locale));
      if (event.location) facts.push(event.location);
      else if (event.onlineUrl) facts.push(t('event.online'));
      if (Date.parse(event.endsAt) < now.getTime()) facts.push(t('event.past'));
      break;
    }
    case 'service-plan': {
      if (place) facts.push(place);
      const status = planStatus(entry.data, now);
      facts.push(`${planStatusName(status.status, locale)} ${status.lastDecision?.slice(0, 4) ?? ''}`.trim());
      break;
    }
    case 'service-coordinator': {
      if (place) facts.push(place);
      facts.push(entry.data.roleTitle, entry.data.unit);
      break;
    }
    default:
      facts.push(...networkFacts(entry, locale, t, place));
  }
  return { facts };
}
