// The editors' follow-up list: per county, the municipalities with no known service plan, with no
// known service coordinator, and with a plan overdue for revision, so county branches know whom to
// contact. Pure: statuses in, report out (text, CSV or JSON), and the command line read.
import type { ParseArgsOptionsConfig } from 'node:util';
import {
  counties,
  findMunicipality,
  type MunicipalityStatus,
  serviceStatusShares,
  startOfStockholmDay,
} from '@skb/content-types';
import { type Command, UsageError } from '../command-line.ts';

export const FOLLOW_UP_COMMAND = {
  usage:
    'Användning / usage: npm run report:municipalities -- [--county KOD|NAMN] [--format text|csv|json] [--date ÅÅÅÅ-MM-DD] [--cms-url URL]',
  options: {
    county: { type: 'string' },
    format: { type: 'string', default: 'text' },
    date: { type: 'string' },
    'cms-url': { type: 'string' },
  },
} as const satisfies Command<ParseArgsOptionsConfig>;

/** The report's settings from its parsed command line; CMS_URL when --cms-url is not given. */
export function followUpOptions(
  values: { county?: string; format: string; date?: string; 'cms-url'?: string },
  env: NodeJS.ProcessEnv = process.env,
) {
  const { usage } = FOLLOW_UP_COMMAND;
  const format = values.format;
  if (format !== 'text' && format !== 'csv' && format !== 'json') {
    throw new UsageError(`--format ska vara text, csv eller json, inte "${format}"`, usage);
  }
  let county: string | undefined;
  if (values.county) {
    const wanted = values.county.toLowerCase();
    county = counties.find(
      (c) => c.code === values.county || c.shortName.toLowerCase() === wanted || c.name.toLowerCase() === wanted,
    )?.code;
    if (!county) throw new UsageError(`okänt län "${values.county}": ange länskod (20) eller namn (Dalarna)`, usage);
  }
  if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    throw new UsageError(`--date ska vara ett datum ÅÅÅÅ-MM-DD, inte "${values.date}"`, usage);
  }
  // Noon in Stockholm on the given day: the status of that whole day.
  const now = values.date ? new Date(startOfStockholmDay(values.date).getTime() + 12 * 3_600_000) : new Date();
  return { format, county, now, cmsUrl: values['cms-url'] ?? env.CMS_URL ?? 'http://127.0.0.1:1337' } as const;
}

export interface CountyFollowUp {
  code: string;
  name: string;
  municipalities: number;
  withCoordinator: number;
  withCurrentPlan: number;
  noPlan: string[];
  noCoordinator: string[];
  overdue: { name: string; lastDecision: string; revisionDueAt: string }[];
}

const nameOf = (code: string) => findMunicipality(code)?.shortName ?? code;
const bySwedishName = (a: string, b: string) => a.localeCompare(b, 'sv');

/** The follow-up per county, in SCB order; `countyCode` narrows it to one county. */
export function followUp(statuses: readonly MunicipalityStatus[], countyCode?: string): CountyFollowUp[] {
  const shares = serviceStatusShares(statuses).counties;
  return counties
    .filter((county) => !countyCode || county.code === countyCode)
    .map((county) => {
      const here = statuses.filter((s) => s.countyCode === county.code);
      const share = shares.find((s) => s.code === county.code);
      return {
        code: county.code,
        name: county.name,
        municipalities: here.length,
        withCoordinator: share?.withCoordinator ?? 0,
        withCurrentPlan: share?.withCurrentPlan ?? 0,
        noPlan: here
          .filter((s) => s.status === 'ingen')
          .map((s) => nameOf(s.code))
          .sort(bySwedishName),
        noCoordinator: here
          .filter((s) => !s.hasCoordinator)
          .map((s) => nameOf(s.code))
          .sort(bySwedishName),
        overdue: here
          .filter((s) => s.status === 'försenad')
          .map((s) => ({
            name: nameOf(s.code),
            lastDecision: s.lastDecision ?? '',
            revisionDueAt: s.revisionDueAt ?? '',
          }))
          .sort((a, b) => a.revisionDueAt.localeCompare(b.revisionDueAt)),
      };
    });
}

const list = (names: readonly string[]) => (names.length === 0 ? '–' : names.join(', '));

/** The report as text for a terminal or an e-mail to a county branch. */
export function followUpText(report: readonly CountyFollowUp[], asOf: string): string {
  const lines = [`Servicestatus per län den ${asOf}: kommuner att kontakta`, ''];
  for (const county of report) {
    lines.push(
      `${county.name} (${county.code}): ${county.municipalities} kommuner, ${county.withCoordinator} med servicesamordnare, ${county.withCurrentPlan} med serviceplan reviderad de senaste fyra åren`,
      `  Ingen känd serviceplan (${county.noPlan.length}): ${list(county.noPlan)}`,
      `  Ingen känd servicesamordnare (${county.noCoordinator.length}): ${list(county.noCoordinator)}`,
      `  Revidering försenad (${county.overdue.length}): ${list(
        county.overdue.map(
          (o) => `${o.name} (senaste beslut ${o.lastDecision}, skulle revideras senast ${o.revisionDueAt})`,
        ),
      )}`,
      '',
    );
  }
  const sum = (pick: (c: CountyFollowUp) => number) => report.reduce((total, c) => total + pick(c), 0);
  lines.push(
    `Totalt: ${sum((c) => c.noPlan.length)} utan känd plan, ${sum((c) => c.noCoordinator.length)} utan känd samordnare, ${sum((c) => c.overdue.length)} med försenad revidering, av ${sum((c) => c.municipalities)} kommuner.`,
  );
  return `${lines.join('\n')}\n`;
}

const csvField = (value: string) => (/[",\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** One row per municipality and thing to follow up: county, municipality, what is missing. */
export function followUpCsv(report: readonly CountyFollowUp[]): string {
  const rows = [['countyCode', 'county', 'municipality', 'followUp', 'detail']];
  for (const county of report) {
    for (const name of county.noPlan) rows.push([county.code, county.name, name, 'ingen känd serviceplan', '']);
    for (const name of county.noCoordinator)
      rows.push([county.code, county.name, name, 'ingen känd servicesamordnare', '']);
    for (const o of county.overdue) {
      rows.push([county.code, county.name, o.name, 'revidering försenad', `senaste beslut ${o.lastDecision}`]);
    }
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
