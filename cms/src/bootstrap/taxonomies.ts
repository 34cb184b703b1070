import { organisation, SERVICE_AREAS, STARTING_ORGANISATIONS, serviceArea, slugify } from '@skb/content-types';
import type { Core } from '@strapi/strapi';

/** Creates the service areas and the starting organisations that are missing; never changes existing ones. */
export async function ensureTaxonomies(strapi: Core.Strapi): Promise<{ created: number }> {
  let created = 0;
  const areas = strapi.documents(serviceArea.uid);
  for (const area of SERVICE_AREAS) {
    if ((await areas.count({ filters: { slug: area.slug } })) === 0) {
      await areas.create({ data: { ...area } });
      created++;
    }
  }
  const organisations = strapi.documents(organisation.uid);
  for (const org of STARTING_ORGANISATIONS) {
    const slug = slugify(org.name);
    if ((await organisations.count({ filters: { slug } })) === 0) {
      await organisations.create({ data: { ...org, slug } });
      created++;
    }
  }
  return { created };
}
