import type { SeedTrendNote } from '../types.ts';

export const trendNotes: SeedTrendNote[] = [
  {
    key: 'paketskap-breder-ut-sig',
    title: 'Paketskåpen breder ut sig, men inte överallt',
    summary:
      'Antalet paketskåp har ökat snabbt i tätorterna. På landsbygden är det fortfarande butikens ombud som gäller, och ombuden blir färre.',
    body: 'När e-handeln flyttar paketen till skåp tappar lanthandeln en del av kundflödet. Det är en av de viktigaste förändringarna för butikernas ekonomi just nu.',
    sourceLinks: [{ label: 'Post- och telestyrelsen', url: 'https://pts.se' }],
    region: [],
    serviceAreas: ['post-och-paket'],
    topics: ['paketombud'],
    publishedDaysAgo: 14,
  },
];
