import type { SeedOrganisation } from '../types.ts';

/** Local and regional organisations of the demo content, besides the starting set. Invented names. */
export const organisations: SeedOrganisation[] = [
  { name: 'Sörsjöns byalag', kind: 'förening', municipality: '2039' },
  { name: 'Landsbygdsrörelsen Dalarna', kind: 'länsavdelning' },
];
