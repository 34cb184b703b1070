import type { SeedFundingCall } from '../types.ts';

export const fundingCalls: SeedFundingCall[] = [
  {
    key: 'dalarna-investeringsstod',
    title: 'Investeringsstöd till butiker och drivmedelsstationer i Dalarna',
    summary:
      'Region Dalarna tar emot ansökningar om investeringsstöd till dagligvarubutiker och drivmedelsstationer i gles- och landsbygd.',
    body: 'Stödet kan gå till kyl- och frysdiskar, kassasystem, drivmedelsanläggningar och annat som gör butiken mer lönsam på sikt.',
    funder: 'Region Dalarna',
    opensInDays: -30,
    deadlineInDays: 21,
    amountMin: 25_000,
    amountMax: 400_000,
    eligibleApplicants: ['företag', 'ekonomisk förening'],
    geography: 'län',
    counties: ['20'],
    externalUrl: 'https://regiondalarna.se',
    serviceAreas: ['dagligvaror', 'drivmedel'],
    topics: ['investeringsstöd'],
    publishedDaysAgo: 30,
  },
];
