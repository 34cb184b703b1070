import type { ORGANISATION_KINDS } from './vocab.ts';

/**
 * The organisations the bank starts with: the national agencies and ministry that fund and consult,
 * the regional bodies responsible for commercial service support, and the network itself.
 */
export const STARTING_ORGANISATIONS: readonly {
  name: string;
  kind: (typeof ORGANISATION_KINDS.values)[number];
  website?: string;
  municipality?: string;
}[] = [
  { name: 'Tillväxtverket', kind: 'myndighet', website: 'https://tillvaxtverket.se' },
  { name: 'Post- och telestyrelsen', kind: 'myndighet', website: 'https://pts.se' },
  { name: 'Jordbruksverket', kind: 'myndighet', website: 'https://jordbruksverket.se' },
  { name: 'Trafikverket', kind: 'myndighet', website: 'https://trafikverket.se' },
  { name: 'Statens servicecenter', kind: 'myndighet', website: 'https://statenssc.se' },
  { name: 'Landsbygds- och infrastrukturdepartementet', kind: 'departement', website: 'https://regeringen.se' },
  { name: 'Finansdepartementet', kind: 'departement', website: 'https://regeringen.se' },
  { name: 'Sveriges Kommuner och Regioner', kind: 'riksorganisation', website: 'https://skr.se' },
  { name: 'Landsbygdsnätverkets servicegrupp', kind: 'riksorganisation' },
  { name: 'Region Jämtland Härjedalen', kind: 'region', website: 'https://regionjh.se' },
  { name: 'Region Västerbotten', kind: 'region', website: 'https://regionvasterbotten.se' },
  { name: 'Region Norrbotten', kind: 'region', website: 'https://norrbotten.se' },
  { name: 'Region Dalarna', kind: 'region', website: 'https://regiondalarna.se' },
  { name: 'Region Värmland', kind: 'region', website: 'https://regionvarmland.se' },
  { name: 'Region Gävleborg', kind: 'region', website: 'https://regiongavleborg.se' },
  { name: 'Region Kalmar län', kind: 'region', website: 'https://regionkalmar.se' },
  { name: 'Region Västernorrland', kind: 'region', website: 'https://rvn.se' },
  { name: 'Region Gotland', kind: 'region', website: 'https://gotland.se', municipality: '0980' },
  { name: 'Länsstyrelsen i Kronobergs län', kind: 'länsstyrelse', website: 'https://lansstyrelsen.se/kronoberg' },
  {
    name: 'Länsstyrelsen i Västra Götalands län',
    kind: 'länsstyrelse',
    website: 'https://lansstyrelsen.se/vastra-gotaland',
  },
  { name: 'Länsstyrelsen i Skåne län', kind: 'länsstyrelse', website: 'https://lansstyrelsen.se/skane' },
  { name: 'Länsstyrelsen i Östergötlands län', kind: 'länsstyrelse', website: 'https://lansstyrelsen.se/ostergotland' },
];
