import type { SeedOrganisation } from '../types.ts';

/**
 * Organisations the funding calls, consultation responses, trend notes and events need, besides the
 * starting set and data/organisations.ts. Municipalities, ministries and agencies are real; the
 * movement's county branches, the Leader areas and the foundations are invented names.
 */
export const moreOrganisations: SeedOrganisation[] = [
  // The movement's county branches (invented).
  { name: 'Landsbygdsrörelsen Västerbotten', kind: 'länsavdelning' },
  { name: 'Landsbygdsrörelsen Norrbotten', kind: 'länsavdelning' },
  { name: 'Landsbygdsrörelsen Jämtland Härjedalen', kind: 'länsavdelning' },
  { name: 'Landsbygdsrörelsen Värmland', kind: 'länsavdelning' },
  { name: 'Landsbygdsrörelsen Gävleborg', kind: 'länsavdelning' },
  { name: 'Landsbygdsrörelsen Västernorrland', kind: 'länsavdelning' },
  { name: 'Landsbygdsrörelsen Kalmar län', kind: 'länsavdelning' },
  { name: 'Landsbygdsrörelsen Kronoberg', kind: 'länsavdelning' },
  { name: 'Landsbygdsrörelsen Gotland', kind: 'länsavdelning' },
  { name: 'Landsbygdsrörelsen Västra Götaland', kind: 'länsavdelning' },

  // Real municipalities that fund or organise something in the demo content.
  { name: 'Ljusdals kommun', kind: 'kommun', website: 'https://www.ljusdal.se', municipality: '2161' },
  { name: 'Ragunda kommun', kind: 'kommun', website: 'https://www.ragunda.se', municipality: '2303' },

  // Real ministries and agencies that issue consultations.
  { name: 'Socialdepartementet', kind: 'departement', website: 'https://regeringen.se' },
  { name: 'Länsstyrelsen i Västerbottens län', kind: 'länsstyrelse', website: 'https://lansstyrelsen.se/vasterbotten' },

  // Leader areas and foundations (invented).
  { name: 'Leader Fjäll och Skog', kind: 'förening' },
  { name: 'Leader Kust och Sjöbygd', kind: 'förening' },
  { name: 'Sparbanksstiftelsen Skogsbygden', kind: 'förening', municipality: '2161' },
  { name: 'Stiftelsen Levande Bygder', kind: 'förening' },
];
