// The municipality open-data files: the service status of all 290 municipalities with SCB codes,
// as JSON and CSV with the same columns. The open-data page documents the columns.
import { entryPath } from '@skb/content-types';
import { absoluteUrl, buildTime } from '../config/site.ts';
import { csv } from '../lib/feeds/csv.ts';
import { LICENCE } from '../lib/open-data.ts';
import { homePath, MUNICIPALITY_DATA_FILES } from '../lib/routes.ts';
import { MUNICIPALITY_FIELDS, municipalityRecord } from '../lib/service-status.ts';
import { getStatuses } from './service-status.ts';

async function records() {
  const statuses = await getStatuses('sv');
  return statuses.map((status) =>
    municipalityRecord(status, absoluteUrl, (plan) =>
      entryPath({ type: 'service-plan', slug: plan.slug, locale: plan.locale }),
    ),
  );
}

export async function municipalityDataJson(): Promise<Response> {
  const rows = await records();
  const body = {
    name: 'Servicekunskapsbanken: kommunernas servicestatus',
    description:
      'Serviceplan och servicesamordnare i Sveriges 290 kommuner / service plan and service coordinator of every Swedish municipality',
    licence: LICENCE,
    source: absoluteUrl(homePath('sv')),
    csv: absoluteUrl(MUNICIPALITY_DATA_FILES.csv),
    generatedAt: buildTime.toISOString(),
    fields: MUNICIPALITY_FIELDS,
    count: rows.length,
    municipalities: rows,
  };
  return new Response(JSON.stringify(body, null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

export async function municipalityDataCsv(): Promise<Response> {
  const rows = (await records()).map((record) =>
    MUNICIPALITY_FIELDS.map((field) => {
      const value = record[field];
      return Array.isArray(value) ? value.join(';') : (value as string | boolean | null);
    }),
  );
  return new Response(csv(MUNICIPALITY_FIELDS, rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
