// When a method or a case study is overdue for a check: editors promise readers that the content
// still holds, and "senast kontrollerad" older than 18 months breaks that promise. Pure, with no
// imports beyond time, so the admin panel, the site and the report share the one rule.
import { stockholmDate } from './time.ts';

/** How long a check holds. */
export const VERIFICATION_VALID_MONTHS = 18;

/** The types whose entries carry `lastVerifiedAt` and go stale. */
export const VERIFIED_TYPES = ['method', 'case-study'] as const;

/**
 * The last calendar day (YYYY-MM-DD, Stockholm) on which a check still holds today: a check made on
 * or after it is current; an older one (or none) is overdue. 18 months before 2026-08-31 is
 * 2025-02-28 (the month's last day when the day does not exist).
 */
export function verificationCutoff(now: Date): string {
  const [year, month, day] = stockholmDate(now).split('-').map(Number) as [number, number, number];
  const totalMonths = year * 12 + (month - 1) - VERIFICATION_VALID_MONTHS;
  const cutoffYear = Math.floor(totalMonths / 12);
  const cutoffMonth = (totalMonths % 12) + 1;
  const lastDay = new Date(Date.UTC(cutoffYear, cutoffMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${cutoffYear}-${pad(cutoffMonth)}-${pad(Math.min(day, lastDay))}`;
}

/** Whether an entry last checked on `lastVerifiedAt` (YYYY-MM-DD, or none) is overdue at `now`. */
export function isVerificationOverdue(lastVerifiedAt: string | null | undefined, now: Date): boolean {
  if (!lastVerifiedAt) return true;
  return lastVerifiedAt.slice(0, 10) < verificationCutoff(now);
}
