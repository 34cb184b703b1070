import type { SeedMethod } from '../types.ts';

export const methods: SeedMethod[] = [
  {
    key: 'bystamma-om-service',
    title: 'Bystämma om servicen i bygden',
    summary:
      'En öppen stämma där byborna kartlägger vilken service som finns, vad som hotas och vad de själva kan ta ansvar för. Ger underlag till kommunens serviceplan.',
    body: `Bystämman är det enklaste sättet att få en gemensam bild av servicen i en bygd. Den samlar de som bor och verkar där, från pensionären som handlar varje dag till företagaren som behöver paketombudet.

Stämman fungerar bäst när den har ett tydligt syfte: att ta fram ett underlag som kommunen kan använda när den reviderar sin **kommunala serviceplan**.

## Vad stämman ger
- En karta över servicen i dag: butik, drivmedel, post- och paketombud, apoteksombud, kontanter.
- En lista över vad som hotas de närmaste åren.
- Namn på personer som vill driva frågorna vidare.`,
    steps: [
      {
        title: 'Bjud in brett',
        body: 'Byalaget skickar ut inbjudan fyra veckor före, i brevlådan och i bygdens Facebookgrupp. Bjud särskilt in butiksägaren, skolan och kommunens landsbygdsutvecklare.',
      },
      {
        title: 'Kartlägg tillsammans',
        body: 'Rita bygden på ett stort papper. Deltagarna sätter ut var servicen finns och skriver avståndet till närmaste alternativ.',
      },
      {
        title: 'Prioritera och fördela ansvar',
        body: 'Välj tre frågor att arbeta vidare med. Varje fråga får en kontaktperson och ett datum för återrapport.',
      },
    ],
    actorLevels: ['lokal', 'kommunal'],
    effort: 'låg',
    cost: 'låg',
    evidence: 'beprövad',
    timeNeeded: '4–6 veckor',
    prerequisites: 'En förening eller grupp som kan stå som värd och en lokal att vara i.',
    sources: [{ label: 'Tillväxtverket om kommunala serviceplaner', url: 'https://tillvaxtverket.se' }],
    serviceAreas: ['dagligvaror', 'servicepunkt'],
    topics: ['kommunal serviceplan', 'medskapande'],
    publishedDaysAgo: 120,
    lastVerifiedDaysAgo: 30,
    en: {
      title: 'Village assembly on local services',
      summary:
        'An open assembly where residents map the services they have, what is under threat and what they can take on themselves. It gives the municipality input for its service plan.',
      body: 'The village assembly is the simplest way to get a shared picture of local services. It works best with a clear purpose: input for the municipal service plan.',
      steps: [
        { title: 'Invite widely', body: 'Send the invitation four weeks ahead, by post and in the local Facebook group.' },
        { title: 'Map together', body: 'Draw the area on a large sheet and mark where services are.' },
        { title: 'Prioritise and share responsibility', body: 'Pick three issues, each with a contact person.' },
      ],
    },
  },
];
