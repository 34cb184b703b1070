import type { SeedFundingCall } from '../types.ts';

export const fundingCalls: SeedFundingCall[] = [
  {
    key: 'dalarna-investeringsstod',
    title: 'Investeringsstöd till butiker och drivmedelsstationer i Dalarna',
    summary:
      'Region Dalarna tar emot ansökningar om investeringsstöd till dagligvarubutiker och drivmedelsstationer i gles- och landsbygd. Stödet kan täcka upp till hälften av kostnaden för investeringar som stärker butikens ekonomi.',
    body: `Region Dalarna öppnar årets omgång av investeringsstöd till kommersiell service. Pengarna ska hjälpa butiker och drivmedelsstationer på landsbygden att investera i sådant som gör verksamheten lönsammare eller mer tillgänglig på sikt.

## Vad kan få stöd?
- Kyl- och frysdiskar med lägre elförbrukning
- Kassasystem, självscanning och utrustning för paketombud
- Pumpar, tankar och betalautomater vid drivmedelsstationer
- Ombyggnad som gör butiken tillgänglig för fler, till exempel ramp och bredare gångar

## Villkor i korthet
Butiken ska ligga i gles- eller landsbygd och vara viktig för försörjningen i sitt område. Regionen väger in avståndet till närmaste andra butik och hur många som bor i upptagningsområdet. Stödet betalas ut i efterhand mot redovisade kostnader, så räkna med att kunna ligga ute med pengarna några månader.

## Tips från nätverket
Ta kontakt med regionens handläggare innan ni skickar in ansökan. Bifoga gärna offerter och en enkel kalkyl som visar vad investeringen betyder för butikens ekonomi. Har kommunen en serviceplan där butiken nämns, hänvisa till den.`,
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
    topics: ['investeringsstöd', 'lanthandel', 'regionalt serviceprogram'],
    publishedDaysAgo: 30,
    en: {
      title: 'Investment support for shops and filling stations in Dalarna',
      summary:
        'Region Dalarna accepts applications for investment support to grocery stores and filling stations in sparsely populated and rural areas. The support can cover up to half the cost of investments that strengthen the business.',
      body: `Region Dalarna opens this year's round of investment support for commercial services. The money helps rural shops and filling stations invest in things that make them more profitable or more accessible over time.

## What can be funded?
- Energy-efficient fridges and freezers
- Till systems, self-scanning and equipment for parcel agents
- Pumps, tanks and payment terminals at filling stations
- Alterations that make the shop accessible to more people, such as a ramp and wider aisles

## Conditions in brief
The shop must be in a sparsely populated or rural area and matter for supplies in its area. The region considers the distance to the nearest other shop and how many people live in the catchment area. The support is paid afterwards against reported costs, so be ready to carry the expense for a few months.

## Tips from the network
Contact the region's case officer before you apply. Attach quotes and a simple calculation of what the investment means for the shop's finances. If the municipality's service plan mentions the shop, refer to it.`,
    },
  },
  {
    key: 'vasterbotten-sarskilt-driftsstod',
    title: 'Särskilt driftsstöd till dagligvarubutiker i Västerbottens inland',
    summary:
      'Region Västerbotten tar emot ansökningar om särskilt driftsstöd för det kommande året. Stödet är till för butiker i glest befolkade områden som behövs för försörjningen men har svårt att bära sina fasta kostnader.',
    body: `Särskilt driftsstöd är ett bidrag till den löpande driften för dagligvarubutiker i områden där kundunderlaget är litet och avståndet till nästa butik långt. Region Västerbotten handlägger stödet i länet och tar nu emot ansökningar för nästa år.

## Vem kan söka?
Företag och ekonomiska föreningar som driver en dagligvarubutik med fullt sortiment i gles- och landsbygd. Butiken ska vara öppen året runt och vara den enda eller en av få möjligheter att handla i området.

## Vad bedömer regionen?
- Butikens betydelse för boende, fritidshus­ägare och besöksnäring
- Avstånd till närmaste andra dagligvarubutik
- Om butiken erbjuder fler tjänster, till exempel paketombud, apoteksombud, kontantuttag eller drivmedel
- Hur kommunen ser på butiken i sin serviceplan

## Att tänka på
Regionen vill se resultat- och balansräkning för de två senaste åren och en budget för stödåret. Kommunen bidrar i regel med en del av finansieringen, så prata med kommunens servicesamordnare i god tid. Regionen har i år satt taket till 400 000 kronor per butik och år.`,
    funder: 'Region Västerbotten',
    opensInDays: -20,
    deadlineInDays: 45,
    amountMax: 400_000,
    eligibleApplicants: ['företag', 'ekonomisk förening'],
    geography: 'län',
    counties: ['24'],
    externalUrl: 'https://regionvasterbotten.se',
    serviceAreas: ['dagligvaror', 'servicepunkt'],
    topics: ['driftsstöd', 'lanthandel', 'regionalt serviceprogram'],
    publishedDaysAgo: 20,
  },
  {
    key: 'norrbotten-investeringsstod-servicepunkter',
    title: 'Investeringsstöd till butiker och servicepunkter i Norrbotten',
    summary:
      'Sista dagen att söka är snart. Region Norrbotten ger investeringsstöd till butiker och drivmedelsstationer som vill bli servicepunkter med paketombud, apoteksombud och kontanttjänster. Ansökan ska vara inne klockan 15.00.',
    body: `Region Norrbotten vill stärka de butiker som redan i dag fungerar som servicepunkter i sina byar, och hjälpa fler att ta steget. Stödet går till investeringar som gör det möjligt att samla fler tjänster under samma tak.

## Exempel på investeringar
- Inredning och hyllsystem för paketombud och större paketvolymer
- Säkerhetsskåp och kassautrustning för kontantuttag och insättning av dagskassor
- Kyl för läkemedel och avskild disk för apoteksombud
- Reservkraft så att butiken kan hålla öppet vid längre strömavbrott

## Så bedöms ansökan
Regionen prioriterar butiker i områden med långt till närmaste alternativ och ansökningar som visar samverkan med kommunen eller byns förening. Stödet täcker som mest hälften av de godkända kostnaderna.

## Observera tiden
Ansökan ska vara inne senast klockan 15.00 sista ansökningsdagen. Ansökningar som kommer in senare behandlas i nästa omgång, som regionen ännu inte har datum för.`,
    funder: 'Region Norrbotten',
    opensInDays: -45,
    deadlineInDays: 1,
    deadlineTime: '15:00',
    amountMin: 50_000,
    amountMax: 600_000,
    eligibleApplicants: ['företag', 'ekonomisk förening'],
    geography: 'län',
    counties: ['25'],
    externalUrl: 'https://norrbotten.se',
    serviceAreas: ['servicepunkt', 'dagligvaror', 'kontanter-och-betaltjanster'],
    topics: ['investeringsstöd', 'paketombud', 'apoteksombud', 'kontanter'],
    publishedDaysAgo: 45,
    en: {
      title: 'Investment support for shops and service points in Norrbotten',
      summary:
        'The deadline is close. Region Norrbotten gives investment support to shops and filling stations that want to become service points with parcel agents, pharmacy agents and cash services. Applications must arrive by 15:00.',
      body: `Region Norrbotten wants to strengthen the shops that already work as service points in their villages and help more of them take the step. The support goes to investments that make it possible to gather more services under one roof.

## Examples of investments
- Fittings and shelving for parcel agents and larger parcel volumes
- Safes and till equipment for cash withdrawals and deposits of daily takings
- A medicine fridge and a separate counter for a pharmacy agent
- Backup power so the shop can stay open during long power cuts

## How applications are assessed
The region gives priority to shops far from the nearest alternative and to applications that show cooperation with the municipality or the village association. The support covers at most half of the approved costs.

## Mind the time
Applications must arrive by 15:00 on the last day. Later applications go to the next round, which has no date yet.`,
    },
  },
  {
    key: 'ragunda-hemsandningsbidrag',
    title: 'Hemsändning av dagligvaror i Ragunda kommun – anmälan för butiker',
    summary:
      'Ragunda kommun söker butiker som vill köra hem dagligvaror till hushåll på landsbygden under nästa år. Kommunen betalar ett bidrag per hemsändning och söker i sin tur statlig medfinansiering via regionen.',
    body: `Hemsändning gör det möjligt för äldre och andra som inte kan ta sig till butiken att få sina varor hemkörda. Samtidigt ger det butiken fler kunder och ett stabilare underlag. Ragunda kommun bjuder nu in dagligvarubutiker att anmäla intresse för att köra hemsändning under nästa år.

## Så fungerar det
- Kunden beställer per telefon, sms eller i butikens webbshop
- Butiken plockar och levererar en eller två gånger i veckan enligt en fast turlista
- Kommunen betalar ett bidrag per leverans, och kunden betalar en låg avgift
- Kommunen söker hemsändningsbidrag från Region Jämtland Härjedalen, som delar kostnaden

## Vad kommunen vill veta
Beskriv vilka byar ni kan nå, hur ofta ni kör och hur beställningen går till. Berätta också om ni kan samordna turerna med annan körning, till exempel paket eller apoteksvaror, så att bilen gör nytta på fler sätt.

## Belopp
Bidraget per leverans bestäms i avtalet och beror på avstånd. Kommunen räknar med att teckna avtal med två till fyra butiker.`,
    funder: 'Ragunda kommun',
    opensInDays: -10,
    deadlineInDays: 30,
    eligibleApplicants: ['företag', 'ekonomisk förening'],
    geography: 'län',
    counties: ['23'],
    externalUrl: 'https://ragunda.se',
    serviceAreas: ['dagligvaror', 'vard-och-omsorg'],
    topics: ['hemsändning', 'lanthandel'],
    publishedDaysAgo: 9,
  },
  {
    key: 'leader-fjall-och-skog-service',
    title: 'Leader Fjäll och Skog: service och mötesplatser i byarna',
    summary:
      'Leaderområdet Fjäll och Skog utlyser pengar till lokala projekt som håller kvar eller bygger upp service i byarna, från servicepunkter i bygdegården till samåkning och digitala tjänster.',
    body: `Leader Fjäll och Skog öppnar en temautlysning för projekt som stärker den lokala servicen. Området omfattar inlandskommuner i Jämtlands och Västerbottens län, och styrelsen vill särskilt se idéer som kommer från byarna själva.

## Exempel på projekt
- En servicepunkt i bygdegården med paketutlämning, skrivare och lånedator
- Förstudie om att ta över byns butik som kooperativ
- Samåkningstjänst eller bybil som kompletterar kollektivtrafiken
- Kurser i digitala tjänster för äldre, med byns unga som handledare

## Ekonomi
Projekt kan få mellan 50 000 och 800 000 kronor. Leaderstödet kräver en offentlig medfinansiering, som kommunen ofta står för, och ideellt arbete kan räknas in som en del av projektets finansiering.

## Så går det till
Kontakta verksamhetskontoret innan ni söker. Handläggaren hjälper till att se om idén passar områdets strategi. Ansökan görs i Jordbruksverkets e-tjänst och beslutas sedan av Leaderområdets styrelse.`,
    funder: 'Leader Fjäll och Skog',
    opensInDays: -15,
    deadlineInDays: 60,
    amountMin: 50_000,
    amountMax: 800_000,
    eligibleApplicants: ['ideell förening', 'ekonomisk förening', 'företag', 'kommun'],
    geography: 'län',
    counties: ['23', '24'],
    serviceAreas: ['servicepunkt', 'motesplatser-och-kultur', 'kollektivtrafik-och-mobilitet'],
    topics: ['leader', 'servicepunkt', 'bygdegård'],
    publishedDaysAgo: 15,
  },
  {
    key: 'tillvaxtverket-servicelosningar',
    title: 'Tillväxtverket: utveckla nya servicelösningar på landsbygden',
    summary:
      'Tillväxtverket utlyser medel för projekt som prövar nya sätt att ordna kommersiell och offentlig service i gles- och landsbygd, gärna i samverkan mellan kommun, region och lokala aktörer.',
    body: `Tillväxtverket har ett nationellt ansvar för att stärka tillgången till kommersiell service på landsbygden. I den här utlysningen vill myndigheten finansiera projekt som prövar nya lösningar och som andra sedan kan lära av.

## Vad söker Tillväxtverket?
- Nya sätt att samla service på ett ställe, till exempel i en butik, en bensinstation eller en skola
- Samverkan mellan flera kommuner kring hemsändning, paketlogistik eller kontanthantering
- Lösningar som kombinerar kommersiell service med offentlig service och föreningsliv
- Metoder för att ta in invånarnas behov i kommunala serviceplaner

## Krav
Projektet ska ha en tydlig plan för hur resultaten sprids. Flernivåsamverkan är en fördel: visa gärna att byalag, kommun och region står bakom idén tillsammans. Projekttiden kan vara upp till två år.

## Belopp
Stöd ges från 200 000 till 2 miljoner kronor, och projektet ska medfinansieras med minst en fjärdedel av de totala kostnaderna.`,
    funder: 'Tillväxtverket',
    opensInDays: -25,
    deadlineInDays: 40,
    amountMin: 200_000,
    amountMax: 2_000_000,
    eligibleApplicants: ['kommun', 'region', 'ideell förening', 'ekonomisk förening'],
    geography: 'nationell',
    externalUrl: 'https://tillvaxtverket.se',
    serviceAreas: ['servicepunkt', 'offentlig-service'],
    topics: ['flernivåsamverkan', 'kommunal serviceplan', 'servicepunkt'],
    publishedDaysAgo: 25,
    en: {
      title: 'Tillväxtverket: developing new service solutions in rural areas',
      summary:
        'The Swedish Agency for Economic and Regional Growth funds projects that test new ways of providing commercial and public services in rural areas, preferably with municipalities, regions and local groups working together.',
      body: `Tillväxtverket has a national responsibility for access to commercial services in rural areas. In this call it funds projects that test new solutions others can learn from.

## What is the agency looking for?
- New ways of gathering services in one place, such as a shop, a filling station or a school
- Cooperation between several municipalities on home delivery, parcel logistics or cash handling
- Solutions that combine commercial services with public services and local associations
- Methods for bringing residents' needs into municipal service plans

## Requirements
The project needs a clear plan for spreading its results. Multi-level cooperation counts in its favour: show that the village association, the municipality and the region stand behind the idea together. Projects may run for up to two years.

## Amounts
Grants range from SEK 200,000 to 2 million, and at least a quarter of the total cost must be co-financed.`,
    },
  },
  {
    key: 'pts-bredbandsstod',
    title: 'PTS bredbandsstöd till fiber på landsbygden',
    summary:
      'Post- och telestyrelsen fördelade stöd till utbyggnad av fiber till hushåll och företag som marknaden inte når. Omgången är stängd och besluten väntas inom några månader.',
    body: `Post- och telestyrelsen fördelar statligt stöd till bredbandsutbyggnad i områden där det inte är lönsamt för operatörerna att bygga på egen hand. Årets omgång är nu stängd.

## Vilka kunde söka?
Företag och ekonomiska föreningar som bygger och äger nät, till exempel regionala stadsnät, operatörer och fiberföreningar som har förutsättningar att driva ett nät på lång sikt.

## Vad gällde?
- Stödet gick till adresser som saknar snabbt bredband och där ingen har planer på att bygga inom de närmaste åren
- Sökanden konkurrerade om pengarna, och PTS jämförde hur många adresser som nås per stödkrona
- Regionernas bredbandskoordinatorer hjälpte till att peka ut vilka områden som har störst behov

## Vad händer nu?
PTS går igenom ansökningarna och fattar beslut. För byar som ännu står utan fiber är det värt att hålla kontakt med kommunens bredbandssamordnare och regionens koordinator inför nästa omgång. Nätverket följer frågan och rapporterar när besluten är klara.`,
    funder: 'Post- och telestyrelsen',
    opensInDays: -120,
    deadlineInDays: -40,
    eligibleApplicants: ['företag', 'ekonomisk förening'],
    geography: 'nationell',
    externalUrl: 'https://pts.se',
    serviceAreas: ['bredband-och-digital-service'],
    topics: ['bredband', 'fiber'],
    publishedDaysAgo: 118,
    en: {
      title: 'PTS broadband support for rural fibre',
      summary:
        'The Swedish Post and Telecom Authority distributed support for building fibre to households and businesses the market does not reach. The round is closed and decisions are expected within a few months.',
      body: `The Swedish Post and Telecom Authority (PTS) distributes state support for broadband where it does not pay for operators to build on their own. This year's round is now closed.

## Who could apply?
Companies and cooperatives that build and own networks, such as regional city networks, operators and fibre associations able to run a network in the long term.

## What applied?
- The support went to addresses without fast broadband where nobody plans to build in the next few years
- Applicants competed for the money, and PTS compared how many addresses each krona of support reaches
- The regions' broadband coordinators helped point out where the need is greatest

## What happens now?
PTS reviews the applications and decides. Villages still without fibre should keep in touch with the municipality's broadband coordinator and the region before the next round. The network follows the matter and will report when the decisions are made.`,
    },
  },
  {
    key: 'jordbruksverket-smarta-byar',
    title: 'Jordbruksverket: stöd till samarbete för smarta byar',
    summary:
      'Jordbruksverkets utlysning för samarbetsprojekt där byar använder digital teknik och nya arbetssätt för att behålla service och ta vara på lokala resurser. Utlysningen är stängd.',
    body: `Inom den gemensamma jordbrukspolitiken finns möjligheter att stödja samarbeten på landsbygden. Jordbruksverket har haft en utlysning riktad till byar och bygder som vill arbeta med idén om smarta byar: lokala lösningar där digital teknik och samarbete gör att service och arbetstillfällen kan finnas kvar.

## Vad kunde få stöd?
- Gemensamma digitala plattformar för bokning av lokaler, bilar och tjänster i byn
- Samverkan mellan föreningar, företag och kommun kring en servicepunkt
- Förstudier om lokal energi, till exempel solceller på butikens tak
- Erfarenhetsutbyte mellan byar i olika delar av landet

## Hur gick det?
Utlysningen stängde för några månader sedan och fick fler ansökningar än det fanns pengar. Nätverkets erfarenhet är att ansökningar med tydlig koppling till en kommunal serviceplan eller en lokal utvecklingsplan hade lättare att nå fram.

## Nästa gång
Jordbruksverket har inte meddelat om det blir en ny omgång. Håll koll på ert Leaderområde, som ofta har liknande inriktning.`,
    funder: 'Jordbruksverket',
    opensInDays: -150,
    deadlineInDays: -60,
    deadlineTime: '12:00',
    amountMin: 100_000,
    amountMax: 1_500_000,
    eligibleApplicants: ['ideell förening', 'ekonomisk förening', 'kommun'],
    geography: 'nationell',
    externalUrl: 'https://jordbruksverket.se',
    serviceAreas: ['bredband-och-digital-service', 'servicepunkt'],
    topics: ['smarta byar', 'digitalisering', 'landsbygdsprogrammet'],
    publishedDaysAgo: 148,
  },
  {
    key: 'sparbanksstiftelsen-bygdepotten',
    title: 'Sparbanksstiftelsen Skogsbygden: Bygdepotten för lokal service',
    summary:
      'Sparbanksstiftelsen Skogsbygden delar ut pengar till föreningar i Gävleborg som vill ordna service och mötesplatser i sin by. Ansökan ska vara inne klockan 12.00 sista dagen.',
    body: `Sparbanksstiftelsen Skogsbygden förvaltar överskottet från den gamla sparbanken och delar varje år ut pengar till föreningslivet i bygderna. I år har stiftelsen valt att rikta en del av pengarna till lokal service.

## Vad kan ni söka för?
- Utrustning till bygdegården så att den kan bli servicepunkt, till exempel paketskåp, hjärtstartare eller en publik dator
- Start av en bybil eller samåkningsgrupp
- Insatser som hjälper byns butik att överleva, som en medlemsdag eller en förstudie om kooperativ drift
- Kurser i att betala räkningar och använda e-legitimation för äldre

## Vem kan söka?
Ideella föreningar med säte i stiftelsens verksamhetsområde. Föreningen ska ha stadgar, styrelse och bankkonto. Privatpersoner och företag kan inte söka.

## Belopp och beslut
Bidragen är på 10 000 till 150 000 kronor. Stiftelsens styrelse beslutar inom sex veckor efter sista ansökningsdag. Observera att ansökan ska vara inne senast klockan 12.00.`,
    funder: 'Sparbanksstiftelsen Skogsbygden',
    opensInDays: -5,
    deadlineInDays: 25,
    deadlineTime: '12:00',
    amountMin: 10_000,
    amountMax: 150_000,
    eligibleApplicants: ['ideell förening'],
    geography: 'län',
    counties: ['21'],
    serviceAreas: ['motesplatser-och-kultur', 'servicepunkt'],
    topics: ['bygdegård', 'servicepunkt', 'föreningsliv'],
    publishedDaysAgo: 4,
    en: {
      title: 'Skogsbygden Savings Bank Foundation: the village fund for local services',
      summary:
        'The Skogsbygden Savings Bank Foundation gives grants to associations in Gävleborg that want to provide services and meeting places in their village. Applications must arrive by 12:00 on the last day.',
      body: `The Skogsbygden Savings Bank Foundation manages the surplus of the old savings bank and every year gives money to local associations. This year part of the money goes to local services.

## What can you apply for?
- Equipment that turns the village hall into a service point, such as parcel lockers, a defibrillator or a public computer
- Starting a village car or a car-sharing group
- Efforts that help the village shop survive, such as a members' day or a study of running it as a cooperative
- Courses for older people in paying bills and using e-identification

## Who can apply?
Non-profit associations based in the foundation's area, with statutes, a board and a bank account. Individuals and companies cannot apply.

## Amounts and decisions
Grants range from SEK 10,000 to 150,000. The board decides within six weeks of the deadline. Note that applications must arrive by 12:00.`,
    },
  },
  {
    key: 'ljusdal-bygdepeng',
    title: 'Bygdepeng i Ljusdals kommun',
    summary:
      'Ljusdals kommun fördelar bygdepeng till föreningar som gör något för service, mötesplatser och gemenskap i sin bygd. Bidraget är upp till 30 000 kronor och kan användas fritt inom ramen för föreningens plan.',
    body: `Bygdepengen är kommunens sätt att ge lokala föreningar ett litet men flexibelt tillskott till arbetet i byarna. Pengarna fördelas en gång om året, och kommunen vill att de används till sådant som gör bygden bättre att bo i.

## Exempel från tidigare år
- En byförening köpte in en hjärtstartare och placerade den vid lanthandeln
- En bygdegårdsförening ordnade öppet hus med skattehjälp och genomgång av e-legitimation
- En fiberförening tog fram en karta över vilka hushåll som ännu saknar anslutning
- En idrottsförening startade en samåkningsgrupp till matcher och träningar i centralorten

## Vem kan söka?
Ideella föreningar som är öppna för alla i bygden och har verksamhet utanför centralorten. Varje förening kan få bygdepeng en gång per år.

## Ansökan och redovisning
Ansökan är kort: beskriv vad ni vill göra, vilka som har nytta av det och ungefär vad det kostar. Efter året lämnar ni en enkel redovisning med några rader och kvitton. Kommunens landsbygdsutvecklare svarar gärna på frågor innan ni söker.`,
    funder: 'Ljusdals kommun',
    opensInDays: -40,
    deadlineInDays: 12,
    amountMax: 30_000,
    eligibleApplicants: ['ideell förening'],
    geography: 'län',
    counties: ['21'],
    externalUrl: 'https://ljusdal.se',
    serviceAreas: ['motesplatser-och-kultur', 'servicepunkt'],
    topics: ['bygdepeng', 'föreningsliv'],
    publishedDaysAgo: 40,
  },
  {
    key: 'skane-investeringsstod-kommersiell-service',
    title: 'Investeringsstöd till kommersiell service i Skåne',
    summary:
      'Länsstyrelsen i Skåne län tar emot ansökningar om investeringsstöd till dagligvarubutiker och drivmedelsstationer på landsbygden, med särskilt fokus på energieffektivisering och laddning.',
    body: `Även i ett tätbefolkat län som Skåne finns landsbygd där närmaste butik ligger långt bort, till exempel i de nordöstra skogsbygderna. Länsstyrelsen i Skåne län handlägger stödet till kommersiell service i länet och har nu öppnat för ansökningar om investeringsstöd.

## Prioriteringar i år
- Energieffektiva kyl- och frysmöbler som sänker butikens elkostnader
- Laddstolpar för elbil i anslutning till butiken eller drivmedelsstationen
- Utrustning för att butiken ska kunna fungera vid kris, till exempel reservkraft och kassasystem som klarar avbrott
- Anpassningar för paketombud med ökande volymer

## Villkor
Butiken ska ligga i ett område med svagt kundunderlag och ha betydelse för den lokala servicen. Stödet är högst hälften av de stödberättigande kostnaderna. Länsstyrelsen samråder med kommunen om varje ansökan, så ta gärna kontakt med kommunens näringslivs- eller landsbygdsfunktion tidigt.

## Att bifoga
Offerter, senaste årsbokslut och en kort beskrivning av butikens roll i bygden: öppettider, tjänster och ungefär hur många kunder ni har per vecka.`,
    funder: 'Länsstyrelsen i Skåne län',
    opensInDays: -12,
    deadlineInDays: 50,
    amountMin: 20_000,
    amountMax: 350_000,
    eligibleApplicants: ['företag', 'ekonomisk förening'],
    geography: 'län',
    counties: ['12'],
    externalUrl: 'https://lansstyrelsen.se/skane',
    serviceAreas: ['dagligvaror', 'drivmedel'],
    topics: ['investeringsstöd', 'laddinfrastruktur', 'krisberedskap'],
    publishedDaysAgo: 12,
  },
  {
    key: 'leader-kust-och-sjobygd-mobilitet',
    title: 'Leader Kust och Sjöbygd: resor och transporter i bygden',
    summary:
      'Leaderområdet Kust och Sjöbygd söker projekt som gör det lättare att ta sig till service utan egen bil, som bybilar, samåkning och samordnade varutransporter. Ansökan ska vara inne klockan 15.00.',
    body: `När busslinjer dras in blir det svårare för den som saknar bil att handla, hämta paket eller ta sig till vårdcentralen. Leader Kust och Sjöbygd, som omfattar kust- och inlandsbygder i Kalmar län, har därför en utlysning med inriktning på mobilitet.

## Vad kan få stöd?
- Bybilar och elcyklar som föreningen äger och hyr ut till medlemmarna
- Digitala samåkningstjänster och anslagstavlor för skjuts
- Försök med samordnade transporter där samma bil kör varor, paket och läkemedel
- Förstudier tillsammans med regionens kollektivtrafik om anropsstyrd trafik

## Ekonomi
Projekt kan få från 30 000 till 500 000 kronor. Projektet behöver offentlig medfinansiering, och ideellt arbete värderas enligt Jordbruksverkets schablon.

## Så söker ni
Boka ett samtal med verksamhetskontoret innan ni fyller i ansökan. Ansökan görs digitalt och ska vara inne senast klockan 15.00 sista ansökningsdagen. Styrelsen fattar beslut på sitt nästa möte efter att utlysningen stängt.`,
    funder: 'Leader Kust och Sjöbygd',
    opensInDays: -3,
    deadlineInDays: 35,
    deadlineTime: '15:00',
    amountMin: 30_000,
    amountMax: 500_000,
    eligibleApplicants: ['ideell förening', 'ekonomisk förening', 'företag', 'kommun'],
    geography: 'län',
    counties: ['08'],
    serviceAreas: ['kollektivtrafik-och-mobilitet'],
    topics: ['leader', 'anropsstyrd trafik', 'samåkning'],
    publishedDaysAgo: 3,
  },
  {
    key: 'kalmar-investeringsstod-drivmedel',
    title: 'Investeringsstöd till drivmedelsstationer i Kalmar län',
    summary:
      'Region Kalmar län gav investeringsstöd till obemannade och bemannade drivmedelsstationer på landsbygden, bland annat för nya tankar, betalautomater och förnybara drivmedel. Utlysningen är stängd.',
    body: `Flera drivmedelsstationer på landsbygden i Kalmar län står inför stora investeringar när gamla tankar och pumpar behöver bytas. Region Kalmar län har därför haft en särskild omgång av investeringsstöd riktad till drivmedel.

## Vad omfattades?
- Byte av cisterner och pumpar för att klara miljökrav
- Nya betalautomater som tar kort och mobilbetalning dygnet runt
- Tankar och pumpar för förnybar diesel (HVO)
- Laddstolpar på stationens tomt

## Erfarenheter från omgången
Regionen fick in ansökningar från både privata stationsägare och bygdeägda stationer som drivs av ekonomiska föreningar. Nätverket noterade att flera av de bygdeägda stationerna hade svårt att klara sin egen del av finansieringen, och att det var avgörande med en lokal bank eller kommun som gick in med lån eller borgen.

## Vad händer nu?
Omgången är stängd och besluten är fattade. Regionen räknar med en ny utlysning inom ramen för det regionala serviceprogrammet. Stationer som funderar på att söka kan redan nu ta fram offerter och prata med kommunen om medfinansiering.`,
    funder: 'Region Kalmar län',
    opensInDays: -210,
    deadlineInDays: -100,
    amountMin: 50_000,
    amountMax: 500_000,
    eligibleApplicants: ['företag', 'ekonomisk förening'],
    geography: 'län',
    counties: ['08'],
    externalUrl: 'https://regionkalmar.se',
    serviceAreas: ['drivmedel'],
    topics: ['investeringsstöd', 'drivmedel', 'hvo'],
    publishedDaysAgo: 205,
  },
  {
    key: 'kronoberg-investeringsstod',
    title: 'Investeringsstöd till lanthandlar i Kronobergs län',
    summary:
      'Länsstyrelsen i Kronobergs län delade ut investeringsstöd till dagligvarubutiker i länets skogsbygder. Omgången är stängd; nästa väntas enligt länets regionala serviceprogram.',
    body: `Länsstyrelsen i Kronobergs län ansvarar för stödet till kommersiell service i länet. Den senaste omgången investeringsstöd riktade sig till dagligvarubutiker i skogsbygderna, där avstånden är långa och kundunderlaget litet.

## Vad fick stöd?
- Kyl- och frysmöbler med lägre energiförbrukning
- Ny belysning och styrning av ventilation
- Utrustning för paketombud
- Kameror och larm för butiker som vill ha obemannade öppettider på kvällar

## Lärdomar
Obemannade öppettider var ett nytt inslag i många ansökningar. Länsstyrelsen betonade att butiken fortfarande ska ha bemannade tider och att tjänster som apoteksombud och kontantuttag kräver personal. Flera butiker valde därför en kombination: bemannat dagtid och obemannat kvällar och helger.

## Inför nästa omgång
Butiker som vill söka nästa gång kan redan nu se över elförbrukningen, ta in offerter och kontakta kommunen. Det regionala serviceprogrammet beskriver vilka områden länsstyrelsen prioriterar.`,
    funder: 'Länsstyrelsen i Kronobergs län',
    opensInDays: -180,
    deadlineInDays: -95,
    amountMin: 25_000,
    amountMax: 300_000,
    eligibleApplicants: ['företag', 'ekonomisk förening'],
    geography: 'län',
    counties: ['07'],
    externalUrl: 'https://lansstyrelsen.se/kronoberg',
    serviceAreas: ['dagligvaror'],
    topics: ['investeringsstöd', 'lanthandel', 'obemannad butik'],
    publishedDaysAgo: 178,
  },
  {
    key: 'gotland-hemsandning',
    title: 'Hemsändning av dagligvaror på Gotlands landsbygd',
    summary:
      'Region Gotland upphandlade hemsändning av dagligvaror till hushåll på landsbygden och på Fårö. Avtalen är tecknade och anmälan är stängd.',
    body: `På Gotland är Region Gotland både kommun och region, och ansvarar därför för hemsändning av dagligvaror i hela länet. Regionen bjöd in lanthandlare att anmäla sig för att köra hemsändning under de kommande två åren.

## Så var uppdraget upplagt
- Ön delades in i områden, och varje område skulle ha minst en leverans i veckan
- Butikerna fick ett fast bidrag per leverans, högre för de längsta avstånden
- Kunderna betalar en låg avgift och beställer per telefon eller webb
- Under sommaren, när många fritidshus är bebodda, får butikerna köra extra turer

## Utfall
Fem butiker tecknade avtal och täcker nu hela landsbygden utom ett par områden på norra ön, där regionen söker en lösning tillsammans med en lokal taxi. Nätverket följer hur det går med leveranserna under högsäsong, när butikerna själva har som mest att göra.

## Nästa gång
Avtalen gäller i två år. Butiker som är intresserade av att vara med nästa gång kan anmäla intresse till regionens landsbygdsutvecklare redan nu.`,
    funder: 'Region Gotland',
    opensInDays: -90,
    deadlineInDays: -30,
    eligibleApplicants: ['företag', 'ekonomisk förening'],
    geography: 'län',
    counties: ['09'],
    externalUrl: 'https://gotland.se',
    serviceAreas: ['dagligvaror', 'vard-och-omsorg'],
    topics: ['hemsändning', 'lanthandel', 'säsongsvariation'],
    publishedDaysAgo: 88,
  },
  {
    key: 'tillvaxtverket-kommunala-serviceplaner',
    title: 'Tillväxtverket: stöd för att ta fram och förnya kommunala serviceplaner',
    summary:
      'Tillväxtverket öppnar snart en utlysning för kommuner och regioner som vill ta fram eller förnya sina serviceplaner för landsbygden tillsammans med invånare och lokala grupper.',
    body: `En kommunal serviceplan beskriver hur det ser ut med service på kommunens landsbygd och vad kommunen tänker göra åt det. Många planer är gamla eller skrevs utan att de som bor i byarna var med. Tillväxtverket vill ändra på det och öppnar snart en utlysning riktad till kommuner och regioner.

## Vad kan pengarna gå till?
- Dialogmöten, byvandringar och enkäter med invånare
- Analys av tillgången till service med hjälp av Pipos serviceanalys och egen kartläggning
- Samverkan med grannkommuner kring service som ligger nära kommungränsen
- Tid för en servicesamordnare som håller ihop arbetet

## Villkor
Kommunen ska visa hur lokala utvecklingsgrupper, byalag och näringsliv ska vara med i arbetet. Regioner kan söka för att samordna flera kommuners arbete. Stödet kan vara på 100 000 till 500 000 kronor per kommun.

## Förbered er
Nätverket rekommenderar att kommunen redan nu bjuder in till ett första samtal med byalag och bygderåd om hur arbetet ska läggas upp. En ansökan som bygger på ett sådant samtal blir både bättre och mer trovärdig.`,
    funder: 'Tillväxtverket',
    opensInDays: 35,
    deadlineInDays: 95,
    amountMin: 100_000,
    amountMax: 500_000,
    eligibleApplicants: ['kommun', 'region'],
    geography: 'nationell',
    externalUrl: 'https://tillvaxtverket.se',
    serviceAreas: ['offentlig-service', 'servicepunkt'],
    topics: ['kommunal serviceplan', 'medskapande metoder', 'flernivåsamverkan'],
    publishedDaysAgo: 6,
  },
  {
    key: 'pts-grundlaggande-betaltjanster',
    title: 'PTS: lokala insatser för grundläggande betaltjänster',
    summary:
      'Post- och telestyrelsen öppnar en utlysning för lokala lösningar som gör det möjligt att ta ut kontanter, sätta in dagskassor och betala räkningar på landsbygden.',
    body: `Allt färre bankkontor och uttagsautomater gör det svårare för föreningar, företag och äldre på landsbygden att hantera kontanter. Post- och telestyrelsen har ett ansvar för att följa upp tillgången till grundläggande betaltjänster och öppnar nu en utlysning för lokala insatser.

## Exempel på insatser
- Kontantuttag i kassan hos lanthandeln eller på drivmedelsstationen
- Lösningar för att föreningar och små företag ska kunna sätta in dagskassor utan att åka långt
- Utbildning i digitala betalningar för dem som vill och kan lära sig
- Samverkan mellan butiker om gemensam värdetransport

## Vem kan söka?
Kommuner, föreningar och företag som vill pröva en lösning på en ort där behovet är stort. Ansökan ska visa hur insatsen når de grupper som har svårast att klara sig utan kontanter.

## Viktigt
Utlysningen är inte öppen än. PTS har aviserat att den öppnar inom några veckor. Stödet kan ges upp till 300 000 kronor per projekt.`,
    funder: 'Post- och telestyrelsen',
    opensInDays: 20,
    deadlineInDays: 80,
    amountMax: 300_000,
    eligibleApplicants: ['kommun', 'ideell förening', 'ekonomisk förening', 'företag'],
    geography: 'nationell',
    externalUrl: 'https://pts.se',
    serviceAreas: ['kontanter-och-betaltjanster'],
    topics: ['kontanter', 'grundläggande betaltjänster', 'dagskassor'],
    publishedDaysAgo: 7,
  },
  {
    key: 'vastra-gotaland-laddning-lanthandel',
    title: 'Laddstolpar vid lanthandeln i Västra Götaland',
    summary:
      'Länsstyrelsen i Västra Götalands län öppnar en utlysning om investeringsstöd för laddinfrastruktur vid dagligvarubutiker och drivmedelsstationer på landsbygden.',
    body: `Elbilarna blir fler också på landsbygden, men laddstolparna hamnar oftast vid köpcentrum och stora vägar. För lanthandeln kan en laddstolpe ge nya kunder, särskilt turister och fritidshusägare som stannar och handlar medan bilen laddar.

## Vad kan få stöd?
- Normal- och snabbladdare på butikens eller stationens tomt
- Förstärkning av elanslutningen där det behövs
- Betalsystem som fungerar utan app och med vanligt bankkort
- Skyltning och markarbeten

## Villkor
Stödet riktar sig till butiker och stationer som får stöd till kommersiell service enligt länets regionala serviceprogram, eller som ligger i samma typ av område. Länsstyrelsen ser gärna att butiken samarbetar med kommunen eller ett lokalt elbolag. Stödet är högst hälften av kostnaden och kan kombineras med annat stöd så länge det totala stödet inte blir för högt.

## När?
Utlysningen öppnar om några veckor. Nätverket rekommenderar att ni redan nu kontaktar elnätsbolaget, eftersom besked om anslutningen kan ta tid.`,
    funder: 'Länsstyrelsen i Västra Götalands län',
    opensInDays: 50,
    deadlineInDays: 140,
    amountMin: 30_000,
    amountMax: 250_000,
    eligibleApplicants: ['företag', 'ekonomisk förening'],
    geography: 'län',
    counties: ['14'],
    externalUrl: 'https://lansstyrelsen.se/vastra-gotaland',
    serviceAreas: ['drivmedel', 'dagligvaror'],
    topics: ['laddinfrastruktur', 'investeringsstöd', 'lanthandel'],
    publishedDaysAgo: 2,
  },
  {
    key: 'jamtland-investeringsstod-nasta-omgang',
    title: 'Investeringsstöd till kommersiell service i Jämtlands län, nästa omgång',
    summary:
      'Region Jämtland Härjedalen öppnar nästa omgång av investeringsstöd till butiker och drivmedelsstationer. Regionen vill särskilt se ansökningar som samlar flera tjänster på ett ställe.',
    body: `Region Jämtland Härjedalen har aviserat nästa omgång av investeringsstöd till kommersiell service. Länets regionala serviceprogram pekar ut butiker och drivmedelsstationer som navet i servicen på landsbygden, och stödet ska hjälpa dem att utvecklas.

## Prioriteringar
- Servicepunkter där butiken också är paketombud, apoteksombud och erbjuder kontantuttag
- Investeringar som sänker energikostnaderna
- Anpassningar för turism och säsongsvariationer, till exempel fler kyldiskar för högsäsong
- Drivmedel, inklusive förnybara alternativ och laddning

## Vem kan söka?
Företag och ekonomiska föreningar som driver dagligvarubutik eller drivmedelsstation i gles- eller landsbygd i länet.

## Inför ansökan
Regionen ordnar en informationsträff digitalt innan utlysningen öppnar. Passa på att ställa frågor om vilka kostnader som är stödberättigande. Butiker som fått stöd tidigare måste ha redovisat det förra stödet innan de kan få nytt.`,
    funder: 'Region Jämtland Härjedalen',
    opensInDays: 70,
    deadlineInDays: 150,
    amountMin: 25_000,
    amountMax: 500_000,
    eligibleApplicants: ['företag', 'ekonomisk förening'],
    geography: 'län',
    counties: ['23'],
    externalUrl: 'https://regionjh.se',
    serviceAreas: ['dagligvaror', 'drivmedel', 'servicepunkt'],
    topics: ['investeringsstöd', 'servicepunkt', 'regionalt serviceprogram'],
    publishedDaysAgo: 1,
  },
  {
    key: 'varmland-sarskilt-driftsstod',
    title: 'Särskilt driftsstöd i Värmland för nästa år',
    summary:
      'Region Värmland förbereder årets ansökningsomgång för särskilt driftsstöd till dagligvarubutiker i glest befolkade delar av länet. Utkast inför publicering.',
    body: `Region Värmland förbereder nästa omgång av särskilt driftsstöd. Stödet är ett bidrag till driften av dagligvarubutiker som har långt till närmaste konkurrent och ett litet kundunderlag, men som är avgörande för att det ska gå att bo kvar i bygden.

## Vem kan söka?
Företag och ekonomiska föreningar som driver en butik med dagligvaror i länets glesa delar, till exempel i norra Klarälvdalen och i gränsbygderna mot Norge.

## Vad regionen vill se i ansökan
- Ekonomisk redovisning för de senaste två åren
- Budget för stödåret
- Beskrivning av de tjänster butiken erbjuder utöver dagligvaror
- Ett yttrande från kommunen om butikens betydelse

## Kommunens roll
Kommunen bidrar ofta med en del av stödet. Regionen rekommenderar att butiken tar kontakt med kommunens landsbygdsutvecklare innan ansökan lämnas in, så att kommunens del är klar när regionen fattar beslut.

*Utkast: belopp och datum bekräftas av regionen innan publicering.*`,
    funder: 'Region Värmland',
    opensInDays: 8,
    deadlineInDays: 70,
    eligibleApplicants: ['företag', 'ekonomisk förening'],
    geography: 'län',
    counties: ['17'],
    externalUrl: 'https://regionvarmland.se',
    serviceAreas: ['dagligvaror'],
    topics: ['driftsstöd', 'lanthandel'],
    draft: true,
    publishedDaysAgo: 0,
  },
  {
    key: 'levande-bygder-studieresor',
    title: 'Stiftelsen Levande Bygder: bidrag till studieresor om service',
    summary:
      'Stiftelsen Levande Bygder ger mindre bidrag till byalag och föreningar som vill resa och lära av andra bygder som har löst sin service. Utkast inför publicering.',
    body: `Ett av de bästa sätten att lära sig är att se hur andra har gjort. Stiftelsen Levande Bygder vill göra det lättare för byalag och föreningar att besöka andra bygder som har startat en servicepunkt, tagit över sin butik eller ordnat samåkning.

## Vad kan bidraget täcka?
- Resor och logi för en mindre grupp, högst åtta personer
- Ersättning till värdbygden för deras tid
- Dokumentation av resan, så att fler i bygden kan ta del av lärdomarna

## Villkor
Gruppen ska efter resan berätta om vad den lärt sig, till exempel på ett bymöte eller i Servicekunskapsbanken. Stiftelsen prioriterar grupper som inte har fått bidrag tidigare.

## Belopp
Bidragen är på 5 000 till 50 000 kronor.

*Utkast: stiftelsens styrelse fastställer villkoren innan utlysningen publiceras.*`,
    funder: 'Stiftelsen Levande Bygder',
    opensInDays: 14,
    deadlineInDays: 60,
    amountMin: 5_000,
    amountMax: 50_000,
    eligibleApplicants: ['ideell förening', 'ekonomisk förening'],
    geography: 'nationell',
    serviceAreas: ['servicepunkt', 'motesplatser-och-kultur'],
    topics: ['studieresa', 'kunskapsutbyte'],
    draft: true,
    publishedDaysAgo: 0,
  },
];
