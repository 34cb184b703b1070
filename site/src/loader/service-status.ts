// Reads the history of the service-status shares from the CMS's read-only route, each snapshot
// checked against its schema in content-types.
import { fieldPath, type ServiceStatusSnapshot, serviceStatusSnapshot } from '@skb/content-types';
import { z } from 'astro/zod';
import { type CmsClientOptions, getJson } from './cms-client.ts';
import { CmsResponseError, InvalidEntryError } from './errors.ts';

export const SNAPSHOTS_PATH = '/api/service-status/snapshots';

export async function readSnapshots(options: CmsClientOptions): Promise<ServiceStatusSnapshot[]> {
  const url = `${options.baseUrl}${SNAPSHOTS_PATH}`;
  const list = z.object({ data: z.array(z.unknown()) }).safeParse(await getJson(url, options));
  if (!list.success) throw new CmsResponseError(url, 200, 'not a list ({ data: [...] })');
  return list.data.data.map((raw, i) => {
    const result = serviceStatusSnapshot.safeParse(raw);
    if (!result.success) {
      const problems = result.error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`).join('; ');
      throw new InvalidEntryError(`service-status snapshot ${i + 1}`, problems);
    }
    return result.data;
  });
}
