import type { SeedConsultationResponse } from '../types.ts';

export const consultationResponses: SeedConsultationResponse[] = [
  {
    key: 'remiss-grundlaggande-betaltjanster',
    title: 'Svar om grundläggande betaltjänster på landsbygden',
    summary:
      'Nätverket stöder förslaget om en statlig bevakning av kontanttillgången men vill att avståndet till uttag mäts från där människor bor, inte från tätortens mitt.',
    body: 'Vi delar utredningens bild av att kontanter fortfarande behövs, särskilt för äldre och för föreningslivets kassor.',
    consultationTitle: 'Ett säkrare och mer tillgängligt betalningssystem',
    issuer: 'Finansdepartementet',
    referenceNumber: 'Fi2026/00417',
    consultationDeadlineInDays: -60,
    submittedInDays: -62,
    respondent: 'Landsbygdsnätverkets servicegrupp',
    methods: [],
    caseStudies: ['sorsjon-servicepunkt'],
    serviceAreas: ['kontanter-och-betaltjanster'],
    topics: ['kontanter'],
    publishedDaysAgo: 58,
  },
];
