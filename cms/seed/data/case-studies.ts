import type { SeedCaseStudy } from '../types.ts';

export const caseStudies: SeedCaseStudy[] = [
  {
    key: 'sorsjon-servicepunkt',
    title: 'Sörsjön samlade servicen i lanthandeln',
    summary:
      'När postombudet försvann gick byalaget i Sörsjön ihop med lanthandeln och gjorde butiken till servicepunkt med paketutlämning, apoteksombud och kontantuttag.',
    body: 'Sörsjön ligger sex mil norr om Älvdalens centralort. När det förra postombudet lades ned 2022 hade bybor och fritidsboende tolv mil tur och retur för att hämta ett paket.',
    municipalities: ['2039'],
    coordinates: { lat: 61.4, lon: 13.1 },
    startedYear: 2022,
    projectStatus: 'pågående',
    outcomes: `- Butiken har **paketutlämning** sedan mars 2023, i snitt 140 paket i veckan.
- Apoteksombudet lämnar ut omkring 60 recept i månaden.
- Omsättningen i butiken ökade med 18 procent första året.`,
    lessons: `Det som fungerade var att byalaget tog kontakten med ombudsföretagen så att handlaren slapp. Det som inte fungerade var kontantuttaget: automaten kostade mer än den gav, och efter ett år ersattes den av uttag i kassan.`,
    funding: 'Investeringsstöd till kommersiell service från Region Dalarna, 180 000 kronor, och ideellt arbete.',
    organisations: ['Sörsjöns byalag', 'Region Dalarna'],
    methods: ['bystamma-om-service'],
    serviceAreas: ['post-och-paket', 'servicepunkt', 'dagligvaror'],
    topics: ['paketombud', 'lanthandel'],
    publishedDaysAgo: 60,
  },
];
