import type { SeedEvent } from '../types.ts';

export const events: SeedEvent[] = [
  {
    key: 'natverkstraff-dalarna',
    title: 'Nätverksträff om service i Dalarna',
    summary: 'Länsavdelningen bjuder in byalag, handlare och kommunernas landsbygdsutvecklare till en dag om servicepunkter.',
    body: 'Vi träffas i bygdegården, äter lunch tillsammans och går igenom vad som hänt sedan förra träffen.',
    kind: 'nätverksträff',
    startsInDays: 18,
    startTime: '10:00',
    endTime: '15:30',
    location: 'Bygdegården i Sörsjön',
    municipality: '2039',
    organiser: 'Landsbygdsrörelsen Dalarna',
    serviceAreas: ['servicepunkt'],
    topics: ['nätverk'],
    publishedDaysAgo: 10,
  },
];
