import type { SeedMethod } from '../types.ts';

export const methods: SeedMethod[] = [
  {
    key: 'bystamma-om-service',
    title: 'Bystämma om servicen i bygden',
    summary:
      'En öppen stämma där byborna kartlägger vilken service som finns, vad som hotas och vad de själva kan ta ansvar för. Ger underlag till kommunens serviceplan.',
    body: `Bystämman är det enklaste sättet att få en gemensam bild av servicen i en bygd. Den samlar de som bor och verkar där, från pensionären som handlar varje dag till företagaren som behöver paketombudet och den fritidsboende som tankar på fredagskvällen.

Stämman fungerar bäst när den har ett tydligt syfte: att ta fram ett underlag som kommunen kan använda när den reviderar sin **kommunala serviceplan**. Då blir det också lättare att få kommunens landsbygdsutvecklare att komma och lyssna.

## Vad stämman ger
- En karta över servicen i dag: butik, drivmedel, post- och paketombud, apoteksombud, kontanter.
- En lista över vad som hotas de närmaste åren, till exempel en handlare som närmar sig pension.
- Namn på personer som vill driva frågorna vidare.

## Vanliga fallgropar
- Att stämman blir ett klagomöte utan uppföljning. Avsluta alltid med vem som gör vad.
- Att bara de redan aktiva kommer. Ungdomar och nyinflyttade behöver bjudas in personligen.

En stämma kostar sällan mer än fika och lokalhyra, ofta 1 000–3 000 kronor.`,
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
      {
        title: 'Lämna underlaget till kommunen',
        body: 'Byalagets ordförande skickar en kort sammanfattning till kommunens servicesamordnare inom två veckor. Be om ett svar på hur underlaget tas om hand i serviceplanen.',
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
    topics: ['kommunal serviceplan', 'medskapande', 'bygdegård'],
    publishedDaysAgo: 120,
    lastVerifiedDaysAgo: 30,
    en: {
      title: 'Village assembly on local services',
      summary:
        'An open assembly where residents map the services they have, what is under threat and what they can take on themselves. It gives the municipality input for its service plan.',
      body: `The village assembly is the simplest way to get a shared picture of the services in a rural district. It brings together the people who live and work there, from the pensioner who shops every day to the business owner who depends on the parcel agent and the holiday-home owner who fills up on Friday evenings.

It works best with a clear purpose: input the municipality can use when it revises its **municipal service plan**. That also makes it easier to get the municipality's rural development officer to come and listen.

## What the assembly gives you
- A map of today's services: shop, fuel, postal and parcel agent, pharmacy agent, cash.
- A list of what is under threat in the coming years, such as a shopkeeper nearing retirement.
- Names of people willing to take the issues further.

## Common pitfalls
- The assembly turns into a complaints session with no follow-up. Always end with who does what.
- Only the already active turn up. Young people and newcomers need a personal invitation.

An assembly seldom costs more than coffee and hall rent, often SEK 1,000–3,000.`,
      steps: [
        {
          title: 'Invite widely',
          body: 'The village association sends the invitation four weeks ahead, by post and in the local Facebook group. Invite the shopkeeper, the school and the municipal rural development officer in particular.',
        },
        {
          title: 'Map together',
          body: 'Draw the area on a large sheet of paper. Participants mark where services are and write the distance to the nearest alternative.',
        },
        {
          title: 'Prioritise and share responsibility',
          body: 'Pick three issues to work on. Each gets a contact person and a date to report back.',
        },
        {
          title: 'Hand the input to the municipality',
          body: "The chair sends a short summary to the municipality's service coordinator within two weeks, and asks how it will be used in the service plan.",
        },
      ],
      timeNeeded: '4–6 weeks',
      prerequisites: 'An association or group that can host, and a place to meet.',
    },
  },
  {
    key: 'servicekartlaggning-med-gis',
    title: 'Servicekartläggning med GIS och restidsanalys',
    summary:
      'Kommunen eller regionen lägger in alla serviceställen på en karta och räknar restid från varje bostad. Visar svart på vitt vilka byar som ligger längst bort och var en nedläggning slår hårdast.',
    body: `En servicekartläggning med GIS ger ett gemensamt faktaunderlag för samtal mellan byar, kommun och region. I stället för att diskutera känslor om avstånd kan alla se hur många hushåll som har mer än 20 minuter till närmaste dagligvarubutik, drivmedelsstation eller apoteksombud.

## Vad som behövs
- Adresser till alla serviceställen: butiker, drivmedel, paketombud, apoteksombud, uttagsautomater, vårdcentraler och skolor.
- Befolkningsdata på rutnätsnivå (SCB säljer 250-metersrutor) eller kommunens egen adressdata.
- Ett vägnät för restidsberäkning. Många regioner har redan licens via sitt GIS-stöd.

## Vad analysen ger
1. Restid i minuter från varje ruta till närmaste ställe för varje tjänst.
2. En "tänk om"-analys: vad händer om butiken i en viss by stänger?
3. Kartor som går att använda direkt i den kommunala serviceplanen och i det regionala serviceprogrammet.

## Kostnad och tid
Med egen GIS-ingenjör tar arbetet 3–4 månader och kostar mest arbetstid, omkring 150–250 timmar. Köps analysen in ligger priset ofta på 80 000–200 000 kronor. Det lönar sig att låta byalagen granska kartan innan den publiceras: de hittar både stängda ombud och nya gårdsbutiker som registren missat.`,
    steps: [
      {
        title: 'Samla adresserna',
        body: 'Kommunens servicesamordnare hämtar register från regionen, apoteksaktörerna och ombudsföretagen. Byalagen får listan för sin bygd och rättar den på två veckor.',
      },
      {
        title: 'Beräkna restider',
        body: 'GIS-ingenjören räknar restid med bil från varje befolkningsruta till närmaste serviceställe per tjänst. Restid med kollektivtrafik räknas för de tjänster som äldre oftast behöver.',
      },
      {
        title: 'Testa sårbarheten',
        body: 'Ta bort ett serviceställe i taget i modellen och se hur många hushåll som får längre än 20 eller 30 minuter. Det visar vilka butiker som är strategiska.',
      },
      {
        title: 'Granska resultatet med byarna',
        body: 'Visa kartorna på ett öppet möte eller i kommunbygderådet. Låt byarna kommentera innan något publiceras.',
      },
      {
        title: 'Använd underlaget',
        body: 'Lägg in kartorna i serviceplanen och skicka dem till regionen som underlag för stödprioriteringar. Uppdatera vartannat år.',
      },
    ],
    actorLevels: ['kommunal', 'regional'],
    effort: 'medel',
    cost: 'medel',
    evidence: 'beprövad',
    timeNeeded: '3–4 månader',
    prerequisites:
      'Tillgång till GIS-kompetens (egen eller inköpt) och befolkningsdata på rutnätsnivå. Ett beslut om att resultatet ska användas i serviceplanen.',
    sources: [
      { label: 'Tillväxtverkets verktyg Pipos Serviceanalys', url: 'https://tillvaxtverket.se' },
      { label: 'SCB: befolkning i rutor', url: 'https://www.scb.se' },
    ],
    serviceAreas: ['dagligvaror', 'drivmedel', 'apotek-och-lakemedel', 'offentlig-service'],
    topics: ['gis', 'kommunal serviceplan', 'regionalt serviceprogram'],
    publishedDaysAgo: 410,
    lastVerifiedDaysAgo: 90,
    en: {
      title: 'Service mapping with GIS and travel-time analysis',
      summary:
        'The municipality or region maps every service outlet and calculates travel time from every home. It shows plainly which villages are furthest away and where a closure would hurt most.',
      body: `A GIS-based service mapping gives villages, municipality and region a shared set of facts. Instead of arguing about how far things feel, everyone can see how many households have more than 20 minutes to the nearest grocery store, filling station or pharmacy agent.

## What you need
- Addresses of all service outlets: shops, fuel, parcel agents, pharmacy agents, cash machines, health centres and schools.
- Population data on a grid (Statistics Sweden sells 250-metre squares) or the municipality's own address data.
- A road network for travel-time calculations. Many regions already have a licence through their GIS support.

## What the analysis gives
1. Travel time in minutes from each square to the nearest outlet for each service.
2. A what-if analysis: what happens if the shop in a given village closes?
3. Maps that go straight into the municipal service plan and the regional service programme.

## Cost and time
With an in-house GIS engineer the work takes 3–4 months and costs mostly staff time, around 150–250 hours. Bought in, it often costs SEK 80,000–200,000. Let the village associations review the map before it is published: they find both closed agents and new farm shops that the registers have missed.`,
      steps: [
        {
          title: 'Collect the addresses',
          body: "The municipality's service coordinator gathers registers from the region, the pharmacy operators and the parcel companies. Each village association checks the list for its area within two weeks.",
        },
        {
          title: 'Calculate travel times',
          body: 'The GIS engineer calculates car travel time from each population square to the nearest outlet per service. Public-transport time is calculated for the services older people need most.',
        },
        {
          title: 'Test vulnerability',
          body: 'Remove one outlet at a time in the model and see how many households end up beyond 20 or 30 minutes. This shows which shops are strategic.',
        },
        {
          title: 'Review with the villages',
          body: 'Present the maps at an open meeting or in the municipal rural council. Let the villages comment before anything is published.',
        },
        {
          title: 'Use the results',
          body: 'Put the maps in the service plan and send them to the region as input for support priorities. Update every other year.',
        },
      ],
      timeNeeded: '3–4 months',
      prerequisites:
        'Access to GIS skills (in-house or bought in) and grid-level population data. A decision that the results will be used in the service plan.',
    },
  },
  {
    key: 'hemsandningsbidrag-i-samverkan',
    title: 'Hemsändning av dagligvaror med kommunalt hemsändningsbidrag',
    summary:
      'Lanthandeln kör ut varor till hushåll långt från butiken och får hemsändningsbidrag från kommunen. Håller kunder kvar i butiken och gör att äldre kan bo kvar.',
    body: `Hemsändning är en av de mest beprövade insatserna för service på landsbygden. Butiken plockar och kör ut beställda varor, och kommunen betalar ett bidrag per leverans eller per år. Kommunen kan i sin tur få en del av kostnaden ersatt av staten via regionen eller länsstyrelsen.

## Varför det fungerar
- Butiken behåller kunder som annars hade handlat på nätet eller i stan.
- Äldre och personer utan bil kan bo kvar längre.
- Hemtjänsten slipper lägga tid på att handla.

## Vanliga upplägg
| Upplägg | Passar när |
|---|---|
| Bidrag per leverans (ofta 100–200 kronor) | Få och utspridda kunder |
| Fast årsbelopp till butiken | Butiken kör fasta turer flera dagar i veckan |
| Gemensam tur med apoteksombud och paket | Flera tjänster ska ut samtidigt |

## Kostnad
En kommun med tre hemsändande butiker lägger typiskt 150 000–400 000 kronor om året, varav en del kan medfinansieras. Butiken behöver en bil med kylmöjlighet, vilket kan få investeringsstöd.

Det som oftast brister är att ingen berättar att tjänsten finns. Låt hemtjänst, distriktssköterska och byalag sprida den.`,
    steps: [
      {
        title: 'Kommunen beslutar om regler',
        body: 'Kommunens servicesamordnare tar fram regler för vem som kan få hemsändning (avstånd till butik, ålder eller funktionsnedsättning) och hur bidraget betalas ut. Kommunstyrelsen fattar beslut.',
      },
      {
        title: 'Avtal med butikerna',
        body: 'Kommunen tecknar avtal med de butiker som vill köra ut. Avtalet anger turer per vecka, ersättning och hur leveranserna redovisas.',
      },
      {
        title: 'Sök medfinansiering',
        body: 'Kommunen ansöker om statlig medfinansiering hos den region eller länsstyrelse som ansvarar för stöd till kommersiell service i länet.',
      },
      {
        title: 'Sprid information',
        body: 'Byalag, hemtjänst och vårdcentral får en enkel folder. Butiken sätter upp en lapp vid kassan och lägger ut turschemat i bygdens grupp.',
      },
      {
        title: 'Följ upp varje år',
        body: 'Butiken redovisar antal leveranser och kunder till kommunen en gång om året. Kommunen justerar turer och ersättning efter behov.',
      },
    ],
    actorLevels: ['lokal', 'kommunal', 'regional'],
    effort: 'medel',
    cost: 'medel',
    evidence: 'beprövad',
    timeNeeded: '2–4 månader till första leverans',
    prerequisites: 'En butik som vill köra ut och har bil, och en kommun som är beredd att betala bidrag.',
    sources: [{ label: 'Tillväxtverket om hemsändningsbidrag', url: 'https://tillvaxtverket.se' }],
    serviceAreas: ['dagligvaror', 'vard-och-omsorg'],
    topics: ['hemsändning', 'lanthandel', 'äldre'],
    publishedDaysAgo: 650,
    lastVerifiedDaysAgo: 45,
    en: {
      title: 'Grocery home delivery with a municipal home-delivery grant',
      summary:
        'The village shop delivers groceries to households far from the store and receives a home-delivery grant from the municipality. It keeps customers with the shop and helps older people stay in their homes.',
      body: `Home delivery is one of the best-proven measures for rural services. The shop picks and delivers ordered goods, and the municipality pays a grant per delivery or per year. The municipality can in turn have part of the cost covered by the state through the region or the county administrative board.

## Why it works
- The shop keeps customers who would otherwise shop online or in town.
- Older people and people without a car can stay in their homes longer.
- Home-care staff no longer spend time shopping.

## Common models
| Model | Suits when |
|---|---|
| Grant per delivery (often SEK 100–200) | Few, scattered customers |
| Fixed annual sum to the shop | The shop runs fixed rounds several days a week |
| Shared round with pharmacy agent and parcels | Several services go out together |

## Cost
A municipality with three delivering shops typically spends SEK 150,000–400,000 a year, part of which can be co-financed. The shop needs a vehicle with refrigeration, which may qualify for investment support.

What most often fails is that nobody tells people the service exists. Let home care, the district nurse and the village association spread the word.`,
      steps: [
        {
          title: 'The municipality sets the rules',
          body: "The municipality's service coordinator drafts rules for who can get deliveries (distance to a shop, age or disability) and how the grant is paid. The executive board decides.",
        },
        {
          title: 'Agreements with the shops',
          body: 'The municipality signs agreements with the shops willing to deliver, stating rounds per week, payment and how deliveries are reported.',
        },
        {
          title: 'Apply for co-financing',
          body: 'The municipality applies for state co-financing from the region or county administrative board responsible for commercial-service support in the county.',
        },
        {
          title: 'Spread the word',
          body: 'Village associations, home care and the health centre get a simple leaflet. The shop puts a note by the till and posts the delivery schedule in the local group.',
        },
        {
          title: 'Follow up every year',
          body: 'The shop reports deliveries and customers to the municipality once a year. The municipality adjusts rounds and payment as needed.',
        },
      ],
      timeNeeded: '2–4 months to the first delivery',
      prerequisites: 'A shop willing to deliver that has a vehicle, and a municipality ready to pay a grant.',
    },
  },
  {
    key: 'obemannad-butik-digital-nyckel',
    title: 'Obemannade timmar i lanthandeln med digital nyckel',
    summary:
      'Butiken håller öppet även när ingen personal finns på plats. Kunderna låser upp med mobilen eller en tagg och betalar själva. Ger längre öppettider utan högre lönekostnad.',
    body: `Många lanthandlare klarar inte att bemanna butiken mer än 40–50 timmar i veckan. Med obemannade timmar kan butiken ändå vara öppen från tidig morgon till sen kväll, ofta 06–22 alla dagar.

## Så fungerar det
- Kunden registrerar sig en gång med BankID och får tillgång via en app eller en tagg.
- Dörren låses upp digitalt och varje besök loggas.
- Betalning sker i en självbetjäningskassa, med kort eller Swish.
- Kameraövervakning och larm kopplas till handlaren eller ett vaktbolag.

## Vad man ska tänka på
- **Tillstånd och regler**: receptfria läkemedel, tobak och folköl kräver särskilda lösningar under obemannad tid. Många butiker stänger av de hyllorna.
- **Kontanter**: obemannad tid utesluter kontantbetalning. Se till att det finns bemannade timmar för de kunder som behöver betala kontant.
- **Försäkring**: stäm av med försäkringsbolaget innan ombyggnaden.

## Kostnad
Dörrsystem, kameror, självbetjäningskassa och ombyggnad kostar ofta 300 000–700 000 kronor. Investeringsstöd till kommersiell service kan täcka en stor del. Svinnet blir sällan så stort som handlaren befarar, oftast under en procent av omsättningen.`,
    steps: [
      {
        title: 'Räkna på behovet',
        body: 'Handlaren och föreningen som äger lokalen går igenom kassadata timme för timme. Vilka tider efterfrågas och vilka varor säljs då?',
      },
      {
        title: 'Välj system och leverantör',
        body: 'Begär in offerter från minst två leverantörer av dörrsystem och självbetjäningskassa. Be om referensbutiker och ring dem.',
      },
      {
        title: 'Sök investeringsstöd',
        body: 'Handlaren söker investeringsstöd till kommersiell service hos regionen eller länsstyrelsen innan något köps in. Stödet kan inte ges för redan gjorda inköp.',
      },
      {
        title: 'Bygg om och testa',
        body: 'Installera systemet och testa med en mindre grupp kunder i en månad. Byalaget hjälper äldre att registrera sig.',
      },
      {
        title: 'Öppna för alla',
        body: 'Utöka till alla kunder och följ upp svinn, besök och omsättning per timme efter tre och tolv månader.',
      },
    ],
    actorLevels: ['lokal', 'regional'],
    effort: 'hög',
    cost: 'hög',
    evidence: 'lovande',
    timeNeeded: '4–8 månader',
    prerequisites:
      'En butik med fungerande ekonomi och en handlare som vill. Lokalen måste gå att överblicka med kameror och ha en entré som kan styras.',
    sources: [{ label: 'Svensk Handel om obemannade butiker', url: 'https://www.svenskhandel.se' }],
    serviceAreas: ['dagligvaror', 'kontanter-och-betaltjanster'],
    topics: ['obemannad butik', 'lanthandel', 'investeringsstöd'],
    publishedDaysAgo: 95,
    lastVerifiedDaysAgo: 20,
    en: {
      title: 'Unstaffed hours in the village shop with a digital key',
      summary:
        'The shop stays open when no staff are present. Customers unlock with their phone or a tag and pay by themselves. Longer opening hours without higher wage costs.',
      body: `Many village shopkeepers cannot staff the shop for more than 40–50 hours a week. With unstaffed hours the shop can still be open from early morning to late evening, often 6 am to 10 pm every day.

## How it works
- Customers register once with BankID and get access through an app or a tag.
- The door is unlocked digitally and every visit is logged.
- Payment is made at a self-checkout, by card or Swish.
- Cameras and alarms are connected to the shopkeeper or a security company.

## What to consider
- **Permits and rules**: over-the-counter medicines, tobacco and low-alcohol beer need special arrangements during unstaffed hours. Many shops close those shelves.
- **Cash**: unstaffed hours rule out cash payment. Keep staffed hours for customers who need to pay in cash.
- **Insurance**: check with the insurer before rebuilding.

## Cost
Door system, cameras, self-checkout and rebuilding often cost SEK 300,000–700,000. Investment support for commercial services can cover a large share. Shrinkage is seldom as high as the shopkeeper fears, usually under one per cent of turnover.`,
      steps: [
        {
          title: 'Work out the need',
          body: 'The shopkeeper and the association that owns the premises go through till data hour by hour. Which hours are in demand and what sells then?',
        },
        {
          title: 'Choose system and supplier',
          body: 'Request quotes from at least two suppliers of door systems and self-checkouts. Ask for reference shops and call them.',
        },
        {
          title: 'Apply for investment support',
          body: 'The shopkeeper applies for investment support for commercial services from the region or county administrative board before buying anything. Support cannot be given for purchases already made.',
        },
        {
          title: 'Rebuild and test',
          body: 'Install the system and test it with a smaller group of customers for a month. The village association helps older people register.',
        },
        {
          title: 'Open to everyone',
          body: 'Extend access to all customers and follow up shrinkage, visits and turnover per hour after three and twelve months.',
        },
      ],
      timeNeeded: '4–8 months',
      prerequisites:
        'A shop with sound finances and a shopkeeper who wants it. The premises must be possible to cover with cameras and have an entrance that can be controlled.',
    },
  },
  {
    key: 'kooperativ-butik-ekonomisk-forening',
    title: 'Bybutik som ekonomisk förening',
    summary:
      'När handlaren vill sluta köper byborna butiken tillsammans genom en ekonomisk förening. Andelar på några tusen kronor per hushåll ger kapital och lojala kunder.',
    body: `När en lanthandel saknar köpare är det ofta byborna själva som räddar den. En ekonomisk förening äger butiken, och medlemmarna köper andelar. Föreningen anställer en föreståndare eller arrenderar ut driften till en handlare.

## Två vanliga modeller
1. **Föreningen äger och driver.** Föreningen anställer personal och bär hela risken. Ger störst inflytande men kräver en stark styrelse.
2. **Föreningen äger fastigheten, handlaren driver.** Föreningen hyr ut lokalen till en handlare med låg hyra. Risken delas och handlaren får frihet att utveckla butiken.

## Pengarna
- Andelar om 1 000–5 000 kronor per medlem. 150 medlemmar ger ofta 300 000–500 000 kronor.
- Investeringsstöd till kommersiell service för kyldiskar och ombyggnad.
- Särskilt driftsstöd om butiken ligger långt från nästa butik och omsättningen är låg.
- Lån från en bank eller ett lokalt kreditinstitut mot fastigheten.

## Det svåra
Det är lätt att samla engagemang det första året. Det svåra är år tre, när de som köpte andelar börjar storhandla i stan igen. Föreningar som lyckas har en plan för att behålla kunderna: medlemsrabatt, ombudstjänster som drar folk och en tydlig berättelse om att butikens framtid hänger på inköpen.`,
    steps: [
      {
        title: 'Samla en interimsstyrelse',
        body: 'Fem till sju personer med olika kompetens (ekonomi, handel, bygg) bildar en interimsstyrelse. Bjud in till ett informationsmöte.',
      },
      {
        title: 'Ta fram en affärsplan',
        body: 'Gå igenom butikens siffror för tre år tillsammans med nuvarande handlare och en rådgivare. Räkna på vilken omsättning som krävs för att gå runt.',
      },
      {
        title: 'Bilda föreningen och sälj andelar',
        body: 'Anta stadgar och registrera föreningen hos Bolagsverket. Sälj andelar vid ett stormöte och genom att knacka dörr.',
      },
      {
        title: 'Finansiera köpet',
        body: 'Ansök om investeringsstöd och, om butiken kvalificerar, särskilt driftsstöd. Förhandla om banklån för resten.',
      },
      {
        title: 'Ta över och följ upp',
        body: 'Anställ föreståndare eller teckna avtal med handlare. Styrelsen följer upp omsättningen varje månad och rapporterar till medlemmarna två gånger om året.',
      },
    ],
    actorLevels: ['lokal', 'regional'],
    effort: 'hög',
    cost: 'hög',
    evidence: 'beprövad',
    timeNeeded: '6–12 månader',
    prerequisites:
      'Ett tydligt underlag för att butiken kan bära sig, minst 100 hushåll som vill köpa andelar och några personer som orkar sitta i styrelsen i flera år.',
    sources: [
      { label: 'Coompanion om ekonomiska föreningar', url: 'https://coompanion.se' },
      { label: 'Bolagsverket: starta ekonomisk förening', url: 'https://bolagsverket.se' },
    ],
    serviceAreas: ['dagligvaror', 'servicepunkt'],
    topics: ['ekonomisk förening', 'lanthandel', 'investeringsstöd', 'driftsstöd'],
    publishedDaysAgo: 540,
    lastVerifiedDaysAgo: 160,
  },
  {
    key: 'servicepunkt-i-lanthandeln',
    title: 'Servicepunkt i lanthandeln',
    summary:
      'Butiken samlar flera tjänster under ett tak: paketombud, apoteksombud, kontantuttag, information från kommunen och en dator för myndighetsärenden. Kommunen betalar en årlig ersättning för uppdraget.',
    body: `En servicepunkt gör lanthandeln till bygdens nav. Fler tjänster drar fler besök, och fler besök ger butiken bättre ekonomi. Samtidigt får kommunen ett ställe där den kan nå invånarna.

## Vad som brukar ingå
- Post- och paketombud för ett eller flera ombudsföretag.
- Apoteksombud med utlämning av receptbelagda läkemedel.
- Kontantuttag i kassan och möjlighet att sätta in dagskassa.
- Kommunens information: turlistor, blanketter, anslag.
- En publik dator eller surfplatta med uppkoppling och skrivare.
- Ibland en defibrillator och ett förråd för krisberedskap.

## Ansvarsfördelning
| Vem | Gör vad |
|---|---|
| Butiken | Håller öppet, bemannar tjänsterna, rapporterar besök |
| Kommunen | Betalar en årlig ersättning, ofta 30 000–80 000 kronor, och står för informationsmaterial |
| Regionen | Kan ge investeringsstöd för ombyggnad och utrustning |
| Byalaget | Marknadsför servicepunkten och fångar upp behov |

## Vad det kostar och ger
Ombyggnad för en servicedisk och skåp för paket kostar ofta 100 000–250 000 kronor. Butiker som blivit servicepunkter rapporterar ofta 10–20 procent fler besök. Det viktigaste är att uppdraget är skriftligt och att ersättningen är förutsägbar i minst tre år.`,
    steps: [
      {
        title: 'Kartlägg tjänsterna',
        body: 'Kommunens servicesamordnare och handlaren listar vilka tjänster som finns i bygden i dag och vilka som saknas. Byalaget bidrar med invånarnas behov.',
      },
      {
        title: 'Förhandla med ombudsföretagen',
        body: 'Handlaren kontaktar paket- och apoteksaktörer. Kommunen kan hjälpa till med intyg om att butiken är strategisk i serviceplanen.',
      },
      {
        title: 'Skriv uppdraget',
        body: 'Kommunen och butiken tecknar ett avtal om servicepunkten på tre år med årlig ersättning och rapportering av besök.',
      },
      {
        title: 'Bygg om',
        body: 'Handlaren söker investeringsstöd och bygger en servicedisk, paketskåp och en plats för den publika datorn.',
      },
      {
        title: 'Invig och berätta',
        body: 'Byalaget och kommunen bjuder in till invigning. Servicepunkten skyltas vid vägen och finns med i kommunens information.',
      },
    ],
    actorLevels: ['lokal', 'kommunal', 'regional'],
    effort: 'medel',
    cost: 'medel',
    evidence: 'beprövad',
    timeNeeded: '3–6 månader',
    prerequisites: 'En butik med tillräcklig yta för en servicedisk och en kommun som vill ge ett skriftligt uppdrag.',
    sources: [{ label: 'Tillväxtverket om servicepunkter', url: 'https://tillvaxtverket.se' }],
    serviceAreas: [
      'servicepunkt',
      'post-och-paket',
      'apotek-och-lakemedel',
      'kontanter-och-betaltjanster',
      'offentlig-service',
    ],
    topics: ['servicepunkt', 'lanthandel', 'paketombud', 'apoteksombud'],
    publishedDaysAgo: 300,
    lastVerifiedDaysAgo: 60,
    en: {
      title: 'Service point in the village shop',
      summary:
        'The shop gathers several services under one roof: parcel agent, pharmacy agent, cash withdrawal, municipal information and a computer for dealing with authorities. The municipality pays an annual fee for the assignment.',
      body: `A service point makes the village shop the hub of its district. More services bring more visits, and more visits improve the shop's finances. At the same time the municipality gets a place where it can reach residents.

## What is usually included
- Postal and parcel agent for one or more carriers.
- Pharmacy agent handing out prescription medicines.
- Cash withdrawal at the till and a way to deposit daily takings.
- Municipal information: timetables, forms, notices.
- A public computer or tablet with internet access and a printer.
- Sometimes a defibrillator and an emergency-preparedness store.

## Who does what
| Who | Does what |
|---|---|
| The shop | Keeps opening hours, staffs the services, reports visits |
| The municipality | Pays an annual fee, often SEK 30,000–80,000, and supplies information material |
| The region | May give investment support for rebuilding and equipment |
| The village association | Promotes the service point and picks up needs |

## Cost and effect
Rebuilding for a service counter and parcel lockers often costs SEK 100,000–250,000. Shops that became service points often report 10–20 per cent more visits. Most important is a written assignment and a predictable fee for at least three years.`,
      steps: [
        {
          title: 'Map the services',
          body: "The municipality's service coordinator and the shopkeeper list which services exist in the area today and which are missing. The village association adds residents' needs.",
        },
        {
          title: 'Negotiate with the carriers',
          body: 'The shopkeeper contacts parcel and pharmacy operators. The municipality can help with a statement that the shop is strategic in the service plan.',
        },
        {
          title: 'Write the assignment',
          body: 'The municipality and the shop sign a three-year agreement on the service point with an annual fee and reporting of visits.',
        },
        {
          title: 'Rebuild',
          body: 'The shopkeeper applies for investment support and builds a service counter, parcel lockers and a place for the public computer.',
        },
        {
          title: 'Open and tell people',
          body: "The village association and the municipality hold an opening. The service point is signposted by the road and listed in the municipality's information.",
        },
      ],
      timeNeeded: '3–6 months',
      prerequisites: 'A shop with room for a service counter and a municipality willing to give a written assignment.',
    },
  },
  {
    key: 'paketombud-i-bygdegarden',
    title: 'Paketombud och paketskåp i bygdegården',
    summary:
      'Där det inte finns någon butik kan bygdegårdsföreningen ta emot paket, antingen som bemannat ombud några timmar i veckan eller med ett paketskåp vid entrén.',
    body: `I byar utan butik är paketen ofta det som tvingar folk att köra flera mil. Bygdegården är en naturlig plats för paketutlämning: den ligger centralt, har el och ofta uppkoppling, och föreningen har redan ett ansvar för huset.

## Två sätt att göra det
- **Bemannat ombud.** Föreningen tecknar avtal med ett ombudsföretag och håller öppet två eller tre gånger i veckan med ideella eller timanställda. Ersättningen per paket är låg, men räcker ofta till värme och städning.
- **Paketskåp.** Ett ombudsföretag eller en skåpleverantör ställer upp ett skåp vid entrén. Föreningen upplåter platsen och el. Skåpet är öppet dygnet runt.

## Att tänka på
- Ombudsföretagen kräver ofta en viss volym. Samla intresse från flera byar och visa på fritidsboende under sommaren.
- Ett paketskåp tar inte emot stora försändelser. Ha en plan för skrymmande gods.
- Kombinera gärna utlämningen med kaffe eller loppis, så blir bygdegården en mötesplats även en vanlig tisdag.

## Kostnad
Ett skåp kostar föreningen oftast inget utom el och markarbete, 5 000–20 000 kronor. Ett bemannat ombud kräver en disk, hyllor och en dator eller handdator, sammanlagt 10 000–30 000 kronor.`,
    steps: [
      {
        title: 'Räkna paketen',
        body: 'Byalaget frågar hushållen hur många paket de får i månaden och var de hämtar dem. Resultatet används i kontakten med ombudsföretagen.',
      },
      {
        title: 'Kontakta ombudsföretag',
        body: 'Styrelsen kontaktar två eller tre paketföretag och presenterar underlaget. Fråga både om bemannat ombud och om skåp.',
      },
      {
        title: 'Förbered lokalen',
        body: 'Föreningen ordnar el, belysning och plats. För ett bemannat ombud behövs låsbart förråd och en schemalista för de som tjänstgör.',
      },
      {
        title: 'Starta och utvärdera',
        body: 'Kör i sex månader och räkna paket per vecka. Stäm av med ombudsföretaget om volymen räcker för att fortsätta.',
      },
    ],
    actorLevels: ['lokal'],
    effort: 'låg',
    cost: 'låg',
    evidence: 'lovande',
    timeNeeded: '2–4 månader',
    prerequisites: 'En bygdegård eller samlingslokal med el och ett ombudsföretag som är intresserat av området.',
    serviceAreas: ['post-och-paket', 'motesplatser-och-kultur'],
    topics: ['paketombud', 'bygdegård'],
    publishedDaysAgo: 210,
    lastVerifiedDaysAgo: 110,
  },
  {
    key: 'drivmedelsstation-ekonomisk-forening',
    title: 'Bygdeägd drivmedelsstation som ekonomisk förening',
    summary:
      'Byborna äger tillsammans en obemannad drivmedelsstation genom en ekonomisk förening. Ett drivmedelsbolag levererar och sköter betalsystemet mot en avgift per liter.',
    body: `När drivmedelsbolagen lägger ned stationer i glesbygd blir avståndet till närmaste pump ofta fyra, fem mil. För jordbrukare, åkerier, hemtjänst och fritidsboende är det ohållbart. I många bygder har byborna svarat med att själva äga stationen.

## Så brukar det se ut
- En ekonomisk förening äger cisterner, pumpar och betalautomat.
- Ett drivmedelsbolag levererar och står för priset. Föreningen får en marginal på några tiotal öre per liter.
- Föreningen ansvarar för tillsyn, snöröjning och att kontrollprogrammet för cisterner följs.

## Pengar
- En ny obemannad station med två produkter kostar 1,5–3 miljoner kronor.
- Investeringsstöd till kommersiell service kan ge en stor del av kostnaden i glesbygd.
- Andelar från bybor och företagare, ofta 2 000–10 000 kronor per andel.
- Leader eller kommunalt stöd till förstudien.

## Det som avgör
Volymen. Under 300 kubikmeter om året blir det svårt att få ett bolag att leverera. Räkna med åkerier, maskinstationer och turismföretag, och skriv gärna avsiktsförklaringar med dem innan ni bygger.

Tillstånd från kommunens miljö- och räddningstjänst tar ofta tre till sex månader. Börja med det.`,
    steps: [
      {
        title: 'Gör en förstudie',
        body: 'En arbetsgrupp från byalaget kartlägger volymen: hushåll, företag, turism. Ta in prisuppgifter från minst två leverantörer av stationer.',
      },
      {
        title: 'Bilda föreningen',
        body: 'Bilda en ekonomisk förening och sälj andelar. Företag som tankar mycket kan gå in med större andelar.',
      },
      {
        title: 'Sök tillstånd och stöd',
        body: 'Ansök om tillstånd hos kommunens miljö- och räddningstjänst och om investeringsstöd hos regionen eller länsstyrelsen. Vänta med beställningen tills beslut finns.',
      },
      {
        title: 'Teckna leveransavtal',
        body: 'Förhandla med drivmedelsbolag om leverans, betalsystem och marginal. Avtalet bör gälla minst fem år.',
      },
      {
        title: 'Bygg och driv',
        body: 'Anlita entreprenör för mark och installation. Efter invigningen sköter föreningen tillsyn enligt ett schema med fem till tio frivilliga.',
      },
    ],
    actorLevels: ['lokal', 'kommunal', 'regional'],
    effort: 'hög',
    cost: 'hög',
    evidence: 'beprövad',
    timeNeeded: '1–2 år',
    prerequisites: 'En årsvolym på minst 300 kubikmeter drivmedel och en tomt som går att få tillstånd för.',
    serviceAreas: ['drivmedel'],
    topics: ['drivmedel', 'ekonomisk förening', 'investeringsstöd'],
    publishedDaysAgo: 480,
    lastVerifiedDaysAgo: 200,
  },
  {
    key: 'hvo-och-laddstolpe-vid-butiken',
    title: 'HVO-pump och laddstolpe vid lanthandeln',
    summary:
      'Butiken kompletterar eller ersätter den gamla bensinpumpen med förnybar diesel (HVO) och en snabbladdare. Ger nya kunder, särskilt turister och yrkestrafik, och framtidssäkrar drivmedelsservicen.',
    body: `Drivmedel och handel hänger ihop på landsbygden: den som tankar handlar ofta också. När fordonsflottan ställs om riskerar en butik som bara har bensin och diesel att tappa både tankande och handlande kunder. Genom att lägga till HVO och laddning kan butiken ta emot alla.

## Olika delar, olika affärer
- **HVO100** säljs ofta i en befintlig dieselpump efter byte av slangar och märkning. Efterfrågan kommer från åkerier, jordbruk och kommunens egna fordon.
- **Snabbladdare (50–150 kW)** drar turister och pendlare som laddar i 20–40 minuter och handlar under tiden.
- **Normalladdning (11–22 kW)** passar boende och personal.

## Ekonomi
| Del | Ungefärlig kostnad |
|---|---|
| Omställning av dieselpump till HVO | 50 000–150 000 kronor |
| Snabbladdare inklusive nätanslutning | 600 000–1 500 000 kronor |
| Två normalladdare | 40 000–80 000 kronor |

Nätanslutningen är ofta den stora osäkerheten. Fråga nätbolaget tidigt vad effekten kostar. Flera aktörer erbjuder att äga och driva laddaren mot en hyra för platsen, vilket ger mindre intäkt men ingen risk.

## Stöd
Investeringsstöd till kommersiell service kan ges för drivmedelsanläggningar i glesbygd. För laddinfrastruktur finns även nationella stöd som varierar mellan åren. Kommunen kan hjälpa till genom att tanka sina egna fordon i butiken.`,
    steps: [
      {
        title: 'Kartlägg efterfrågan',
        body: 'Handlaren frågar åkerier, jordbrukare och kommunens fordonsansvarige om deras behov av HVO. Räkna genomresande bilar med Trafikverkets flödesdata.',
      },
      {
        title: 'Fråga nätbolaget',
        body: 'Begär besked om tillgänglig effekt och anslutningsavgift innan ni väljer laddare. Svaret kan ta två till tre månader.',
      },
      {
        title: 'Välj ägarmodell',
        body: 'Bestäm om butiken själv ska äga laddaren eller hyra ut platsen till en laddoperatör. Jämför intäkt, risk och ansvar för service.',
      },
      {
        title: 'Sök stöd och bygg',
        body: 'Ansök om investeringsstöd hos regionen eller länsstyrelsen och om eventuellt nationellt laddstöd. Beställ först när besluten finns.',
      },
      {
        title: 'Marknadsför',
        body: 'Registrera laddaren i laddkartorna och skylta vid vägen. Kommunen och regionen kan styra tankningen av egna fordon hit.',
      },
    ],
    actorLevels: ['lokal', 'kommunal', 'regional'],
    effort: 'medel',
    cost: 'hög',
    evidence: 'lovande',
    timeNeeded: '6–12 månader',
    prerequisites:
      'Befintlig drivmedelsanläggning eller en plats vid genomfartsväg, och besked från nätbolaget om effekt.',
    sources: [{ label: 'Energimyndigheten om laddinfrastruktur', url: 'https://www.energimyndigheten.se' }],
    serviceAreas: ['drivmedel', 'dagligvaror'],
    topics: ['hvo', 'laddinfrastruktur', 'drivmedel', 'lanthandel'],
    publishedDaysAgo: 40,
    lastVerifiedDaysAgo: 15,
    en: {
      title: 'HVO pump and EV charger at the village shop',
      summary:
        'The shop adds renewable diesel (HVO) and a fast charger next to, or instead of, the old petrol pump. It brings new customers, especially tourists and commercial traffic, and secures fuel services for the future.',
      body: `Fuel and retail go together in rural areas: people who fill up usually shop too. As vehicles change, a shop that only sells petrol and diesel risks losing both fuel and grocery customers. By adding HVO and charging the shop can serve everyone.

## Different parts, different business
- **HVO100** is often sold from an existing diesel pump after new hoses and labelling. Demand comes from hauliers, farms and the municipality's own vehicles.
- **Fast chargers (50–150 kW)** attract tourists and commuters who charge for 20–40 minutes and shop meanwhile.
- **Standard chargers (11–22 kW)** suit residents and staff.

## Economics
| Part | Approximate cost |
|---|---|
| Converting a diesel pump to HVO | SEK 50,000–150,000 |
| Fast charger including grid connection | SEK 600,000–1,500,000 |
| Two standard chargers | SEK 40,000–80,000 |

The grid connection is often the big uncertainty. Ask the network company early what the capacity will cost. Several operators offer to own and run the charger in return for rent for the site, which gives less income but no risk.

## Support
Investment support for commercial services can be given for fuel facilities in sparsely populated areas. National support for charging infrastructure also exists and varies from year to year. The municipality can help by fuelling its own vehicles at the shop.`,
      steps: [
        {
          title: 'Map the demand',
          body: "The shopkeeper asks hauliers, farmers and the municipality's fleet manager about their need for HVO. Count passing cars using the Transport Administration's traffic data.",
        },
        {
          title: 'Ask the network company',
          body: 'Request information on available capacity and the connection fee before choosing a charger. The answer can take two to three months.',
        },
        {
          title: 'Choose an ownership model',
          body: 'Decide whether the shop will own the charger or rent the site to a charging operator. Compare income, risk and service responsibility.',
        },
        {
          title: 'Apply for support and build',
          body: 'Apply for investment support from the region or county administrative board and for any national charging support. Order only once decisions are made.',
        },
        {
          title: 'Market it',
          body: 'Register the charger in charging maps and put up signs by the road. The municipality and region can direct their own vehicles here.',
        },
      ],
      timeNeeded: '6–12 months',
      prerequisites:
        'An existing fuel facility or a site on a through road, and word from the network company on capacity.',
    },
  },
  {
    key: 'kontantuttag-i-kassan',
    title: 'Kontantuttag i kassan och gemensam dagskassehantering',
    summary:
      'När uttagsautomaten försvinner kan kunderna ta ut kontanter i butikens kassa, och föreningar och företag kan lämna sin dagskassa i butiken. Håller kontanterna i omlopp lokalt.',
    body: `Kontanter är fortfarande viktiga för många äldre, för föreningar med lotteri och kiosk och för turister från andra länder. När den sista uttagsautomaten i bygden försvinner finns två beprövade lösningar i butiken.

## Uttag i kassan
Kunden handlar och tar samtidigt ut kontanter på sitt kort, eller tar ut utan att handla där tjänsten tillåter det. Butiken gör sig av med kontanter i stället för att behöva transportera dem, vilket sänker värdetransportkostnaden.

## Insättning av dagskassa
Butiken tar emot förseglade dagskassor från lokala företag och föreningar och sätter in dem via sin egen värdehantering, eller via en tjänst för insättning i butik. Det räcker ofta för att kioskföreningen och campingen ska kunna fortsätta ta emot kontanter.

## Kostnader och risker
- Butiken får en liten ersättning per uttag från tjänsteleverantören, men måste ha kontanter i kassan. Säkerhet och försäkring måste ses över.
- Uttagsgränser per tillfälle, ofta 1 000–3 000 kronor.
- Regionen eller länsstyrelsen kan ge stöd till grundläggande betaltjänster i områden där marknaden inte fungerar. PTS följer upp tillgången nationellt.

En bra start är att fråga bygdens föreningar och företag hur mycket kontanter de hanterar i veckan. Det är underlaget för samtalet med butiken och med den som ger stöd.`,
    steps: [
      {
        title: 'Kartlägg kontantbehovet',
        body: 'Byalaget frågar föreningar, företag och äldre hur de hanterar kontanter i dag och hur långt de har till närmaste uttag och insättning.',
      },
      {
        title: 'Prata med butiken och leverantören',
        body: 'Handlaren kontaktar sin kortinlösare eller en leverantör av kontanttjänster i butik och frågar om villkor för uttag och insättning.',
      },
      {
        title: 'Sök stöd för betaltjänster',
        body: 'Om marknaden inte bär tjänsten söker butiken stöd för grundläggande betaltjänster hos regionen eller länsstyrelsen.',
      },
      {
        title: 'Informera',
        body: 'Butiken skyltar om tjänsten och byalaget sprider informationen till föreningarna. Följ antal uttag och insättningar per månad.',
      },
    ],
    actorLevels: ['lokal', 'regional', 'nationell'],
    effort: 'låg',
    cost: 'låg',
    evidence: 'beprövad',
    timeNeeded: '1–3 månader',
    prerequisites: 'En butik med kortterminal och ett avtal som tillåter kontantuttag.',
    sources: [{ label: 'PTS om grundläggande betaltjänster', url: 'https://pts.se' }],
    serviceAreas: ['kontanter-och-betaltjanster'],
    topics: ['kontanter', 'dagskassa', 'lanthandel'],
    publishedDaysAgo: 330,
    lastVerifiedDaysAgo: 35,
  },
  {
    key: 'anropsstyrd-narttrafik',
    title: 'Anropsstyrd närtrafik till servicen',
    summary:
      'Regionens kollektivtrafik kör på beställning från byar utan busslinje till närmaste serviceort, några dagar i veckan. Kostar bara när någon åker och når hushåll långt från linjetrafiken.',
    body: `Anropsstyrd närtrafik, ibland kallad närtrafik eller serviceresor, är kollektivtrafik som bara körs när någon har beställt. Den används ofta av regionala kollektivtrafikmyndigheter för att nå hushåll som bor mer än en eller två kilometer från närmaste hållplats.

## Vanligt upplägg
- Resan beställs per telefon eller app senast dagen före.
- Turen går till en serviceort eller en knutpunkt med linjetrafik, på fasta tider några dagar i veckan.
- Priset är som en vanlig bussbiljett. Taxi eller skolskjutsfordon utför resan.

## Vad det ger servicen
Närtrafiken gör det möjligt för äldre utan bil att ta sig till butik, apotek och vårdcentral. För lanthandeln i serviceorten ger den fler kunder på de dagar trafiken går. Det är därför klokt att kommunen, regionen och butikerna tillsammans väljer vilka dagar och tider som passar.

## Kostnad
Kostnaden per resa är hög, ofta 300–600 kronor för regionen, men totalen blir måttlig eftersom bara beställda resor körs. En kommun med tio zoner för närtrafik kan räkna med 300 000–900 000 kronor om året, beroende på hur kostnaden delas med regionen.

## Det som brukar brista
Okunskap. Många vet inte att tjänsten finns, eller tycker att det är krångligt att beställa. Byalag och servicelotsar kan hjälpa till att boka första resan.`,
    steps: [
      {
        title: 'Ta fram behovet',
        body: 'Kommunen och regionens kollektivtrafikmyndighet kartlägger hushåll långt från linjetrafik. Byalagen bidrar med vilka resmål som är viktigast.',
      },
      {
        title: 'Bestäm zoner och tider',
        body: 'Regionen delar in kommunen i zoner och bestämmer dagar och tider tillsammans med kommunen och butikerna i serviceorterna.',
      },
      {
        title: 'Upphandla eller använd befintliga fordon',
        body: 'Regionen upphandlar trafiken eller använder taxi och skolskjutsfordon som redan finns i området.',
      },
      {
        title: 'Informera och hjälp folk att boka',
        body: 'Kommunen skickar information till alla hushåll i zonerna. Byalag och servicelotsar visar hur man bokar.',
      },
      {
        title: 'Följ upp',
        body: 'Regionen redovisar resor per zon och kvartal. Zoner med mycket få resor ses över tillsammans med byarna innan de läggs ned.',
      },
    ],
    actorLevels: ['lokal', 'kommunal', 'regional'],
    effort: 'medel',
    cost: 'medel',
    evidence: 'beprövad',
    timeNeeded: '6–12 månader',
    prerequisites:
      'En regional kollektivtrafikmyndighet som vill pröva närtrafik och ett avtal om kostnadsdelning med kommunen.',
    sources: [{ label: 'Svensk Kollektivtrafik om anropsstyrd trafik', url: 'https://www.svenskkollektivtrafik.se' }],
    serviceAreas: ['kollektivtrafik-och-mobilitet', 'dagligvaror', 'vard-och-omsorg'],
    topics: ['anropsstyrd trafik', 'äldre', 'kollektivtrafik'],
    publishedDaysAgo: 600,
    lastVerifiedDaysAgo: 70,
    en: {
      title: 'Demand-responsive local transport to services',
      summary:
        "The region's public transport runs on request from villages without a bus route to the nearest service centre, a few days a week. It only costs when someone travels and reaches households far from scheduled services.",
      body: `Demand-responsive local transport is public transport that only runs when someone has booked it. Regional public-transport authorities often use it to reach households more than one or two kilometres from the nearest stop.

## A common set-up
- The trip is booked by phone or app by the day before.
- It goes to a service centre or a hub with scheduled services, at fixed times a few days a week.
- The fare is the same as a normal bus ticket. A taxi or school-transport vehicle does the trip.

## What it does for services
It lets older people without a car reach the shop, pharmacy and health centre. For the village shop in the service centre it brings more customers on the days the service runs. So it is wise for municipality, region and shops to choose days and times together.

## Cost
The cost per trip is high, often SEK 300–600 for the region, but the total stays moderate because only booked trips run. A municipality with ten zones can expect SEK 300,000–900,000 a year, depending on how the cost is shared with the region.

## What usually goes wrong
People do not know the service exists, or find booking complicated. Village associations and local service guides can help people book their first trip.`,
      steps: [
        {
          title: 'Establish the need',
          body: "The municipality and the region's public-transport authority map households far from scheduled services. Village associations say which destinations matter most.",
        },
        {
          title: 'Decide zones and times',
          body: 'The region divides the municipality into zones and sets days and times together with the municipality and the shops in the service centres.',
        },
        {
          title: 'Procure or use existing vehicles',
          body: 'The region procures the service or uses taxis and school-transport vehicles already in the area.',
        },
        {
          title: 'Inform and help people book',
          body: 'The municipality sends information to every household in the zones. Village associations and service guides show how to book.',
        },
        {
          title: 'Follow up',
          body: 'The region reports trips per zone and quarter. Zones with very few trips are reviewed with the villages before being closed.',
        },
      ],
      timeNeeded: '6–12 months',
      prerequisites:
        'A regional public-transport authority willing to try demand-responsive services and a cost-sharing agreement with the municipality.',
    },
  },
  {
    key: 'samakning-i-bygden',
    title: 'Samåkning i bygden via app eller grupp',
    summary:
      'Byborna erbjuder och efterfrågar platser i varandras bilar till butik, vårdcentral, jobb och tåg. En enkel samåkningsgrupp eller app, med byalaget som värd, fyller luckor där bussen inte går.',
    body: `I de flesta byar kör det redan bilar till tätorten varje dag med tomma säten. Samåkning handlar om att göra de platserna synliga och trygga att använda.

## Tre nivåer
1. **Grupp i ett socialt medium eller en chatt.** Gratis och snabbt att starta, men svårt att söka i och beroende av att någon modererar.
2. **En färdig samåkningsapp.** Flera appar finns, en del med stöd från regioner. Ger sök, kartor och betalning för delad bensinkostnad.
3. **Samåkningsplatser med skylt.** Kommunen märker upp en plats vid vägen där man kan vänta på skjuts, ofta vid butiken eller busshållplatsen.

## Vad byalaget gör
- Väljer lösning och är värd för den.
- Samlar de som pendlar på fasta tider och ber dem lägga upp sina resor.
- Tar fram enkla regler: kostnadsdelning (till exempel 2 kronor per kilometer), vad man gör vid förhinder.

## Vad som händer i praktiken
Samåkning fungerar bäst för fasta resor, som pendling och veckohandling, och sämre för spontana behov. Försäkringsfrågan kommer nästan alltid upp: en privatperson som kör bybor mot delad bensinkostnad är i regel försäkrad genom trafikförsäkringen, men ta inte betalt mer än kostnaden.

Kostnaden är låg: några tusen kronor för skyltar och tryck, och en app som ofta är gratis för användarna.`,
    steps: [
      {
        title: 'Kartlägg resorna',
        body: 'Byalaget frågar i en enkel enkät vem som åker vart och när. Ofta finns det fem till tio fasta pendlare även i små byar.',
      },
      {
        title: 'Välj lösning',
        body: 'Välj grupp eller app efter vad de flesta redan använder. Fråga regionen om det finns en app de stöder.',
      },
      {
        title: 'Sätt enkla regler',
        body: 'Skriv ned kostnadsdelning, hur man bokar och avbokar och vem man kontaktar vid problem. Publicera reglerna i gruppen.',
      },
      {
        title: 'Märk upp en samåkningsplats',
        body: 'Be kommunen om en skyltad plats vid butiken eller hållplatsen, gärna med belysning och väderskydd.',
      },
    ],
    actorLevels: ['lokal', 'kommunal'],
    effort: 'låg',
    cost: 'låg',
    evidence: 'lovande',
    timeNeeded: '1–2 månader',
    serviceAreas: ['kollektivtrafik-och-mobilitet'],
    topics: ['samåkning', 'medskapande'],
    publishedDaysAgo: 260,
    lastVerifiedDaysAgo: 240,
  },
  {
    key: 'byabuss',
    title: 'Byabuss som föreningen äger',
    summary:
      'Bygdeföreningen köper eller leasar en minibuss som bybor kan boka för handling, vårdbesök och föreningsresor. Frivilliga chaufförer kör och kostnaden delas mellan användarna.',
    body: `En byabuss är en minibuss för åtta passagerare som ägs av en förening och körs av frivilliga. Den fyller behov som kollektivtrafiken inte når: veckohandling för äldre, resor till vårdcentralen, ungdomarnas resor till aktiviteter och föreningarnas utflykter.

## Regler att ha koll på
- **Körkort**: en buss för högst åtta passagerare får köras med B-körkort.
- **Yrkesmässig trafik**: föreningen får inte ta betalt som en taxi. Ersättningen ska täcka kostnaderna och resorna ska vara för medlemmar. Stäm av upplägget med Transportstyrelsens regler.
- **Försäkring**: fordonet ska ha trafik- och helförsäkring, och föreningen en ansvarsförsäkring.

## Ekonomi
| Post | Per år |
|---|---|
| Leasing eller avskrivning | 50 000–90 000 kronor |
| Försäkring, skatt, service | 20 000–35 000 kronor |
| Drivmedel (1 500 mil) | 25 000–40 000 kronor |

Intäkterna kommer från medlemsavgifter, en kilometerersättning från användarna och ofta ett kommunalt föreningsbidrag. Föreningar som hyr ut bussen till skolan eller idrottsföreningen klarar sig bäst.

## Det svåra
Chaufförerna. Räkna med att behöva minst tio personer på schemat för att bussen ska kunna gå två gånger i veckan utan att någon tröttnar.`,
    steps: [
      {
        title: 'Pröva behovet',
        body: 'Bygdeföreningen hyr en minibuss under tre månader och kör en fast handlingstur i veckan. Räkna resenärer.',
      },
      {
        title: 'Skaffa bussen',
        body: 'Om behovet finns köper eller leasar föreningen en buss, gärna begagnad. Sök bidrag från kommunen eller Leader för inköpet.',
      },
      {
        title: 'Bygg upp chaufförsgruppen',
        body: 'Rekrytera frivilliga förare, gå igenom rutiner och ta fram ett delat schema. Erbjud en halvdag körträning.',
      },
      {
        title: 'Öppna bokningen',
        body: 'Inför ett bokningssystem, en telefonlista eller en delad kalender, och publicera fasta turer till butik och vårdcentral.',
      },
      {
        title: 'Följ upp ekonomin',
        body: 'Kassören redovisar kostnad per mil och antal resor varje kvartal. Justera kilometerersättningen en gång om året.',
      },
    ],
    actorLevels: ['lokal', 'kommunal'],
    effort: 'medel',
    cost: 'medel',
    evidence: 'lovande',
    timeNeeded: '3–6 månader',
    prerequisites: 'En förening med ekonomi att bära fordonet och minst tio personer som vill köra.',
    sources: [{ label: 'Transportstyrelsen om yrkesmässig trafik', url: 'https://www.transportstyrelsen.se' }],
    serviceAreas: ['kollektivtrafik-och-mobilitet', 'motesplatser-och-kultur'],
    topics: ['byabuss', 'äldre', 'ungdomar'],
    publishedDaysAgo: 175,
    lastVerifiedDaysAgo: 100,
  },
  {
    key: 'fiberforening',
    title: 'Fiberförening som bygger byanätet',
    summary:
      'Byborna bildar en ekonomisk förening som projekterar, gräver och äger fibernätet i bygden. Kommunen, regionen och statens bredbandsstöd bidrar, och en kommunikationsoperatör säljer tjänsterna.',
    body: `Byanät byggda av fiberföreningar har gett tiotusentals landsbygdshushåll bredband där de kommersiella operatörerna inte ville bygga. Modellen är beprövad, men den kräver mycket arbete och god ekonomisk styrning.

## Så fungerar det
- En ekonomisk förening bildas och medlemmarna betalar en insats, ofta 15 000–30 000 kronor per fastighet.
- Föreningen projekterar nätet, söker tillstånd och markavtal, upphandlar grävning och material.
- Medlemmar gräver ofta själva på sina tomter för att sänka kostnaden.
- Föreningen ansluter nätet till en kommunikationsoperatör som säljer internet, tv och telefoni.

## Pengar
- Bredbandsstöd som fördelas via PTS och länen, ibland med kommunal medfinansiering.
- Medlemsinsatser och banklån.
- Anslutningsavgifter från nya medlemmar efter bygget.

## Risker
- Ledningsrätt och markavtal tar tid. Börja tidigt.
- Kostnaderna stiger om det blir mycket berg. Låt projektören göra en riskanalys av sträckningen.
- Styrelsen får ett långsiktigt ansvar för ett nät med 30–40 års livslängd. Planera för underhåll och för avsättningar.

## Vad det ger servicen
Med fiber kan butiken ta kort, apoteksombudet fungera, äldre ha digitala vårdmöten och barnfamiljer flytta in. Bredband är infrastrukturen under nästan all annan service.`,
    steps: [
      {
        title: 'Intresseanmälan',
        body: 'En arbetsgrupp samlar in intresseanmälningar från fastighetsägare. Minst 70 procent anslutning i området brukar behövas för att kalkylen ska gå ihop.',
      },
      {
        title: 'Bilda föreningen och projektera',
        body: 'Föreningen bildas och anlitar en projektör som tar fram sträckning, kostnadskalkyl och tidplan.',
      },
      {
        title: 'Sök stöd och tillstånd',
        body: 'Föreningen söker bredbandsstöd och ledningsrätt eller markavtal. Kommunens bredbandssamordnare hjälper till med ansökan.',
      },
      {
        title: 'Upphandla och bygg',
        body: 'Upphandla entreprenör för grävning och blåsning. Organisera medlemmarnas egna insatser med ett tydligt schema.',
      },
      {
        title: 'Driftsätt och förvalta',
        body: 'Teckna avtal med kommunikationsoperatör och driftleverantör. Styrelsen lägger en underhållsplan och gör årliga avsättningar.',
      },
    ],
    actorLevels: ['lokal', 'kommunal', 'regional', 'nationell'],
    effort: 'hög',
    cost: 'hög',
    evidence: 'beprövad',
    timeNeeded: '2–4 år',
    prerequisites: 'Ett område där ingen operatör planerar att bygga och en tillräckligt hög anslutningsgrad.',
    sources: [
      { label: 'PTS om bredbandsstöd', url: 'https://pts.se' },
      { label: 'Byanätsforum', url: 'https://www.bynatsforum.se' },
    ],
    serviceAreas: ['bredband-och-digital-service'],
    topics: ['fiberförening', 'bredband', 'ekonomisk förening'],
    publishedDaysAgo: 700,
    lastVerifiedDaysAgo: 300,
    en: {
      title: 'Fibre cooperative building the village network',
      summary:
        "Residents form a cooperative that designs, digs and owns the fibre network in their area. The municipality, the region and the state's broadband support contribute, and a communications operator sells the services.",
      body: `Village networks built by fibre cooperatives have brought broadband to tens of thousands of rural households where commercial operators would not build. The model is proven, but it takes a great deal of work and sound financial management.

## How it works
- A cooperative is formed and members pay a contribution, often SEK 15,000–30,000 per property.
- The cooperative designs the network, obtains permits and land agreements, and procures digging and materials.
- Members often dig on their own land to cut costs.
- The cooperative connects the network to a communications operator that sells internet, TV and telephony.

## Money
- Broadband support distributed through the Post and Telecom Authority and the counties, sometimes with municipal co-financing.
- Member contributions and bank loans.
- Connection fees from new members after construction.

## Risks
- Wayleaves and land agreements take time. Start early.
- Costs rise if there is a lot of rock. Have the designer do a risk analysis of the route.
- The board takes on long-term responsibility for a network with a 30–40 year lifespan. Plan for maintenance and reserves.

## What it does for services
With fibre the shop can take cards, the pharmacy agent can work, older people can have digital health appointments and families can move in. Broadband is the infrastructure beneath almost every other service.`,
      steps: [
        {
          title: 'Collect expressions of interest',
          body: 'A working group collects expressions of interest from property owners. At least 70 per cent take-up in the area is usually needed for the numbers to work.',
        },
        {
          title: 'Form the cooperative and design',
          body: 'The cooperative is formed and hires a designer who produces the route, cost estimate and timetable.',
        },
        {
          title: 'Apply for support and permits',
          body: "The cooperative applies for broadband support and wayleaves or land agreements. The municipality's broadband coordinator helps with the application.",
        },
        {
          title: 'Procure and build',
          body: "Procure a contractor for digging and fibre blowing. Organise members' own work with a clear schedule.",
        },
        {
          title: 'Commission and manage',
          body: 'Sign agreements with a communications operator and an operations supplier. The board adopts a maintenance plan and sets aside reserves every year.',
        },
      ],
      timeNeeded: '2–4 years',
      prerequisites: 'An area where no operator plans to build and a high enough take-up rate.',
    },
  },
  {
    key: 'digitalhjalpare-for-aldre',
    title: 'Digitalhjälpare på bygdegården eller biblioteket',
    summary:
      'Frivilliga eller anställda digitalhjälpare har öppet hus där äldre och andra får hjälp med BankID, Swish, 1177, bankärenden och myndighetsappar. Ofta i samarbete mellan byalag, bibliotek och studieförbund.',
    body: `Allt mer service förutsätter att man klarar mobilen: recept förnyas i en app, paketavin kommer som sms och bussbiljetten köps digitalt. För den som inte är van blir det ett hinder som är lika verkligt som ett långt avstånd.

## Så brukar det gå till
- Öppet hus en eller två gånger i månaden på bygdegården, biblioteket eller i butikens kafé.
- Två till fyra digitalhjälpare per tillfälle, ofta gymnasieungdomar, pensionärer eller personal från kommunens bibliotek.
- Deltagarna tar med sin egen telefon eller surfplatta. Det finns också några lånedatorer.

## Vanliga ärenden
1. Skaffa och använda BankID.
2. Swish, internetbank och att känna igen bedrägeriförsök.
3. 1177, recept och apotekets app.
4. Beställa anropsstyrd trafik och följa paket.

## Ansvar och kostnad
Studieförbund kan ofta stå för cirkelledare och material. Kommunens bibliotek har i många fall ett uppdrag om digital delaktighet och kan bidra med personal. Kostnaden för byalaget är oftast fika och lokal, några tusen kronor per termin. Om ungdomar är hjälpare kan de få en mindre ersättning, vilket gör det lättare att behålla dem.

Var noga med integriteten: hjälparen ska aldrig logga in åt någon annan eller se koder.`,
    steps: [
      {
        title: 'Hitta samarbetspartner',
        body: 'Byalaget kontaktar kommunens bibliotek och ett studieförbund och frågar om de kan bidra med hjälpare och material.',
      },
      {
        title: 'Rekrytera och utbilda hjälpare',
        body: 'Samla fyra till åtta hjälpare. Biblioteket håller en kort introduktion om vanliga ärenden, bedrägerier och integritet.',
      },
      {
        title: 'Bestäm tider och plats',
        body: 'Välj en fast tid, gärna samma dag som butiken har mest kunder eller när färdtjänsten ändå går.',
      },
      {
        title: 'Bjud in personligen',
        body: 'Affischer räcker inte. Be hemtjänst, kyrkan och pensionärsföreningen att tipsa de som behöver hjälp.',
      },
    ],
    actorLevels: ['lokal', 'kommunal'],
    effort: 'låg',
    cost: 'låg',
    evidence: 'beprövad',
    timeNeeded: '1–2 månader',
    prerequisites: 'En lokal med fungerande uppkoppling och några personer som är vana vid digitala tjänster.',
    serviceAreas: ['bredband-och-digital-service', 'offentlig-service', 'motesplatser-och-kultur'],
    topics: ['digital delaktighet', 'äldre', 'bygdegård'],
    publishedDaysAgo: 150,
    lastVerifiedDaysAgo: 50,
  },
  {
    key: 'ambulerande-statlig-service',
    title: 'Ambulerande statlig service från servicekontoret',
    summary:
      'Personal från det statliga servicekontoret besöker byar och mindre orter enligt ett schema och hjälper till med ärenden hos Försäkringskassan, Skatteverket, Pensionsmyndigheten och andra. Kommunen ordnar lokal.',
    body: `De statliga servicekontoren ligger i större orter. För den som bor fem eller tio mil bort är ett ärende om pension eller id-kort en hel dagsresa. Ambulerande service innebär att kontoret kommer ut till bygden i stället.

## Så kan det se ut
- Servicekontoret besöker en ort en gång i månaden, till exempel i biblioteket, i kommunens kontaktcenter eller i en servicepunkt i butiken.
- Besökarna bokar tid eller kommer på drop-in.
- Personalen hjälper till med ärenden hos de myndigheter som ingår i servicekontoren, och kan visa hur e-tjänsterna fungerar.

## Varianter
- **Digitala servicemöten**: kommunen ställer i ordning ett rum med skärm där invånare kan få videomöte med servicekontoret.
- **Samlokalisering**: kommunens kontaktcenter och servicekontoret delar lokal i en mindre ort.

## Roller
| Vem | Ansvar |
|---|---|
| Statens servicecenter | Personal, schema, it-utrustning |
| Kommunen | Lokal, skyltning, information till invånarna |
| Byalag och föreningar | Tips om behov, sprider schemat |

## Kostnad och resultat
För kommunen handlar det mest om lokal och information, ofta under 50 000 kronor om året. Ambulerande besök har i flera kommuner lockat 10–25 besökare per tillfälle, flest i början av året när frågor om deklaration och pension dyker upp.`,
    steps: [
      {
        title: 'Visa behovet',
        body: 'Kommunens servicesamordnare sammanställer avstånd och restider till närmaste servicekontor och skickar dem till Statens servicecenter tillsammans med en förfrågan.',
      },
      {
        title: 'Kom överens om plats och schema',
        body: 'Kommunen och servicekontoret väljer orter, lokaler och dagar. Kommunen ordnar uppkoppling och ett avskilt rum för samtal.',
      },
      {
        title: 'Informera',
        body: 'Kommunen sprider schemat via hemsida, lokaltidning och servicepunkter. Byalagen affischerar.',
      },
      {
        title: 'Utvärdera efter ett år',
        body: 'Servicekontoret och kommunen går igenom antal besök och ärendetyper och justerar orter och tider.',
      },
    ],
    actorLevels: ['kommunal', 'nationell'],
    effort: 'medel',
    cost: 'låg',
    evidence: 'lovande',
    timeNeeded: '3–6 månader',
    prerequisites:
      'Ett servicekontor inom rimligt avstånd som har möjlighet att resa, och en kommunal lokal med uppkoppling.',
    sources: [{ label: 'Statens servicecenter om servicekontor', url: 'https://www.statenssc.se' }],
    serviceAreas: ['offentlig-service', 'servicepunkt'],
    topics: ['statlig service', 'mobil service', 'flernivåsamverkan'],
    publishedDaysAgo: 80,
    lastVerifiedDaysAgo: 25,
    en: {
      title: 'Mobile government services from the service office',
      summary:
        'Staff from the government service office visit villages and small towns on a schedule and help with matters for the Social Insurance Agency, the Tax Agency, the Pensions Agency and others. The municipality provides the premises.',
      body: `Government service offices are located in larger towns. For someone living 50 or 100 km away, a pension or ID-card matter takes a whole day. Mobile service means the office comes to the rural district instead.

## What it can look like
- The service office visits a place once a month, for example the library, the municipal contact centre or a service point in the shop.
- Visitors book a time or drop in.
- Staff help with matters for the agencies that take part in the service offices and can show how the e-services work.

## Variants
- **Digital service meetings**: the municipality equips a room with a screen where residents can have a video meeting with the service office.
- **Co-location**: the municipal contact centre and the service office share premises in a smaller town.

## Roles
| Who | Responsibility |
|---|---|
| Swedish Government Service Centre | Staff, schedule, IT equipment |
| The municipality | Premises, signage, information to residents |
| Village associations | Point out needs, spread the schedule |

## Cost and results
For the municipality it is mostly premises and information, often under SEK 50,000 a year. Mobile visits have attracted 10–25 visitors per occasion in several municipalities, most early in the year when tax-return and pension questions come up.`,
      steps: [
        {
          title: 'Show the need',
          body: "The municipality's service coordinator compiles distances and travel times to the nearest service office and sends them with a request to the Swedish Government Service Centre.",
        },
        {
          title: 'Agree place and schedule',
          body: 'The municipality and the service office choose places, premises and days. The municipality arranges internet access and a private room for conversations.',
        },
        {
          title: 'Inform',
          body: 'The municipality spreads the schedule via its website, the local paper and service points. Village associations put up posters.',
        },
        {
          title: 'Evaluate after a year',
          body: 'The service office and the municipality review the number of visits and types of matters and adjust places and times.',
        },
      ],
      timeNeeded: '3–6 months',
      prerequisites:
        'A service office within reasonable distance that is able to travel, and municipal premises with internet access.',
    },
  },
  {
    key: 'serviceplan-med-medborgardialog',
    title: 'Kommunal serviceplan med medborgardialog',
    summary:
      'Kommunen reviderar sin serviceplan för landsbygden tillsammans med byarna: öppna möten, enkät och en remissrunda till byalagen innan planen antas. Planen blir känd, förankrad och använd.',
    body: `Den kommunala serviceplanen beskriver hur kommunen vill att servicen på landsbygden ska utvecklas, vilka serviceställen som är strategiskt viktiga och vad kommunen gör för dem. Den är också ett underlag för regionens eller länsstyrelsens beslut om stöd till kommersiell service.

En plan som bara skrivs av tjänstepersoner blir ofta okänd och oanvänd. Med medborgardialog blir den i stället ett gemensamt verktyg.

## Vad planen bör innehålla
- En nulägesbild med kartor och restider för de viktigaste tjänsterna.
- Utpekade strategiska serviceställen, till exempel butiker som är ensamma inom 20 minuter.
- Åtgärder med ansvarig, tidplan och kostnad.
- Hur planen följs upp och med vem.

## Dialogens delar
1. **Öppna möten** i varje kommundel, gärna som bystämmor som byalagen är värdar för.
2. **En enkät** till alla hushåll, på papper och digitalt.
3. **Särskilda samtal** med handlare, ombud, ungdomar och äldre.
4. **En remissrunda** där byalag och kommunbygderåd får läsa utkastet.

## Tid och kostnad
Hela processen tar 9–15 månader. Kostnaden är främst arbetstid, omkring 0,3–0,5 årsarbetskrafter under perioden, och 20 000–80 000 kronor för möten, tryck och enkät.

## Fallgropar
Planer som antas utan återkoppling till de som deltog tappar förtroendet. Berätta vad som hände med synpunkterna.`,
    steps: [
      {
        title: 'Beslut om revidering',
        body: 'Kommunstyrelsen ger servicesamordnaren eller landsbygdsutvecklaren uppdraget och en tidplan. Beslutet ska säga att dialog med byarna ingår.',
      },
      {
        title: 'Ta fram nulägesbilden',
        body: 'Servicesamordnaren samlar uppgifter om serviceställen och restider, gärna med GIS. Byalagen granskar uppgifterna för sina bygder.',
      },
      {
        title: 'Håll dialogen',
        body: 'Kommunen och byalagen håller öppna möten i varje kommundel och skickar ut en enkät. Handlare och ungdomar bjuds in till egna samtal.',
      },
      {
        title: 'Skriv utkast och skicka på remiss',
        body: 'Servicesamordnaren skriver ett utkast och skickar det till byalag, kommunbygderåd och handlare. Remisstiden bör vara minst sex veckor.',
      },
      {
        title: 'Anta och återkoppla',
        body: 'Kommunfullmäktige antar planen. Servicesamordnaren skickar en sammanfattning till alla som deltog, med vad som togs med och varför.',
      },
      {
        title: 'Följ upp varje år',
        body: 'Kommunen redovisar åtgärderna för kommunstyrelsen och kommunbygderådet en gång om året.',
      },
    ],
    actorLevels: ['lokal', 'kommunal', 'regional'],
    effort: 'medel',
    cost: 'låg',
    evidence: 'beprövad',
    timeNeeded: '9–15 månader',
    prerequisites: 'Ett politiskt beslut om att revidera planen och en person i kommunen med tid att driva arbetet.',
    sources: [{ label: 'Tillväxtverket om kommunala serviceplaner', url: 'https://tillvaxtverket.se' }],
    serviceAreas: ['offentlig-service', 'dagligvaror', 'drivmedel', 'servicepunkt'],
    topics: ['kommunal serviceplan', 'medskapande', 'servicesamordnare'],
    publishedDaysAgo: 620,
    lastVerifiedDaysAgo: 120,
  },
  {
    key: 'flernivasamverkan-regionalt-serviceprogram',
    title: 'Flernivåsamverkan kring det regionala serviceprogrammet',
    summary:
      'Lokala grupper, kommun, region och statliga myndigheter möts regelbundet kring servicen i länet. Det regionala serviceprogrammet blir en gemensam plan i stället för ett dokument hos regionen.',
    body: `Varje län har ett regionalt serviceprogram som styr arbetet med kommersiell service och hur stödet fördelas. Programmet tas fram av regionen eller länsstyrelsen, men det mesta av servicearbetet sker lokalt och i kommunerna. Flernivåsamverkan handlar om att få alla nivåer att arbeta mot samma mål.

## Nivåerna
| Nivå | Typiska aktörer | Bidrar med |
|---|---|---|
| Lokal | Byalag, bygdeföreningar, handlare | Kunskap om behov, eget arbete, lokala lösningar |
| Kommunal | Servicesamordnare, näringslivsenhet | Serviceplan, hemsändningsbidrag, servicepunktsuppdrag |
| Regional | Region eller länsstyrelse | Serviceprogram, investerings- och driftsstöd |
| Nationell | Tillväxtverket, PTS, Trafikverket | Regelverk, nationella stöd, kunskap |

## Arbetsformer som fungerar
- **Ett årligt servicemöte** i varje kommun med alla nivåer representerade.
- **Ett länsnätverk** för kommunernas servicesamordnare, som träffas två till fyra gånger om året.
- **Gemensamma åtgärdspaket** när en ort har flera hotade tjänster samtidigt.
- **Återkoppling uppåt**: lokala erfarenheter förs vidare till regionen och nationellt.

## Kostnad och tid
Samverkan kostar mest tid: för regionen omkring en halv tjänst för samordning, för kommunerna några dagar per år. Resultaten syns först efter två till tre år.

## Fallgropar
Samverkan som bara består av möten tappar snabbt de lokala aktörerna. Varje möte bör leda till beslut om vem som gör vad.`,
    steps: [
      {
        title: 'Kartlägg aktörerna',
        body: 'Regionen eller länsstyrelsen listar vilka som arbetar med service i varje kommun, från byalag till myndigheter. Kommunerna hjälper till med de lokala kontakterna.',
      },
      {
        title: 'Starta ett nätverk för kommunerna',
        body: 'Regionen bjuder in kommunernas servicesamordnare till ett nätverk som träffas regelbundet. Nätverket diskuterar stöd, erfarenheter och programmets genomförande.',
      },
      {
        title: 'Håll servicemöten i kommunerna',
        body: 'Varje kommun håller ett årligt servicemöte med byalag, handlare, region och vid behov statliga aktörer. Mötet avslutas med en åtgärdslista.',
      },
      {
        title: 'Sätt ihop åtgärdspaket',
        body: 'När en ort har flera hotade tjänster samlar kommunen alla berörda och bestämmer ett paket där varje nivå tar sin del.',
      },
      {
        title: 'Följ upp i programmet',
        body: 'Regionen redovisar resultat från samverkan när serviceprogrammet följs upp, och för lärdomar vidare till Tillväxtverket.',
      },
    ],
    actorLevels: ['lokal', 'kommunal', 'regional', 'nationell'],
    effort: 'hög',
    cost: 'medel',
    evidence: 'lovande',
    timeNeeded: '2–3 år innan resultaten syns',
    prerequisites:
      'En region eller länsstyrelse som vill leda arbetet och kommuner med en utsedd kontaktperson för servicefrågor.',
    sources: [{ label: 'Tillväxtverket om regionala serviceprogram', url: 'https://tillvaxtverket.se' }],
    serviceAreas: ['servicepunkt', 'offentlig-service', 'dagligvaror'],
    topics: ['flernivåsamverkan', 'regionalt serviceprogram', 'kommunal serviceplan'],
    publishedDaysAgo: 385,
    lastVerifiedDaysAgo: 55,
    en: {
      title: 'Multi-level cooperation around the regional service programme',
      summary:
        'Local groups, municipality, region and government agencies meet regularly about services in the county. The regional service programme becomes a shared plan rather than a document at the region.',
      body: `Every county has a regional service programme that guides work on commercial services and how support is allocated. It is drawn up by the region or the county administrative board, but most service work happens locally and in the municipalities. Multi-level cooperation is about getting every level working towards the same goals.

## The levels
| Level | Typical actors | Contributes |
|---|---|---|
| Local | Village associations, rural associations, shopkeepers | Knowledge of needs, own work, local solutions |
| Municipal | Service coordinator, business unit | Service plan, home-delivery grants, service-point assignments |
| Regional | Region or county administrative board | Service programme, investment and operating support |
| National | Growth agency, postal and telecom authority, Transport Administration | Rules, national support, knowledge |

## Working methods that work
- **An annual service meeting** in each municipality with every level represented.
- **A county network** for the municipalities' service coordinators, meeting two to four times a year.
- **Joint packages of measures** when a place has several threatened services at once.
- **Feedback upwards**: local experience is passed on to the region and nationally.

## Cost and time
Cooperation mostly costs time: for the region about half a post for coordination, for the municipalities a few days a year. Results show after two to three years.

## Pitfalls
Cooperation that consists only of meetings quickly loses the local actors. Every meeting should end with decisions on who does what.`,
      steps: [
        {
          title: 'Map the actors',
          body: 'The region or county administrative board lists who works on services in each municipality, from village associations to agencies. The municipalities help with local contacts.',
        },
        {
          title: 'Start a network for the municipalities',
          body: "The region invites the municipalities' service coordinators to a network that meets regularly to discuss support, experience and implementation of the programme.",
        },
        {
          title: 'Hold service meetings in the municipalities',
          body: 'Each municipality holds an annual service meeting with village associations, shopkeepers, the region and, where needed, national actors. The meeting ends with a list of actions.',
        },
        {
          title: 'Put together packages of measures',
          body: 'When a place has several threatened services, the municipality gathers everyone concerned and agrees a package in which each level does its part.',
        },
        {
          title: 'Follow up in the programme',
          body: 'The region reports the results of cooperation when the service programme is reviewed, and passes lessons on to the national growth agency.',
        },
      ],
      timeNeeded: '2–3 years before results show',
      prerequisites:
        'A region or county administrative board willing to lead the work, and municipalities with a named contact person for service issues.',
    },
  },
  {
    key: 'servicesamordnare-i-kommunen',
    title: 'Servicesamordnare med mandat i kommunen',
    summary:
      'Kommunen utser en namngiven person som ansvarar för servicefrågorna på landsbygden, med mandat att samordna förvaltningarna. Byar, handlare och region får en väg in.',
    body: `I många kommuner är ansvaret för servicen på landsbygden utspritt: näringslivsenheten har kontakt med butikerna, socialtjänsten med hemsändningen, samhällsbyggnad med kollektivtrafiken och skolan med skolskjutsen. Ingen har helhetsbilden, och byalagen vet inte vem de ska ringa.

En servicesamordnare är en person som har det samlade ansvaret. Det behöver inte vara en heltidstjänst, men det måste vara en tydlig uppgift med mandat.

## Vad samordnaren gör
- Håller kontakt med alla butiker, drivmedelsstationer och ombud, med minst ett besök per år.
- Är kommunens kontakt mot regionen eller länsstyrelsen i det regionala serviceprogrammet.
- Håller i arbetet med den kommunala serviceplanen.
- Hjälper handlare att söka investerings- och driftsstöd.
- Bevakar kommunens egna beslut som påverkar servicen, till exempel ändrade busslinjer.

## Placering och mandat
Samordnare som är placerade nära kommunledningen får lättare att påverka förvaltningarna. En enkel rutin om att förvaltningarna ska kontakta samordnaren innan beslut som påverkar servicen gör stor skillnad.

## Kostnad
En heltidstjänst kostar omkring 650 000–750 000 kronor om året. Små kommuner kan dela på en tjänst. Samordnaren brukar snabbt betala sig genom att fler stöd söks och beviljas.`,
    steps: [
      {
        title: 'Bestäm uppdraget',
        body: 'Kommunledningen skriver ett uppdrag som anger ansvar, mandat och placering. Uppdraget antas av kommunstyrelsen.',
      },
      {
        title: 'Rekrytera eller utse',
        body: 'Utse en person med kunskap om landsbygd och näringsliv. Överväg att dela tjänsten med en grannkommun om underlaget är litet.',
      },
      {
        title: 'Gör en rutin för förvaltningarna',
        body: 'Kommundirektören beslutar att förvaltningarna ska kontakta samordnaren inför beslut som påverkar servicen. Samordnaren tar fram en enkel lathund.',
      },
      {
        title: 'Besök alla serviceställen',
        body: 'Samordnaren besöker butiker, stationer och ombud under det första halvåret och berättar om stöd och kommunens planer.',
      },
      {
        title: 'Rapportera årligen',
        body: 'Samordnaren redovisar läget för servicen och genomförda åtgärder för kommunstyrelsen en gång om året.',
      },
    ],
    actorLevels: ['kommunal'],
    effort: 'medel',
    cost: 'medel',
    evidence: 'beprövad',
    timeNeeded: '3–6 månader att komma igång',
    prerequisites: 'Ett politiskt beslut och en budget för tjänsten.',
    serviceAreas: ['offentlig-service', 'servicepunkt', 'dagligvaror'],
    topics: ['servicesamordnare', 'kommunal serviceplan', 'flernivåsamverkan'],
    publishedDaysAgo: 455,
    lastVerifiedDaysAgo: 150,
  },
  {
    key: 'lokala-servicelotsar',
    title: 'Lokala servicelotsar i byarna',
    summary:
      'En person i varje by som grannarna kan vända sig till när de inte vet hur de får tag på en tjänst. Lotsen utför inte tjänsterna, men vet var de finns och hjälper till att komma igång.',
    body: `Mycket av servicen finns, men den är okänd eller svår att komma åt: närtrafik som ska bokas dagen före, e-tjänster, paketombud med olika regler, apoteksombud och hemsändning. En servicelots är en person i byn som kan hjälpa grannar att hitta rätt.

## Vad en lots gör
- Svarar på frågor om vilken service som finns och hur man använder den.
- Hjälper till att boka första resan med närtrafiken, förnya recept eller beställa hemsändning.
- Har en pärm eller lista med aktuella kontaktuppgifter och öppettider.
- Fångar upp behov och för dem vidare till byalaget och kommunen.

## Vad en lots inte gör
Lotsen hanterar inte andras koder, pengar eller myndighetsbeslut. Gränsen mot hemtjänst och god man måste vara tydlig, och lotsen behöver skriftliga riktlinjer.

## Organisation
Lotsen utses av byalaget och får utbildning och material från kommunen. En liten ersättning, 1 000–2 000 kronor i månaden eller ett arvode per år, gör det lättare att behålla lotsarna. Lotsarna i en kommun bör träffas regelbundet för att dela frågor och lära av varandra.

## Kostnad
För kommunen omkring 20 000–30 000 kronor per by och år, inklusive ersättning, utbildning och material.`,
    steps: [
      {
        title: 'Byalaget utser en lots',
        body: 'Byalaget frågar någon som är känd och har förtroende i byn. Utse gärna en ersättare samtidigt.',
      },
      {
        title: 'Kommunen utbildar',
        body: 'Kommunens servicesamordnare och biblioteket håller en halvdags introduktion om kommunens och regionens tjänster, integritet och gränsdragning.',
      },
      {
        title: 'Ta fram material',
        body: 'Kommunen ger lotsarna en pärm med kontaktuppgifter och öppettider och uppdaterar den två gånger om året.',
      },
      {
        title: 'Sprid kännedom',
        body: 'Byalaget berättar om lotsen i brevlådan och på anslagstavlan. Lotsen kan ha en fast tid i bygdegården.',
      },
      {
        title: 'Träffas och följ upp',
        body: 'Lotsarna träffas, gärna digitalt, en gång i månaden. Kommunen sammanställer vilka frågor som kommer in.',
      },
    ],
    actorLevels: ['lokal', 'kommunal'],
    effort: 'låg',
    cost: 'låg',
    evidence: 'lovande',
    timeNeeded: '2–3 månader',
    prerequisites: 'Ett aktivt byalag och en kommun som kan ge utbildning och en liten ersättning.',
    serviceAreas: ['offentlig-service', 'bredband-och-digital-service', 'kollektivtrafik-och-mobilitet'],
    topics: ['äldre', 'digital delaktighet', 'medskapande'],
    publishedDaysAgo: 135,
    lastVerifiedDaysAgo: 40,
  },
  {
    key: 'mobil-butik',
    title: 'Mobil butik eller butiksbil',
    summary:
      'En butik på hjul som kör fasta turer till byar utan affär. Fungerar bäst när bilen delas med andra uppdrag, till exempel matdistribution eller paket, och när kalkylen räknar med sjunkande kundantal.',
    body: `Butiksbilar har funnits länge i Norrlands inland och har fått en renässans där byabutiker lagts ned. Bilen är en butik med kyl, frys och ett par hundra artiklar som stannar en bestämd tid i varje by.

## Erfarenheterna är blandade
Flera butiksbilar har lagts ned efter några år. De vanligaste orsakerna är höga fasta kostnader, dyra reparationer, svårt att hitta chaufförer med rätt körkort och att kundantalet sjunker. De som har klarat sig har oftast:

- delat bilen med andra uppdrag, som hemtjänstens matlådor, paket och apoteksvaror,
- en fast grundintäkt från kommunen,
- kompletterat med förbeställning så att sortimentet kan hållas litet,
- valt en mindre bil som går att köra med B-körkort.

## Kostnader
| Post | Ungefär |
|---|---|
| Begagnad butiksbil | 400 000–900 000 kronor |
| Ny mindre kylbil med inredning | 600 000–1 000 000 kronor |
| Drift (drivmedel, service, försäkring) | 100 000–200 000 kronor om året |
| Chaufför och personal | 300 000–500 000 kronor om året |

Investeringsstöd till kommersiell service kan ges för bilen.

## Alternativet
Jämför alltid med hemsändning från en befintlig butik. Hemsändning är ofta billigare men ger inte samma sociala kontakt.`,
    steps: [
      {
        title: 'Räkna på underlaget',
        body: 'Handlaren och kommunen kartlägger byar, hushåll och troliga kunder. Räkna med att kundantalet sjunker med 5–10 procent om året.',
      },
      {
        title: 'Sök fler uppdrag',
        body: 'Kommunen undersöker om matdistribution, paket eller apoteksvaror kan följa med bilen mot ersättning.',
      },
      {
        title: 'Välj bil och sök stöd',
        body: 'Välj en bil som kan köras med det körkort som chaufförerna har. Ansök om investeringsstöd innan köpet.',
      },
      {
        title: 'Lägg ett schema och berätta',
        body: 'Fasta tider i varje by är viktigare än många stopp. Schemat delas ut till alla hushåll och sätts upp vid hållplatserna.',
      },
      {
        title: 'Utvärdera varje år',
        body: 'Handlaren och kommunen går igenom kunder per stopp och kostnad per besök. Jämför med hemsändning.',
      },
    ],
    actorLevels: ['lokal', 'kommunal', 'regional'],
    effort: 'hög',
    cost: 'hög',
    evidence: 'lovande',
    timeNeeded: '4–8 månader',
    prerequisites: 'En handlare med lager och inköp, och en kommun som kan bidra med grundintäkt eller uppdrag.',
    serviceAreas: ['dagligvaror', 'vard-och-omsorg', 'post-och-paket'],
    topics: ['mobil service', 'lanthandel', 'äldre', 'investeringsstöd'],
    publishedDaysAgo: 505,
    lastVerifiedDaysAgo: 210,
  },
  {
    key: 'matkasse-via-skolskjuts',
    title: 'Matkassen åker med skolskjutsen',
    summary:
      'Förbeställda matkassar från lanthandeln följer med skolskjutsen till byar utan butik och lämnas i låsta skåp vid hållplatsen. En idé som prövats i liten skala och som kräver att upphandlingen tar höjd för den.',
    body: `Skolskjutsen är ofta det enda fordon som går regelbundet till de minsta byarna. Idén är enkel: låt den ta med förbeställda varor från lanthandeln på eftermiddagsturen.

## Så kan det gå till
- Kunden beställer från butiken dagen före.
- Butiken packar varorna i kylväskor märkta med kundens namn.
- Kassarna lastas i skolskjutsens bagageutrymme och lämnas i ett låst skåp vid hållplatsen.
- Kunden får en kod via sms och hämtar kassen när det passar.

## Det som måste vara löst
- **Avtalet**: skolskjutsentreprenörens avtal med kommunen måste tillåta varutransport. Det är enklast att skriva in det vid upphandlingen.
- **Försäkring**: varorna ska vara försäkrade under transporten.
- **Chaufförens arbetsmiljö**: lastning får inte ske när chauffören ansvarar för barnen. Ofta löses det med att butiken lastar innan barnen kliver på.
- **Kylan**: kylväskor räcker några timmar; skåpen behöver skugga eller kyla sommartid.

## Kostnad
Skåp vid hållplatser kostar 10 000–25 000 kronor styck. Om entreprenören ska ha ersättning för lastning tillkommer några tusen kronor i månaden.

## Status
Metoden är en ny idé. Försök har gett nöjda kunder men praktiska problem. Den fungerar bäst som komplement till öppna skolskjutsturer där vuxna själva kan åka med.`,
    steps: [
      {
        title: 'Samla parterna',
        body: 'Kommunens servicesamordnare bjuder in skolskjutsansvarig, entreprenören och lanthandlaren. Gå igenom vad avtalet tillåter.',
      },
      {
        title: 'Pröva i liten skala',
        body: 'Välj en eller två linjer och kör ett försök under en termin. Butiken tar en mindre avgift per kasse.',
      },
      {
        title: 'Sätt upp skåp',
        body: 'Byalagen hjälper till att placera skåpen vid hållplatserna och sköter dem. Kommunen betalar inköpet.',
      },
      {
        title: 'Skriv in det i upphandlingen',
        body: 'Om försöket faller väl ut skriver kommunen in varutransport, tid och ersättning i nästa upphandling av skolskjutsen.',
      },
    ],
    actorLevels: ['lokal', 'kommunal'],
    effort: 'låg',
    cost: 'låg',
    evidence: 'ny idé',
    timeNeeded: 'En termin för ett försök',
    prerequisites: 'En lanthandel som vill packa och en skolskjutsentreprenör som är villig att pröva.',
    serviceAreas: ['dagligvaror', 'kollektivtrafik-och-mobilitet', 'skola-och-forskola'],
    topics: ['skolskjuts', 'hemsändning', 'lanthandel'],
    publishedDaysAgo: 115,
    lastVerifiedDaysAgo: 100,
  },
  {
    key: 'mobil-vardmottagning',
    title: 'Vårdcentralens mobila mottagning i byarna',
    summary:
      'Distriktssköterska och undersköterska besöker byarna enligt ett schema med en utrustad bil eller buss. Provtagning, vaccination och enklare kontroller sker i bygdegården eller vid butiken.',
    body: `För äldre i glesbygd är det ofta avståndet och inte vården i sig som är hindret. En enkel provtagning kan kräva en hel dag med närtrafik. Mobila mottagningar tar vården till byarna.

## Vad som brukar erbjudas
- Provtagning, blodtryck, vikt och såromläggning.
- Vaccinationer enligt säsong.
- Uppföljning av kroniska sjukdomar som diabetes.
- Rådgivning om läkemedel och hjälp med receptförnyelse.
- Ibland en kontaktperson från kommunens hemtjänst.

## Plats och utrustning
Mottagningen kan ske i en ombyggd buss eller i en lokal i byn, till exempel bygdegården eller byskolan. Lokalen behöver ett rum med dörr, handfat i närheten, el och säker uppkoppling för journalsystemet. Uppkopplingen är ofta det svåraste; fiber i bygdegården gör stor skillnad.

## Roller
| Vem | Gör vad |
|---|---|
| Regionen | Personal, utrustning, schema, bokning |
| Kommunen | Samordning med hemtjänst, information |
| Bygdeföreningen | Lokal, påminnelser, kaffe |

## Kostnad
En mobil mottagning med två personer och bil kostar regionen omkring 1–1,6 miljoner kronor om året. En ombyggd buss kostar 1,5–2,5 miljoner kronor. Att använda befintliga lokaler är betydligt billigare.`,
    steps: [
      {
        title: 'Välj byar',
        body: 'Regionen och kommunen väljer byar utifrån avstånd till vårdcentral och andel äldre. Byalagen tillfrågas om lokaler.',
      },
      {
        title: 'Ställ i ordning lokalerna',
        body: 'Bygdeföreningarna ordnar ett rum som går att stänga. Regionen kontrollerar uppkopplingen och ordnar mobil lösning där det behövs.',
      },
      {
        title: 'Lägg schemat',
        body: 'Regionen lägger ett rullande schema, till exempel en förmiddag per by var tredje vecka. Schemat delas ut till alla hushåll.',
      },
      {
        title: 'Öppna för bokning och drop-in',
        body: 'Besök bokas via vårdcentralen, men sista timmen är öppen för drop-in. Föreningarna påminner grannar dagen före.',
      },
      {
        title: 'Följ upp',
        body: 'Regionen följer antal besök och till exempel andel gjorda diabeteskontroller, och justerar schemat efter ett år.',
      },
    ],
    actorLevels: ['lokal', 'kommunal', 'regional'],
    effort: 'medel',
    cost: 'medel',
    evidence: 'lovande',
    timeNeeded: '4–8 månader',
    prerequisites: 'En vårdcentral med personal som kan frigöras och lokaler med uppkoppling i byarna.',
    serviceAreas: ['vard-och-omsorg', 'motesplatser-och-kultur'],
    topics: ['vårdcentral', 'mobil service', 'äldre', 'bygdegård'],
    publishedDaysAgo: 225,
    lastVerifiedDaysAgo: 60,
  },
  {
    key: 'byskola-som-motesplats',
    title: 'Byskolan som mötesplats och servicenod',
    summary:
      'Byskolans lokaler används av hela bygden: bibliotek, föreningsliv, paketutlämning och digital hjälp. Skolan blir viktigare för fler, och kostnaden per invånare för huset sjunker.',
    body: `Byskolan är ofta den sista offentliga verksamheten i en by. När elevantalet sjunker hamnar den på listan över möjliga nedläggningar. Att öppna skolan för bygden gör den till en gemensam angelägenhet och kan ge både ekonomiska och sociala argument för att behålla den.

## Vad som kan samlas i skolan
- Skolbiblioteket som filial till kommunens bibliotek, öppen för alla.
- Föreningslivets möten och träning i matsal och gymnastiksal.
- Paketskåp eller paketutlämning.
- Digitalhjälp och mottagning från vårdcentralen.
- Förskola och fritids i samma byggnad.
- En årlig bystämma.

## Det som måste lösas
- **Ansvar**: vem låser, städar och larmar på kvällar? Skriv ett avtal mellan skolan och föreningarna.
- **Säkerhet**: skolans utrymmen och kvällsverksamhetens ska gå att skilja åt, med egna larmområden.
- **Schema**: rektorn har sista ordet under skoltid.

## Kommunal skola eller friskola
Metoden fungerar i både kommunala skolor och i friskolor som drivs av föräldrar och bybor. I en friskola är det lättare att besluta om bred användning, men ekonomin är mer sårbar.

## Kostnad
Ombyggnad av entré, bibliotek och larm kostar ofta 200 000–500 000 kronor. Samlokalisering med förskola kan ge besparingar på 100 000–300 000 kronor om året i lokalkostnader.`,
    steps: [
      {
        title: 'Starta samtalet',
        body: 'Byföreningen och rektorn bjuder in kommunen till ett möte om hur skolan kan användas av fler. Utgå från behov som kommit fram på bystämman.',
      },
      {
        title: 'Kartlägg lokalerna',
        body: 'Kommunens fastighetsavdelning och rektorn går igenom vilka lokaler som är lediga när och vad som behöver byggas om.',
      },
      {
        title: 'Skriv avtal',
        body: 'Skolan och föreningarna skriver ett avtal om tider, städning, larm och ansvar. Kommunen godkänner avtalet.',
      },
      {
        title: 'Bygg om och öppna',
        body: 'Kommunen gör de ombyggnader som behövs. Byföreningen ordnar en invigning och berättar vad som finns.',
      },
      {
        title: 'Utvärdera',
        body: 'Efter ett år går skola, förening och kommun igenom besök, kostnader och problem.',
      },
    ],
    actorLevels: ['lokal', 'kommunal'],
    effort: 'medel',
    cost: 'låg',
    evidence: 'lovande',
    timeNeeded: '6–12 månader',
    prerequisites: 'En skola med lokaler som går att använda kvällstid och en förening som vill ta ansvar.',
    serviceAreas: ['skola-och-forskola', 'motesplatser-och-kultur', 'post-och-paket'],
    topics: ['byskola', 'mötesplats', 'bygdegård'],
    publishedDaysAgo: 345,
    lastVerifiedDaysAgo: 140,
  },
  {
    key: 'overtagande-av-nedlagd-mack',
    title: 'Att ta över en drivmedelsstation som ska läggas ned',
    summary:
      'När drivmedelsbolaget vill stänga kan byn ta över anläggningen. Metoden beskriver hur man räknar på volymen, förhandlar om övertagande och vet när det inte går.',
    body: `Drivmedelsbolag stänger stationer när volymen är för liten eller när cisterner och automater behöver bytas. Att ta över en befintlig anläggning är ofta billigare än att bygga nytt, men det finns också risker: gammal utrustning och en volym som redan visat sig vara för låg.

## Räkna först
Den viktigaste frågan är om volymen räcker. Tumregler:
- Under 200 kubikmeter om året är det svårt att få ett bolag att leverera.
- 300 kubikmeter eller mer ger oftast ett långsiktigt avtal.
- Stora kunder som åkerier, maskinstationer och kommunens fordon gör stor skillnad. Få deras avsiktsförklaringar skriftligt.
- Räkna med att priset blir något högre än i tätorten. Pendlare kan välja bort stationen.

## Förhandla
Bolaget kan ofta sälja utrustningen billigt, eftersom rivning och sanering kostar dem pengar. Be om besked om cisternernas ålder, senaste kontroll och eventuella föroreningar.

## Vet när man ska sluta
Om volymen inte räcker efter två år, eller om ett dyrt byte av automat eller cistern väntar, kan det vara klokare att avveckla i ordning än att låta föreningen skuldsättas.

## Kostnad
Övertagande med mindre uppgradering: 50 000–500 000 kronor. Nya cisterner och automat: 1–2 miljoner kronor. Investeringsstöd kan ges i glesbygd.`,
    steps: [
      {
        title: 'Samla uppgifter från bolaget',
        body: 'Byalaget ber drivmedelsbolaget om försäljningsvolym, utrustningens skick och villkor för övertagande.',
      },
      {
        title: 'Räkna på volymen',
        body: 'En arbetsgrupp frågar företag, kommun och hushåll om deras förbrukning och samlar avsiktsförklaringar. Jämför med bolagets siffror.',
      },
      {
        title: 'Förhandla och bilda förening',
        body: 'Om kalkylen håller bildas en ekonomisk förening som förhandlar om köp och leveransavtal med ett eller flera bolag.',
      },
      {
        title: 'Sök stöd och tillstånd',
        body: 'Föreningen ansöker om investeringsstöd och kontrollerar med kommunen vilka tillstånd som behövs för fortsatt drift.',
      },
      {
        title: 'Följ upp och ha en avvecklingsplan',
        body: 'Styrelsen följer volymen varje kvartal. Bestäm i förväg vilken volym som krävs för att fortsätta efter två år.',
      },
    ],
    actorLevels: ['lokal', 'regional'],
    effort: 'hög',
    cost: 'medel',
    evidence: 'beprövad',
    timeNeeded: '6–12 månader',
    prerequisites: 'En station som bolaget är villigt att överlåta och en trolig årsvolym på minst 300 kubikmeter.',
    serviceAreas: ['drivmedel'],
    topics: ['drivmedel', 'ekonomisk förening', 'investeringsstöd'],
    publishedDaysAgo: 360,
    lastVerifiedDaysAgo: 170,
  },
  {
    key: 'ungdomars-medskapande',
    title: 'Ungdomar som medskapare av servicen',
    summary:
      'Unga från byarna kartlägger sin egen vardag med foto, kartor och intervjuer och presenterar resultatet för politiker. Ger kunskap som vanliga dialogmöten missar och ett skäl att stanna kvar.',
    body: `Ungdomar är nästan alltid underrepresenterade när kommuner och byalag pratar om service. Samtidigt är det unga som väljer om de ska stanna eller flytta, och deras behov skiljer sig ofta från de äldres: kvällstrafik, uppkoppling, platser att vara på och jobb.

## Arbetssätt som fungerar
- **Arbeta via skolan** för att nå alla, inte bara de redan engagerade.
- **Låt de unga välja metod**: foto med mobilen, digitala kartor, korta filmer eller intervjuer med vuxna i byn.
- **Ge ersättning**: presentkort, mat eller en liten timersättning visar att deras tid är värd något.
- **Låt dem presentera själva** för kommunstyrelse, fullmäktige eller regionens trafikplanerare.
- **Återkoppla snabbt**: berätta inom en månad vad som händer med förslagen.

## Vad det brukar leda till
Vanliga resultat är nya kvällsturer, ungdomslokaler i bygdegårdar, wifi på busshållplatser och ungdomarnas egen del i serviceplanen. Ett ungdomsforum kan få en fast plats i kommunbygderådet.

## Kostnad och tid
En temavecka i skolan eller ett forum med fem träffar kostar 20 000–60 000 kronor för material, mat och ersättning. Räkna med ett halvår från start till presentation.

## Fallgropar
Deltagare tappas när de börjar gymnasiet på annan ort. Rekrytera nya varje år.`,
    steps: [
      {
        title: 'Hitta samarbetspartner',
        body: 'Kommunens servicesamordnare kontaktar skolor, fritidsgård och idrottsföreningar. Bestäm om arbetet ska ske i skolan eller som ett fristående forum.',
      },
      {
        title: 'Ge ett tydligt uppdrag',
        body: 'Förklara vad resultatet ska användas till och vem som ska ta emot det. Ungdomarna får välja metod.',
      },
      {
        title: 'Kartlägg',
        body: 'Ungdomarna fotograferar, kartlägger och intervjuar under några veckor. Vuxna finns med som stöd men styr inte.',
      },
      {
        title: 'Presentera för beslutsfattare',
        body: 'Ungdomarna presenterar resultatet för politiker och tjänstepersoner i kommun och region. Beslutsfattarna svarar på plats.',
      },
      {
        title: 'Återkoppla och förnya',
        body: 'Kommunen berättar inom en månad vad som händer. Forumet rekryterar nya deltagare varje höst.',
      },
    ],
    actorLevels: ['lokal', 'kommunal', 'regional'],
    effort: 'medel',
    cost: 'låg',
    evidence: 'lovande',
    timeNeeded: 'Ett halvår',
    serviceAreas: ['kollektivtrafik-och-mobilitet', 'motesplatser-och-kultur', 'skola-och-forskola'],
    topics: ['ungdomar', 'medskapande', 'kommunal serviceplan'],
    publishedDaysAgo: 60,
    lastVerifiedDaysAgo: 20,
  },
  {
    key: 'krisberedskap-i-bygden',
    title: 'Krisberedskap i bygden: trygghetspunkt och service vid kris',
    summary:
      'Byalag, handlare och kommun gör en gemensam plan för hur bygden klarar långa strömavbrott och andra kriser: en trygghetspunkt, reservkraft i butiken och vid drivmedelsautomaten, och en lista över de som behöver stöd.',
    body: `Stormar, snöoväder och skogsbränder slår hårdast mot glesbygden, där det tar längst tid innan el och vägar är tillbaka. När strömmen går slutar kortbetalning, drivmedelsautomater och mobilnät att fungera. Servicen i bygden blir då en del av krisberedskapen.

## Planens delar
- **Trygghetspunkt**: en lokal, ofta bygdegården, med anslutning för reservkraft, värme, vatten, radio och första hjälpen.
- **Butiken**: reservkraft för kassa, kyl och frys, och en rutin för försäljning när kortbetalning inte fungerar.
- **Drivmedel**: möjlighet att driva automaten med reservkraft.
- **Kontaktlista**: hushåll som behöver extra stöd, uppdaterad varje år med hemtjänsten.
- **Kommunikation**: anslagstavla och kommunikationsradio när mobilnätet går ned.
- **Övning**: en gång om året.

## Roller
| Vem | Ansvar |
|---|---|
| Byalaget | Håller planen, utser ansvariga, ordnar övningen |
| Handlaren | Reservkraft och rutiner i butiken |
| Kommunen | Beredskapssamordnarens stöd, utrustning, kontakt vid kris |
| Regionen | Kan ge investeringsstöd till butikens reservkraft |

## Kostnad
Anslutning för reservkraft och utrustning i en bygdegård kostar 50 000–120 000 kronor. Ett aggregat för en butik 80 000–200 000 kronor. Kommunen står ofta för utrustningen i trygghetspunkten.

## Erfarenhet
Byar som övat klarar sig märkbart bättre. Det vanligaste problemet är kommunikationen när mobilnätet försvinner.`,
    steps: [
      {
        title: 'Samla parterna',
        body: 'Byalaget bjuder in kommunens beredskapssamordnare, handlaren och hemtjänsten. Gå igenom vad som hände vid senaste avbrottet.',
      },
      {
        title: 'Välj trygghetspunkt',
        body: 'Välj en lokal som är känd, har plats och kan få reservkraft. Utse två eller tre ansvariga som kan öppna den.',
      },
      {
        title: 'Ordna reservkraft',
        body: 'Kommunen ordnar utrustning till trygghetspunkten. Handlaren söker investeringsstöd för reservkraft i butiken och vid drivmedelsautomaten.',
      },
      {
        title: 'Gör listor och rutiner',
        body: 'Byalaget och hemtjänsten gör en lista över hushåll som behöver stöd. Handlaren skriver en rutin för försäljning utan kortbetalning.',
      },
      {
        title: 'Öva varje år',
        body: 'Byalaget håller en övning varje höst där aggregatet provkörs och listorna uppdateras.',
      },
    ],
    actorLevels: ['lokal', 'kommunal', 'regional'],
    effort: 'medel',
    cost: 'medel',
    evidence: 'lovande',
    timeNeeded: '6–12 månader',
    prerequisites: 'Ett byalag som vill ta ansvar och en lokal som kan få anslutning för reservkraft.',
    sources: [{ label: 'MSB om krisberedskap', url: 'https://www.msb.se' }],
    serviceAreas: ['servicepunkt', 'dagligvaror', 'drivmedel', 'motesplatser-och-kultur'],
    topics: ['krisberedskap', 'bygdegård', 'lanthandel', 'äldre'],
    publishedDaysAgo: 88,
    lastVerifiedDaysAgo: 25,
    en: {
      title: 'Emergency preparedness in the rural district: safe point and services in a crisis',
      summary:
        'Village association, shopkeeper and municipality make a joint plan for how the district copes with long power cuts and other crises: a safe point, backup power at the shop and fuel machine, and a list of those who need support.',
      body: `Storms, snow and forest fires hit sparsely populated areas hardest, where power and roads take longest to come back. When the power goes, card payments, fuel machines and mobile networks stop working. Local services then become part of emergency preparedness.

## The plan
- **Safe point**: a building, often the village hall, with a backup-power connection, heating, water, radio and first aid.
- **The shop**: backup power for till, fridges and freezers, and a routine for selling when card payment is down.
- **Fuel**: a way to run the fuel machine on backup power.
- **Contact list**: households needing extra support, updated every year with home care.
- **Communication**: a notice board and two-way radio for when the mobile network goes down.
- **Exercise**: once a year.

## Roles
| Who | Responsibility |
|---|---|
| The village association | Keeps the plan, appoints people in charge, runs the exercise |
| The shopkeeper | Backup power and routines in the shop |
| The municipality | Support from its preparedness coordinator, equipment, contact in a crisis |
| The region | May give investment support for the shop's backup power |

## Cost
A backup-power connection and equipment in a village hall costs SEK 50,000–120,000. A generator for a shop SEK 80,000–200,000. The municipality often pays for the safe point's equipment.

## Experience
Villages that have practised cope noticeably better. The most common problem is communication when the mobile network disappears.`,
      steps: [
        {
          title: 'Bring the parties together',
          body: "The village association invites the municipality's preparedness coordinator, the shopkeeper and home care. Go through what happened in the last outage.",
        },
        {
          title: 'Choose a safe point',
          body: 'Choose a building that is well known, has room and can take backup power. Appoint two or three people who can open it.',
        },
        {
          title: 'Arrange backup power',
          body: 'The municipality provides equipment for the safe point. The shopkeeper applies for investment support for backup power at the shop and fuel machine.',
        },
        {
          title: 'Make lists and routines',
          body: 'The village association and home care list households needing support. The shopkeeper writes a routine for selling without card payment.',
        },
        {
          title: 'Practise every year',
          body: 'The village association holds an exercise each autumn where the generator is test-run and the lists updated.',
        },
      ],
      timeNeeded: '6–12 months',
      prerequisites:
        'A village association willing to take responsibility and a building that can be connected to backup power.',
    },
  },
  {
    key: 'apoteksombud-och-uthamtningsskap',
    title: 'Apoteksombud och uthämtningsskåp för läkemedel',
    summary:
      'Lanthandeln blir apoteksombud och kan komplettera med ett uthämtningsskåp som kunderna öppnar med kod. Läkemedel finns att hämta i byn, även utanför butikens öppettider.',
    body: `I stora delar av landsbygden finns inget apotek inom rimligt avstånd. Apoteksombud i lanthandeln gör att receptbelagda läkemedel kan hämtas i byn. Ombudet tar emot beställda läkemedel från ett apotek och lämnar ut dem till kunden; rådgivning sker per telefon med apoteket.

## Uthämtningsskåp
Ett uthämtningsskåp är ett skåp med låsta fack där kunden hämtar sitt läkemedel med en kod som kommer via sms. Skåpet står vid butikens entré och kan vara tillgängligt dygnet runt. Det passar pendlare och skiftarbetare.

## Begränsningar
- Läkemedel som kräver kyla kan sällan läggas i skåpet.
- Narkotikaklassade läkemedel lämnas ut över disk med id-kontroll.
- Skåpet måste vara temperaturövervakat.

Var tydlig i informationen till kunderna om vad som hämtas var, annars blir det förvirring.

## Vad det ger butiken
Apoteksombud drar kunder som ofta handlar samtidigt. Ersättningen per utlämning är låg, men de extra besöken betyder mer.

## Kostnad
Att bli ombud kostar lite: utbildning för personalen och ett låst skåp i butiken. Ett uthämtningsskåp kostar 60 000–120 000 kronor. Investeringsstöd eller kommunalt bidrag kan ges.

## Roller
Handlaren tecknar avtal med apoteksaktören. Kommunen kan stödja genom att peka ut butiken som servicepunkt. Vårdcentralen informerar patienterna.`,
    steps: [
      {
        title: 'Kontakta apoteksaktörer',
        body: 'Handlaren frågar en eller flera apoteksaktörer om villkor för att bli ombud. Kommunens servicesamordnare kan bidra med uppgifter om avstånd till närmaste apotek.',
      },
      {
        title: 'Utbilda personalen',
        body: 'Apoteksaktören utbildar personalen i rutiner för utlämning, id-kontroll och förvaring.',
      },
      {
        title: 'Överväg ett skåp',
        body: 'Om många kunder inte hinner under öppettid, undersök ett uthämtningsskåp tillsammans med apoteksaktören. Sök bidrag innan köpet.',
      },
      {
        title: 'Informera tydligt',
        body: 'Butiken och vårdcentralen berättar vad som kan hämtas i skåpet och vad som måste hämtas i kassan.',
      },
    ],
    actorLevels: ['lokal', 'kommunal', 'nationell'],
    effort: 'låg',
    cost: 'medel',
    evidence: 'lovande',
    timeNeeded: '2–4 månader',
    prerequisites: 'En butik med öppettider och personal som kan hantera utlämning.',
    sources: [{ label: 'Läkemedelsverket om apoteksombud', url: 'https://www.lakemedelsverket.se' }],
    serviceAreas: ['apotek-och-lakemedel', 'dagligvaror'],
    topics: ['apoteksombud', 'lanthandel', 'servicepunkt'],
    publishedDaysAgo: 190,
    lastVerifiedDaysAgo: 65,
  },
  {
    key: 'sjalvscanning-i-lanthandeln',
    title: 'Självscanning och digitala betalningar i bybutiken',
    summary:
      'Butiken inför handskannrar och självbetjäningskassa. Tiden som frigörs i kassan läggs på hemsändning, ombudstjänster och att utveckla butiken, inte på att minska personalen.',
    body: `I en liten lanthandel är kassan ofta det som tar mest personaltid. Självscanning gör att kunderna kan skanna varorna själva och betala i en självbetjäningskassa. Det frigör tid som handlaren kan använda till sådant som ger butiken framtid: hemsändning, ombud och service.

## Så brukar det fungera
- Handskannrar eller en app som kunden använder medan hen handlar.
- En eller två självbetjäningskassor för kort och Swish.
- Den bemannade kassan finns kvar för kontanter, ombudsärenden och kunder som vill ha hjälp.

## Att tänka på
- **Berätta varför.** Kunder accepterar självscanning lättare när de förstår att den ger mer service, inte mindre personal.
- **Viktvaror** som frukt och lösgodis krånglar ofta. Förpacka i förväg eller ha en våg vid självbetjäningskassan.
- **Äldre kunder** behöver en lugn introduktion. En eftermiddag med kaffe och provhandling hjälper.
- **Svinn**: erfarenheten är att det inte ökar märkbart i små butiker med lojala kunder.

## Steget vidare
Självscanning är ofta första steget mot obemannade timmar, eftersom samma kassa kan användas när ingen personal finns.

## Kostnad
Handskannrar och en självbetjäningskassa kostar 150 000–350 000 kronor inklusive installation. Investeringsstöd till kommersiell service kan täcka en stor del.`,
    steps: [
      {
        title: 'Se över tidsanvändningen',
        body: 'Handlaren noterar under två veckor hur mycket tid som går till kassan och vad den tiden skulle kunna användas till.',
      },
      {
        title: 'Välj system',
        body: 'Begär offerter och kontrollera att systemet fungerar ihop med butikens kassasystem och kedjans avtal.',
      },
      {
        title: 'Sök stöd',
        body: 'Ansök om investeringsstöd hos regionen eller länsstyrelsen innan beställningen.',
      },
      {
        title: 'Introducera för kunderna',
        body: 'Personalen visar systemet under de första veckorna. Byalaget kan ordna en provhandlingsdag för äldre.',
      },
    ],
    actorLevels: ['lokal', 'regional'],
    effort: 'medel',
    cost: 'medel',
    evidence: 'lovande',
    timeNeeded: '2–4 månader',
    prerequisites: 'Ett modernt kassasystem och fungerande uppkoppling i butiken.',
    serviceAreas: ['dagligvaror', 'kontanter-och-betaltjanster'],
    topics: ['självscanning', 'lanthandel', 'investeringsstöd'],
    publishedDaysAgo: 255,
    lastVerifiedDaysAgo: 85,
  },
  {
    key: 'kommunbygderad',
    title: 'Kommunbygderåd som samlar byarna',
    summary:
      'Byalag och bygdeföreningar i en kommun bildar ett gemensamt råd som blir kommunens fasta samtalspart i servicefrågor. Kommunen får en part att tala med, och byarna en starkare röst.',
    body: `I en kommun med tjugo eller fyrtio byar blir det svårt för kommunen att föra dialog med varje by för sig, och för byarna att veta vad de andra gör. Ett kommunbygderåd samlar de lokala föreningarna i ett gemensamt organ.

## Hur ett råd brukar se ut
- En ideell förening där byalag och bygdeföreningar är medlemmar.
- En styrelse med representanter från olika kommundelar.
- Regelbundna möten med kommunens ledning, ofta två till fyra gånger om året.
- Ett årligt verksamhetsbidrag från kommunen, ofta 30 000–100 000 kronor.

## Vad rådet kan göra i servicefrågor
- Samla byarnas underlag till den kommunala serviceplanen.
- Vara remissinstans när kommunen fattar beslut som påverkar servicen.
- Sprida goda exempel mellan byarna, till exempel om paketskåp eller drivmedelsautomater.
- Företräda byarna i regionens arbete med serviceprogrammet.

## Det svåra
- **Balansen** mellan större och mindre orter. Roterande ordförande och en regel om att de minsta byarnas frågor tas först kan hjälpa.
- **Engagemanget** mellan de stora frågorna. Ett tydligt årshjul med konkreta uppgifter gör det lättare.
- **Byar utan förening** riskerar att hamna utanför. Rådet bör aktivt söka upp dem.

## Tid
Att bilda ett råd tar omkring ett halvår. Det tar ofta två till tre år innan det är en etablerad samtalspart.`,
    steps: [
      {
        title: 'Bjud in alla föreningar',
        body: 'Några byalag tar initiativ och bjuder in alla lokala föreningar i kommunen till ett möte. Kommunens landsbygdsutvecklare kan hjälpa med kontaktlistor.',
      },
      {
        title: 'Bilda rådet',
        body: 'Anta stadgar, välj styrelse med spridning över kommunen och bestäm medlemsavgift.',
      },
      {
        title: 'Kom överens med kommunen',
        body: 'Rådet och kommunledningen skriver en överenskommelse om möten, remisser och verksamhetsbidrag.',
      },
      {
        title: 'Gör ett årshjul',
        body: 'Rådet lägger upp årets möten och uppgifter, till exempel servicemöte på våren och uppföljning av serviceplanen på hösten.',
      },
      {
        title: 'Sök upp byarna utanför',
        body: 'Styrelsen kontaktar byar utan förening och bjuder in dem särskilt till rådets möten.',
      },
    ],
    actorLevels: ['lokal', 'kommunal'],
    effort: 'medel',
    cost: 'låg',
    evidence: 'beprövad',
    timeNeeded: 'Ett halvår att bilda, 2–3 år att etablera',
    prerequisites: 'Några aktiva byalag som vill ta initiativ och en kommun som är beredd att ge rådet en roll.',
    serviceAreas: ['offentlig-service', 'motesplatser-och-kultur'],
    topics: ['medskapande', 'kommunal serviceplan', 'flernivåsamverkan'],
    publishedDaysAgo: 560,
    lastVerifiedDaysAgo: 230,
  },
  {
    key: 'fritidsboende-som-kunder',
    title: 'Fritidsboende som kunder och medfinansiärer',
    summary:
      'Fritidsboende blir en del av butikens underlag året runt: andelar, vinterabonnemang, förbeställda matkassar och nyhetsbrev. En idé för byar där sommaren bär butiken och vintern hotar den.',
    body: `I många fjäll-, kust- och skärgårdsbyar finns fler fritidshus än helårsbostäder. Butiken säljer mycket på sommaren och under sportlov, men har för få kunder resten av året. Samtidigt vill de fritidsboende att butiken ska finnas när de kommer. Den här metoden handlar om att göra dem till en del av lösningen.

## Verktyg
- **Andelar** i en ekonomisk förening som äger butiken. Fritidsboende är ofta villiga att köpa, särskilt om de tillfrågas personligen.
- **Vinterabonnemang**: en årsavgift, ofta 300–800 kronor, som stöder vinteröppet. Ge något tillbaka, som rabatt på sommarhandeln.
- **Förbeställda matkassar** som står klara vid ankomst. Gör att inköpen sker i byn och inte på vägen.
- **Nyhetsbrev** om vad som händer i byn, med påminnelse om att butiken finns året runt.
- **Plats i styrelsen** för fritidsboende.

## Varför "ny idé"
Enstaka byar har prövat delar av detta med gott resultat, men det finns få uppföljningar över längre tid. Det är oklart hur länge engagemanget håller när det nya har lagt sig.

## Att tänka på
- Stämmor och möten bör läggas när fritidsboende är på plats, ofta i juli.
- Rabatter kostar; räkna på dem.
- Vissa stöd, som särskilt driftsstöd, har villkor om omsättning som en hög sommarförsäljning kan påverka.

## Kostnad
Låg: utskick, en enkel webbsida eller formulär för abonnemang och lite administration, några tusen kronor om året.`,
    steps: [
      {
        title: 'Samla adresser',
        body: 'Byalaget tar fram adresser till fritidshusägarna, till exempel via samfällighetsföreningar eller fastighetsregistret.',
      },
      {
        title: 'Berätta om läget',
        body: 'Skicka ett brev som förklarar butikens situation och vad de fritidsboende kan göra. Håll ett möte i byn på sommaren och ett digitalt på vintern.',
      },
      {
        title: 'Erbjud konkreta sätt att bidra',
        body: 'Handlaren och byalaget erbjuder andelar, vinterabonnemang eller förbeställning. Gör det enkelt att betala.',
      },
      {
        title: 'Håll kontakten',
        body: 'Skicka ett nyhetsbrev några gånger om året och redovisa vad pengarna har gått till.',
      },
    ],
    actorLevels: ['lokal'],
    effort: 'låg',
    cost: 'låg',
    evidence: 'ny idé',
    timeNeeded: '2–3 månader',
    serviceAreas: ['dagligvaror'],
    topics: ['fritidsboende', 'lanthandel', 'ekonomisk förening', 'turism'],
    publishedDaysAgo: 45,
    lastVerifiedDaysAgo: 15,
  },
  {
    key: 'leader-som-startkapital',
    title: 'Leaderprojekt som startkapital för servicelösningar',
    summary:
      'Lokala föreningar använder Leader för att pröva och starta servicelösningar: förstudier, servicehus, byabussar och mötesplatser. Metoden beskriver hur man söker, vad som går att få stöd till och hur man klarar likviditeten.',
    body: `Leader, eller lokalt ledd utveckling, är ett stöd där en lokal grupp i varje Leaderområde beslutar om projekt utifrån en lokal strategi. Många servicelösningar på landsbygden har startat som Leaderprojekt.

## Vad som kan få stöd
- Förstudier, till exempel om en butik eller drivmedelsstation kan bära sig.
- Investeringar i mötesplatser och servicehus.
- Inköp av en byabuss eller utrustning för en marknad.
- Projekt som prövar nya arbetssätt, som digitalhjälpare eller servicelotsar.

Stöd till den löpande driften ges sällan. Leader passar därför för att starta något som sedan ska bära sig självt eller finansieras på annat sätt.

## Hur det går till
1. Läs Leaderområdets strategi och prata med verksamhetsledaren tidigt.
2. Skriv en ansökan med budget, tidplan och hur verksamheten ska leva vidare.
3. Den lokala gruppen prioriterar, och Jordbruksverket fattar det formella beslutet.
4. Stödet betalas ut i efterhand mot redovisade kostnader.

## Medfinansiering
Ofta krävs offentlig medfinansiering, till exempel från kommunen. Ideellt arbete kan i många fall räknas som en del av finansieringen.

## Likviditeten
Eftersom pengarna kommer i efterhand behöver föreningen kunna ligga ute med kostnader. Ordna en kredit eller ett förskott från kommunen innan projektet startar.

## Tid
Från idé till beslut tar det ofta tre till sex månader. Själva projektet pågår ett till tre år.`,
    steps: [
      {
        title: 'Prata med Leaderkontoret',
        body: 'Föreningen kontaktar Leaderområdets verksamhetsledare och beskriver idén. Fråga hur den passar strategin och vad som krävs.',
      },
      {
        title: 'Ordna medfinansiering',
        body: 'Föreningen söker medfinansiering från kommunen och planerar hur ideellt arbete ska redovisas.',
      },
      {
        title: 'Skriv ansökan',
        body: 'Beskriv behov, mål, budget och hur verksamheten ska fortsätta efter projektet. Be verksamhetsledaren läsa utkastet.',
      },
      {
        title: 'Säkra likviditeten',
        body: 'Ordna en kredit eller ett förskott innan projektet startar, eftersom stödet betalas ut i efterhand.',
      },
      {
        title: 'Genomför och redovisa',
        body: 'Föreningen för noggrann bok över kostnader och ideellt arbete och begär utbetalning i etapper.',
      },
    ],
    actorLevels: ['lokal', 'kommunal', 'nationell'],
    effort: 'medel',
    cost: 'låg',
    evidence: 'beprövad',
    timeNeeded: '3–6 månader till beslut, 1–3 år projekttid',
    prerequisites:
      'En förening med organisationsnummer, en idé som passar Leaderområdets strategi och möjlighet till medfinansiering.',
    sources: [{ label: 'Jordbruksverket om Leader', url: 'https://jordbruksverket.se' }],
    serviceAreas: ['motesplatser-och-kultur', 'servicepunkt', 'kollektivtrafik-och-mobilitet'],
    topics: ['leader', 'bygdegård', 'medskapande'],
    publishedDaysAgo: 470,
    lastVerifiedDaysAgo: 95,
  },
  {
    key: 'gemensamt-inkop-lanthandlare',
    title: 'Gemensamt inköp i ett nätverk av lanthandlare',
    summary:
      'Flera små butiker i ett län samordnar inköp av lokala produkter, transporter och tjänster för att få bättre villkor. En idé under utveckling som länsavdelningar diskuterar med regionerna.',
    body: `Små lanthandlare betalar ofta mer för varor och transporter än stora butiker, och har svårt att förhandla med leverantörer av kassasystem, kylservice och försäkringar. Idén är att flera butiker går ihop i ett nätverk som förhandlar gemensamt.

## Möjliga delar
- Gemensam upphandling av kylservice, larm och försäkring.
- Samlastning av lokala produkter från gårdar och mejerier till flera butiker.
- Gemensam kompetensutveckling, till exempel om stödansökningar.
- Erfarenhetsutbyte om obemannade timmar, hemsändning och ombudstjänster.

## Öppna frågor
- Många lanthandlare är bundna till kedjeavtal som styr inköp av dagligvaror. Nätverket kan därför främst arbeta med tjänster och lokala produkter.
- Vem ska driva nätverket? En ekonomisk förening, länsavdelningen eller regionen?
- Hur fördelas kostnaderna mellan stora och små butiker?

## Status
Metoden är ett utkast. Den ska kompletteras med erfarenheter från de första försöken innan den publiceras.`,
    steps: [
      {
        title: 'Samla intresserade handlare',
        body: 'Länsavdelningen bjuder in lanthandlarna i länet till ett möte om gemensamma behov.',
      },
      {
        title: 'Välj ett första område',
        body: 'Börja med ett avgränsat område, till exempel kylservice, där många har samma leverantör.',
      },
      {
        title: 'Förhandla och utvärdera',
        body: 'En arbetsgrupp förhandlar med leverantörer och redovisar resultatet för nätverket efter ett år.',
      },
    ],
    actorLevels: ['lokal', 'regional'],
    effort: 'medel',
    cost: 'låg',
    evidence: 'ny idé',
    timeNeeded: '1–2 år',
    serviceAreas: ['dagligvaror'],
    topics: ['lanthandel', 'flernivåsamverkan', 'ekonomisk förening'],
    draft: true,
    publishedDaysAgo: 4,
  },
  {
    key: 'digital-servicedisk-i-bygdegarden',
    title: 'Digital servicedisk i bygdegården',
    summary:
      'Ett rum i bygdegården utrustas för videomöten med kommunen, servicekontoret och vården. En värd från byn hjälper besökaren att koppla upp sig. Idén bygger på erfarenheter från bibliotek och medborgarkontor.',
    body: `Allt fler myndigheter och regioner erbjuder videomöten, men många äldre saknar utrustning, uppkoppling eller vana. En digital servicedisk i bygdegården ger en plats där man kan få ett videomöte i lugn och ro, med hjälp av någon från byn.

## Tänkt upplägg
- Ett avskilt rum med skärm, kamera, headset och stabil uppkoppling.
- Öppet några timmar i veckan med en värd från byalaget.
- Bokning av möten med kommunens kontaktcenter, det statliga servicekontoret och vårdcentralen.
- Värden startar mötet och lämnar sedan rummet.

## Frågor att lösa
- Sekretess och integritet: rummet måste vara ljudisolerat, och värden får inte ta del av ärendet.
- Vem betalar utrustning och uppkoppling?
- Vilka myndigheter är beredda att boka möten till en sådan plats?

## Status
Utkast. Metoden bygger på erfarenheter från bibliotek och kommunala medborgarkontor och ska prövas i några bygdegårdar innan den publiceras.`,
    steps: [
      {
        title: 'Förbered rummet',
        body: 'Bygdegårdsföreningen väljer ett rum som kan stängas och ljudisoleras. Kommunen bidrar med utrustning.',
      },
      {
        title: 'Kom överens med myndigheterna',
        body: 'Kommunen kontaktar servicekontoret och regionen om att boka videomöten till rummet.',
      },
      {
        title: 'Utbilda värdar',
        body: 'Byalaget utser värdar som får en kort utbildning i teknik och integritet.',
      },
    ],
    actorLevels: ['lokal', 'kommunal', 'nationell'],
    effort: 'låg',
    cost: 'medel',
    evidence: 'ny idé',
    timeNeeded: '3–6 månader',
    serviceAreas: ['offentlig-service', 'bredband-och-digital-service', 'motesplatser-och-kultur'],
    topics: ['statlig service', 'digital delaktighet', 'bygdegård'],
    draft: true,
    publishedDaysAgo: 2,
  },
  {
    key: 'hemtjanst-handlar-lokalt',
    title: 'Hemtjänsten handlar i byns butik',
    summary:
      'Kommunens hemtjänst beställer brukarnas varor från närmaste lanthandel i stället för att handla i centralorten. Butiken får en stabil volym och hemtjänsten sparar tid och körsträcka.',
    body: `Hemtjänsten handlar varje vecka åt många brukare på landsbygden. Ofta sker det i en stor butik i centralorten, även när brukaren bor nära en lanthandel. Det är en förlorad intäkt för butiken och onödig körning för personalen.

## Så kan det gå till
- Hemtjänsten gör en inköpslista med brukaren och skickar den till lanthandeln senast dagen före.
- Butiken plockar och packar varorna per brukare.
- Personalen hämtar kassarna på väg ut, eller så levererar butiken med sin hemsändning.
- Brukaren betalar via faktura från butiken eller autogiro, så att personalen slipper hantera pengar.

## Vad det ger
| För | Nytta |
|---|---|
| Butiken | Stabil volym varje vecka, ofta 5–10 procent av omsättningen |
| Hemtjänsten | Mindre tid och körning för inköp |
| Brukaren | Handlar i sin egen by, ofta varor som hen känner igen |

## Att tänka på
- Upphandlingsreglerna: kommunen köper inte varorna, brukaren gör det. Det gör att kommunen inte behöver upphandla butiken, men kontrollera med kommunens jurist.
- Alla brukare vill inte byta. Det ska vara frivilligt.
- Butiken måste klara plock i tid; sätt en fast tid för beställningar.

## Kostnad
Nästan ingen. Butiken kan ta en liten plockavgift. Kommunen kan kombinera med hemsändningsbidrag.`,
    steps: [
      {
        title: 'Kartlägg brukarna',
        body: 'Hemtjänstens enhetschef tar fram hur många brukare som bor närmare en lanthandel än centralorten.',
      },
      {
        title: 'Prata med handlaren',
        body: 'Servicesamordnaren och enhetschefen träffar handlaren och kommer överens om beställning, plock, betalning och hämtning.',
      },
      {
        title: 'Pröva med några brukare',
        body: 'Börja med fem till tio brukare som vill pröva. Följ upp efter tre månader.',
      },
      {
        title: 'Skriv en rutin',
        body: 'Hemtjänsten skriver in arbetssättet i sina rutiner och utökar till fler brukare och butiker.',
      },
    ],
    actorLevels: ['lokal', 'kommunal'],
    effort: 'låg',
    cost: 'låg',
    evidence: 'lovande',
    timeNeeded: '2–3 månader',
    prerequisites: 'En lanthandel som kan fakturera eller ta autogiro och en hemtjänst som vill pröva.',
    serviceAreas: ['vard-och-omsorg', 'dagligvaror'],
    topics: ['hemtjänst', 'lanthandel', 'äldre', 'hemsändning'],
    publishedDaysAgo: 28,
    lastVerifiedDaysAgo: 10,
  },
  {
    key: 'skolskjuts-oppen-for-alla',
    title: 'Skolskjuts öppen för alla resenärer',
    summary:
      'Skolskjutsens turer öppnas för vuxna resenärer med vanlig biljett. Byar utan busslinje får kollektivtrafik på skoldagar till nästan ingen extra kostnad, om det skrivs in i upphandlingen.',
    body: `Skolskjutsen går ofta till byar där det inte finns någon annan kollektivtrafik, och bussarna har lediga platser. Att låta vuxna åka med är ett av de billigaste sätten att ge glesbygden kollektivtrafik.

## Vad som krävs
- **Upphandlingen**: det enklaste är att skriva in i upphandlingen att turerna ska vara öppna för allmänheten, med plats för ett visst antal vuxna utöver eleverna.
- **Biljetter**: regionens biljetter ska gälla, vilket kräver ett avtal mellan kommunen och regionen.
- **Trafikinformation**: turerna ska finnas i regionens reseplanerare.
- **Regler**: eleverna har alltid förtur. Ofta krävs föranmälan dagen före.

## Vanliga invändningar
Föräldrar kan oroa sig för främmande vuxna i skolbussen. Tydliga regler, till exempel att vuxna sitter längst fram och att chauffören vet vilka som ska åka, brukar räcka.

## Begränsningar
Skolskjutsen går inte på lov och ofta bara morgon och eftermiddag. Den passar för pendling och handling, men behöver kompletteras med anropsstyrd trafik för lov och kvällar.

## Kostnad
Nästan ingen om det görs vid upphandling. Större fordon på vissa linjer kan kosta några tiotusentals kronor om året.`,
    steps: [
      {
        title: 'Se över linjerna',
        body: 'Kommunens skolskjutsansvarige och regionens trafikplanerare går igenom vilka linjer som går till byar utan annan trafik.',
      },
      {
        title: 'Skriv in det i upphandlingen',
        body: 'Kommunen skriver in krav på plats för vuxna och regionens biljetter i nästa upphandling av skolskjutsen.',
      },
      {
        title: 'Avtal med regionen',
        body: 'Kommunen och regionen kommer överens om biljetter, trafikinformation och eventuell kostnadsfördelning.',
      },
      {
        title: 'Informera',
        body: 'Kommunen och byalagen berättar om möjligheten. Turerna läggs in i reseplaneraren.',
      },
    ],
    actorLevels: ['kommunal', 'regional'],
    effort: 'låg',
    cost: 'låg',
    evidence: 'beprövad',
    timeNeeded: 'Till nästa upphandling, därefter 2–3 månader',
    prerequisites: 'Skolskjutslinjer som går till byar utan annan kollektivtrafik.',
    serviceAreas: ['kollektivtrafik-och-mobilitet', 'skola-och-forskola'],
    topics: ['skolskjuts', 'kollektivtrafik', 'äldre'],
    publishedDaysAgo: 530,
    lastVerifiedDaysAgo: 190,
  },
];
