import type { SeedTrendNote } from '../types.ts';

export const trendNotes: SeedTrendNote[] = [
  {
    key: 'paketskap-breder-ut-sig',
    title: 'Paketskåpen breder ut sig, men inte överallt',
    summary:
      'Antalet paketskåp har ökat snabbt i tätorterna. På landsbygden är det fortfarande butikens ombud som gäller, och när paketen flyttar till skåp tappar lanthandeln kunder och ersättning.',
    body: `De senaste åren har paketskåpen blivit en vanlig syn utanför livsmedelsbutiker, bensinstationer och pendelparkeringar. Paketföretagen föredrar skåp framför manuella ombud eftersom de är billigare att driva och öppna dygnet runt.

## Vad betyder det för landsbygden?
- I tätorterna flyttar paketen från butikens disk till skåpet, och ombudsersättningen minskar
- I små orter lönar det sig sällan att ställa upp ett skåp, så där finns ombudet kvar – men med färre paket att dela på om närmaste tätort har fått skåp
- Kunder som förut hämtade paket i byns butik och handlade samtidigt gör nu det i tätorten

## Vad kan man göra?
Några butiker har själva ställt upp ett skåp från ett av paketföretagen och får på så sätt behålla kundflödet. Andra har gått ihop med byalaget om ett neutralt skåp som flera företag kan använda. Kommuner kan ta upp paketlogistiken i sin serviceplan och ställa frågan till paketföretagen om var skåpen placeras.

## Att följa
Post- och telestyrelsen följer utvecklingen på paketmarknaden i sina årliga rapporter. Nätverket samlar exempel på hur butiker har hanterat förändringen.`,
    sourceLinks: [
      { label: 'Post- och telestyrelsen: post- och paketmarknaden', url: 'https://pts.se' },
      { label: 'Tillväxtverket: kommersiell service', url: 'https://tillvaxtverket.se' },
    ],
    region: [],
    serviceAreas: ['post-och-paket', 'dagligvaror'],
    topics: ['paketombud', 'paketskåp', 'lanthandel'],
    publishedDaysAgo: 14,
    en: {
      title: 'Parcel lockers are spreading, but not everywhere',
      summary:
        'Parcel lockers have multiplied in towns. In rural areas the shop counter is still the parcel agent, and when parcels move to lockers the village shop loses customers and fees.',
      body: `In recent years parcel lockers have become a common sight outside supermarkets, filling stations and commuter car parks. Parcel companies prefer lockers to staffed agents because they are cheaper and open around the clock.

## What does it mean for rural areas?
- In towns parcels move from the shop counter to the locker, and agent fees fall
- In small places a locker rarely pays, so the agent stays – but with fewer parcels if the nearest town has lockers
- Customers who used to collect parcels in the village shop and buy groceries at the same time now do so in town

## What can be done?
Some shops have put up a locker from one of the parcel companies and so kept their customers. Others have joined the village association in a neutral locker several companies can use. Municipalities can cover parcel logistics in their service plan and ask the parcel companies where lockers are placed.

## To follow
The Swedish Post and Telecom Authority follows the parcel market in its annual reports. The network collects examples of how shops have handled the change.`,
    },
  },
  {
    key: 'kontantanvandningen-fortsatter-minska',
    title: 'Kontantanvändningen fortsätter att minska – men inte för alla',
    summary:
      'Allt färre betalar med kontanter, och uttagsautomaterna blir färre. För äldre, föreningar och butiker på landsbygden är kontanterna fortfarande viktiga, och avstånden till närmaste insättning växer.',
    body: `Riksbankens undersökningar visar år efter år att en allt mindre andel av befolkningen betalar kontant i butik. Samtidigt minskar antalet uttagsautomater och platser där företag kan sätta in dagskassor.

## Vilka drabbas?
- Äldre som inte använder mobila betalningar eller e-legitimation
- Föreningar som säljer lotter, fika och entréer för kontanter
- Lanthandlare som måste köra långt för att sätta in dagskassan, med både tidsåtgång och säkerhetsrisk
- Besökare från andra länder som inte har svenska betalkort eller appar

## Varför det spelar roll för servicen
När det blir dyrare och krångligare att hantera kontanter väljer en del butiker att sluta ta emot dem. Då försvinner en sista möjlighet för vissa kunder att handla själva. Kontantuttag i kassan har blivit en viktig tjänst som knyter kunder till butiken.

## Vad händer politiskt?
Frågan om kontanternas roll har utretts flera gånger, och regeringen har aviserat åtgärder för att säkra tillgången till kontanter för vissa grupper. Nätverket har lämnat synpunkter och följer hur förslagen tas emot.`,
    sourceLinks: [
      { label: 'Sveriges riksbank: betalningsrapporten', url: 'https://riksbank.se' },
      { label: 'Post- och telestyrelsen: grundläggande betaltjänster', url: 'https://pts.se' },
    ],
    region: [],
    serviceAreas: ['kontanter-och-betaltjanster'],
    topics: ['kontanter', 'grundläggande betaltjänster', 'dagskassor'],
    publishedDaysAgo: 35,
    en: {
      title: 'Cash use keeps falling – but not for everyone',
      summary:
        'Fewer and fewer people pay cash, and cash machines are disappearing. For older people, associations and rural shops cash still matters, and the distance to the nearest deposit point keeps growing.',
      body: `The Riksbank's surveys show year after year that a shrinking share of people pay cash in shops. At the same time the number of cash machines and places where businesses can deposit their takings is falling.

## Who is affected?
- Older people who do not use mobile payments or e-identification
- Associations that sell raffle tickets, coffee and admission for cash
- Village shopkeepers who must drive far to deposit the day's takings, which costs time and carries a security risk
- Visitors from abroad without Swedish cards or apps

## Why it matters for services
When cash becomes more expensive and awkward to handle, some shops stop accepting it. That removes the last way for some customers to shop on their own. Cash withdrawal at the till has become an important service that ties customers to the shop.

## What is happening politically?
The role of cash has been investigated several times, and the government has announced measures to secure access to cash for some groups. The network has submitted its views and follows how the proposals are received.`,
    },
  },
  {
    key: 'apoteksombudens-villkor',
    title: 'Apoteksombuden blir färre när villkoren ändras',
    summary:
      'Flera apoteksombud på landsbygden har lagts ned eller fått ändrade villkor. För butikerna är ombudet ofta en viktig anledning för kunderna att komma in, och för äldre en förutsättning för att få sina läkemedel nära.',
    body: `Apoteksombud finns i butiker och servicepunkter där det inte finns något apotek. Kunden kan lämna recept och hämta ut läkemedel som skickas från ett apotek. Ombuden drivs på uppdrag av apoteksaktörerna, och villkoren bestäms av dem.

## Vad har hänt?
Nätverket har fått signaler från flera län om att ersättningen till ombuden har sänkts eller att ombud har sagts upp. Samtidigt växer e-handeln med läkemedel, och allt fler får sina läkemedel skickade hem eller till ett paketombud.

## Konsekvenser
- Butiken förlorar en tjänst som lockar kunder, ofta äldre som handlar samtidigt
- Kylvaror och läkemedel som kräver rådgivning blir svårare att få tag på
- Den som inte kan beställa digitalt får längre resväg

## Vad kan göras?
Kommuner och regioner kan lyfta apoteksfrågan i de regionala serviceprogrammen och föra dialog med apoteksaktörerna. Tandvårds- och läkemedelsförmånsverket har ett statligt bidrag för apotek i glesbygd, och nätverket har efterfrågat en översyn av hur även ombuden kan säkras. Butiker som vill behålla sitt ombud bör dokumentera hur många som använder tjänsten.`,
    sourceLinks: [
      { label: 'Tandvårds- och läkemedelsförmånsverket', url: 'https://tlv.se' },
      { label: 'Läkemedelsverket', url: 'https://lakemedelsverket.se' },
    ],
    region: [],
    serviceAreas: ['apotek-och-lakemedel', 'dagligvaror'],
    topics: ['apoteksombud', 'lanthandel'],
    publishedDaysAgo: 62,
  },
  {
    key: 'hvo-och-sma-drivmedelsstationer',
    title: 'Förnybar diesel och små drivmedelsstationer',
    summary:
      'Omställningen till förnybara drivmedel ställer små drivmedelsstationer på landsbygden inför dyra val. HVO kan tankas i vanliga dieselbilar, men nya tankar och osäker efterfrågan gör investeringen riskabel.',
    body: `Många bygdeägda och privata drivmedelsstationer på landsbygden har en eller två pumpar och säljer mest bensin och diesel till lokala kunder, jord- och skogsbruk och turister. Omställningen till förnybart märks också här.

## HVO som möjlighet
HVO är en förnybar diesel som kan användas i många dieselmotorer utan ombyggnad. För stationer med lantbrukskunder och åkerier kan det vara ett sätt att behålla kunder som har egna klimatmål.

## Risker för den lilla stationen
- En ny tank eller pump kostar mycket i förhållande till en liten omsättning
- Priset på HVO varierar kraftigt och påverkas av reduktionsplikten, som ändrats flera gånger
- Efterfrågan på landsbygden är svår att förutse

## El och laddning
På sikt kommer fler att ladda hemma. Då kan stationen förlora en del av sin försäljning, men också få nya kunder om den erbjuder snabbladdning för dem som passerar.

## Vad betyder det?
Stationer som söker investeringsstöd bör se investeringen i ett längre perspektiv. Ett samtal med kommunen och större lokala kunder om deras planer kan minska risken.`,
    sourceLinks: [
      { label: 'Energimyndigheten: drivmedel och reduktionsplikt', url: 'https://energimyndigheten.se' },
      { label: 'Tillväxtverket: stöd till kommersiell service', url: 'https://tillvaxtverket.se' },
    ],
    region: [],
    serviceAreas: ['drivmedel'],
    topics: ['drivmedel', 'hvo', 'omställning'],
    publishedDaysAgo: 95,
  },
  {
    key: 'laddinfrastruktur-vid-lanthandeln',
    title: 'Laddstolpar kan bli lanthandelns nya kundmagnet',
    summary:
      'Elbilarna blir fler även på landsbygden, men laddning längs de mindre vägarna saknas ofta. En laddstolpe vid lanthandeln kan ge nya kunder, men elanslutningen är ofta dyrare än väntat.',
    body: `Andelen elbilar ökar i hela landet. I glesbygd går ökningen långsammare, men besökare, fritidshusägare och turister kör allt oftare elbil. Laddstationerna byggs i första hand längs större vägar och i städerna.

## Möjligheten
Den som laddar stannar en stund. En laddstolpe vid lanthandeln kan därför ge fler kunder som passar på att handla, fika eller hämta ett paket. För bygden blir det lättare att ta emot besökare.

## Utmaningarna
- Elnätet räcker inte alltid för snabbladdning, och en förstärkt anslutning kan bli dyr
- Ett fåtal laddningar per dag räcker sällan för att betala investeringen
- Betalsystemen är många och krångliga för kunden

## Stöd att söka
Laddinfrastruktur kan ingå i investeringsstödet till kommersiell service i flera län. Naturvårdsverkets Klimatklivet har också gett stöd till laddning. Trafikverket har ett uppdrag kring laddning längs de stora vägarna, där mindre orter sällan ingår.

## Nätverkets råd
Börja med att fråga elnätsbolaget vad anslutningen kostar, och räkna med normalladdning om elnätet är svagt.`,
    sourceLinks: [
      { label: 'Naturvårdsverket: Klimatklivet', url: 'https://naturvardsverket.se' },
      { label: 'Trafikverket: laddinfrastruktur', url: 'https://trafikverket.se' },
    ],
    region: [],
    serviceAreas: ['drivmedel', 'dagligvaror'],
    topics: ['laddinfrastruktur', 'lanthandel'],
    publishedDaysAgo: 48,
  },
  {
    key: 'postutdelning-varannan-dag',
    title: 'Postutdelning varannan dag – vad har det betytt för landsbygden?',
    summary:
      'Sedan breven delas ut varannan vardag har landsbygdens hushåll fått vänja sig vid längre väntan. För tidningar, fakturor och kallelser märks förändringen mest där det inte finns bra bredband.',
    body: `Brevvolymerna har minskat kraftigt i många år, och postlagen ändrades för att tillåta utdelning varannan vardag. Post- och telestyrelsen följer hur den samhällsomfattande posttjänsten fungerar.

## Vad har förändrats?
- Brev och tidningar kommer mer sällan, vilket påverkar den som fortfarande får fakturor och kallelser på papper
- Många lokaltidningar har byggt upp egen utdelning eller gått över till digital utgivning
- Lantbrevbärarna, som förr också kunde ta med varor och tjänster, kör andra rutter än tidigare

## Landsbygden särskilt utsatt
Det är på landsbygden som andelen äldre är störst och bredbandet ofta sämst. När posten kommer mer sällan och den digitala vägen inte fungerar blir hushållen mer utsatta. Dessutom har flera lokala ombud för brev och paket försvunnit.

## Att bevaka
PTS rapporterar regelbundet om kvaliteten i postutdelningen och om klagomål. Nätverket vill att uppföljningen också visar skillnaderna mellan tätort och landsbygd, och inte bara genomsnitt för hela landet.`,
    sourceLinks: [
      { label: 'Post- och telestyrelsen: posttjänsten', url: 'https://pts.se' },
      { label: 'Regeringen: postlagen', url: 'https://regeringen.se' },
    ],
    region: [],
    serviceAreas: ['post-och-paket'],
    topics: ['post', 'postutdelning'],
    publishedDaysAgo: 180,
  },
  {
    key: 'statliga-servicekontor-byggs-ut',
    title: 'Statliga servicekontor öppnar på fler orter',
    summary:
      'Statens servicecenter har öppnat servicekontor på fler mindre orter. Där kan invånare få hjälp med ärenden hos flera myndigheter, men för många i byarna är avståndet fortfarande långt.',
    body: `Statens servicecenter driver lokala servicekontor där invånare kan få hjälp med ärenden hos bland annat Försäkringskassan, Skatteverket och Pensionsmyndigheten. Under senare år har kontor öppnats på fler mindre orter, ofta i inlandskommuner.

## Vad betyder det?
- För den som bor i centralorten blir det lättare att få personlig hjälp
- För den som bor i byarna kan avståndet till kontoret fortfarande vara flera mil
- Kommunerna får en ny aktör att samverka med, till exempel i medborgarkontor

## Möjligheter för servicepunkter
Flera kommuner och byar har börjat pröva att servicekontoret gör besök i byarna eller att invånarna kan få hjälp digitalt via en skärm i bygdegården eller butiken. Det förutsätter att servicepunkten har bra uppkoppling och en lokal person som kan hjälpa till.

## Vad nätverket följer
Vi följer var nya kontor öppnar och hur samarbetet med kommunala servicepunkter utvecklas. Kommuner som vill ha ett kontor bör ta upp behovet i sin serviceplan och i dialog med regionen.`,
    sourceLinks: [
      { label: 'Statens servicecenter: servicekontor', url: 'https://statenssc.se' },
      { label: 'Sveriges Kommuner och Regioner', url: 'https://skr.se' },
    ],
    region: [],
    serviceAreas: ['offentlig-service', 'servicepunkt'],
    topics: ['statliga servicekontor', 'servicepunkt'],
    publishedDaysAgo: 130,
  },
  {
    key: 'befolkningsutveckling-norrlands-inland',
    title: 'Befolkningen i Norrlands inland minskar och blir äldre',
    summary:
      'SCB:s befolkningsstatistik visar att många inlandskommuner i norr fortsätter att minska och få en äldre befolkning. Det påverkar kundunderlaget för butiker och behovet av hemsändning och färdtjänst.',
    body: `Befolkningsstatistiken från SCB visar ett välbekant mönster: i de flesta inlandskommuner i Västerbottens, Norrbottens och Jämtlands län föds färre än det dör, och utflyttningen av unga är större än inflyttningen. Samtidigt har vissa kommuner ökat tillfälligt på grund av stora industrisatsningar vid kusten.

## Vad betyder det för servicen?
- Färre kunder per butik gör det svårare att hålla öppet med fullt sortiment
- Fler äldre ökar behovet av hemsändning, apoteksombud och anropsstyrd trafik
- Kommunernas skatteunderlag krymper, vilket kan leda till neddragningar i skola, vård och kollektivtrafik

## Nyanser
Bilden är inte enhetlig. Fritidshusägare, säsongsarbetare och turister ger vissa byar ett betydligt större kundunderlag under delar av året. Några byar har också fått inflyttning av barnfamiljer som arbetar på distans.

## Vad kan man göra?
Den kommunala serviceplanen bör bygga på aktuell statistik per by, inte bara på kommunens siffror. SCB:s statistik på tätorts- och småortsnivå och Tillväxtverkets analysverktyg kan hjälpa till att se var servicen riskerar att försvinna först.`,
    sourceLinks: [
      { label: 'SCB: befolkningsstatistik', url: 'https://scb.se' },
      { label: 'Tillväxtverket: regional analys', url: 'https://tillvaxtverket.se' },
    ],
    region: ['23', '24', '25'],
    serviceAreas: ['dagligvaror', 'vard-och-omsorg', 'offentlig-service'],
    topics: ['befolkningsutveckling', 'kommunal serviceplan', 'hemsändning'],
    publishedDaysAgo: 210,
    en: {
      title: "The population of Norrland's interior is shrinking and ageing",
      summary:
        "Statistics Sweden's population figures show many inland municipalities in the north still shrinking and ageing. That affects the customer base of shops and the need for home delivery and transport services.",
      body: `Population statistics from Statistics Sweden (SCB) show a familiar pattern: in most inland municipalities of Västerbotten, Norrbotten and Jämtland, deaths outnumber births and more young people move out than in. At the same time some municipalities have grown temporarily thanks to large industrial projects on the coast.

## What does it mean for services?
- Fewer customers per shop make it harder to stay open with a full range
- More older people increase the need for home delivery, pharmacy agents and demand-responsive transport
- Municipal tax bases shrink, which can lead to cuts in schools, care and public transport

## Nuances
The picture is not uniform. Second-home owners, seasonal workers and tourists give some villages a much larger customer base for part of the year. A few villages have also gained families who work remotely.

## What can be done?
A municipal service plan should rest on current figures per village, not only the municipality's totals. SCB's statistics for urban and small localities and Tillväxtverket's analysis tools help show where services risk disappearing first.`,
    },
  },
  {
    key: 'e-handel-med-dagligvaror',
    title: 'E-handeln med dagligvaror når landsbygden',
    summary:
      'Allt fler handlar mat på nätet, och de stora kedjorna levererar nu även till mindre orter. Det ger bekvämlighet för hushållen men kan ta kunder från lanthandeln, som ofta lever på marginalerna.',
    body: `E-handeln med dagligvaror växte kraftigt under pandemin och har sedan stabiliserats på en högre nivå än tidigare. De stora aktörerna bygger ut hemleverans och upphämtning, och allt fler postnummer på landsbygden ingår i leveransområdena.

## Möjligheter
- Hushåll långt från butik kan få varor levererade utan att köra själva
- Lanthandlare kan själva erbjuda beställning på nätet och hemsändning, ibland med stöd från kommunen
- Butiken kan bli utlämningsställe för en större aktörs matkassar och få ersättning för det

## Risker
Den som köper sin storhandel på nätet handlar ofta bara kompletteringsköp i den lokala butiken. För en butik med små marginaler kan några procents tapp i försäljning avgöra om den går runt. Kommunens hemsändningsbidrag kan också hamna i konkurrens med kommersiell hemleverans.

## Vad nätverket ser
De butiker som klarar sig bäst verkar vara de som själva har tagit upp e-handeln, till exempel med en enkel beställningssida och fasta leveransdagar. Att samarbeta med byalaget om en gemensam hämtpunkt kan också hjälpa.`,
    sourceLinks: [
      { label: 'Svensk Handel: e-handelns utveckling', url: 'https://svenskhandel.se' },
      { label: 'Tillväxtverket: kommersiell service på landsbygden', url: 'https://tillvaxtverket.se' },
    ],
    region: [],
    serviceAreas: ['dagligvaror'],
    topics: ['e-handel', 'lanthandel', 'hemsändning'],
    publishedDaysAgo: 75,
  },
  {
    key: 'obemannade-butiker',
    title: 'Obemannade butiker – räddning eller risk för byn?',
    summary:
      'Allt fler småbutiker på landsbygden har obemannade öppettider med kodlås och självscanning. Det kan hålla butiken öppen längre, men tjänster som kräver personal riskerar att försvinna.',
    body: `Med digitala lås, kameror och självscanning kan en butik vara öppen tidigt på morgonen och sent på kvällen utan att någon står i kassan. Flera lanthandlare har infört obemannade tider, och några nya butiker drivs helt utan personal.

## Fördelar
- Längre öppettider utan högre personalkostnad
- Butiken kan överleva på orter där kundunderlaget inte räcker för bemanning hela dagen
- Kunderna kan handla när det passar dem, till exempel efter ett sent skift

## Nackdelar
- Tjänster som apoteksombud, kontantuttag, spel och vissa paket kräver personal
- Den som saknar smart telefon eller e-legitimation kan stängas ute
- Butiken blir mindre av en mötesplats när ingen finns där att prata med

## Regler och villkor
Reglerna för försäljning av till exempel receptfria läkemedel, tobak och folköl i obemannade butiker har varit föremål för diskussion och förändring. Stödgivare har börjat ställa krav på bemannade tider för att en butik ska få stöd till kommersiell service.

## Nätverkets syn
En kombination av bemannat och obemannat tycks fungera bäst. Då kan butiken både hålla öppet länge och fortsätta vara en servicepunkt.`,
    sourceLinks: [
      { label: 'Tillväxtverket', url: 'https://tillvaxtverket.se' },
      { label: 'Regeringen: regelförenkling för handeln', url: 'https://regeringen.se' },
    ],
    region: [],
    serviceAreas: ['dagligvaror', 'servicepunkt'],
    topics: ['obemannad butik', 'lanthandel', 'digitalisering'],
    publishedDaysAgo: 110,
  },
  {
    key: 'krisberedskap-och-kontanter',
    title: 'Krisberedskap ger kontanterna en ny roll',
    summary:
      'I arbetet med totalförsvar och krisberedskap lyfts kontanter som en reserv när digitala betalningar inte fungerar. Lanthandeln och drivmedelsstationen blir viktiga platser om elen eller näten går ner.',
    body: `Myndigheternas råd till hushållen om krisberedskap innehåller numera rådet att ha en mindre summa kontanter hemma. Bakgrunden är att kortbetalningar och mobila betalningar inte fungerar vid längre strömavbrott eller störningar i näten.

## Vad betyder det för landsbygden?
- Lanthandeln och drivmedelsstationen kan bli en av få platser där det går att få mat och bränsle under en kris
- Butiker som kan ta betalt kontant och har reservkraft blir särskilt viktiga
- Kommunernas krisplaner behöver omfatta den kommersiella servicen, inte bara kommunens egna verksamheter

## Exempel på åtgärder
Några kommuner har tecknat överenskommelser med lanthandlare om att butiken ska hållas öppen vid kris, och bidragit till reservkraft. Flera regioner tar upp beredskap i sina regionala serviceprogram och prioriterar investeringsstöd till reservkraft.

## Att bevaka
Riksbanken har betonat behovet av att kontanter fortsatt ska kunna användas. Nätverket följer hur förslagen om kontanttjänster och beredskap utvecklas och hur de når de minsta butikerna.`,
    sourceLinks: [
      { label: 'Sveriges riksbank: kontanter och beredskap', url: 'https://riksbank.se' },
      { label: 'Krisinformation.se', url: 'https://krisinformation.se' },
    ],
    region: [],
    serviceAreas: ['kontanter-och-betaltjanster', 'dagligvaror', 'drivmedel'],
    topics: ['krisberedskap', 'kontanter', 'reservkraft'],
    publishedDaysAgo: 28,
    en: {
      title: 'Crisis preparedness gives cash a new role',
      summary:
        'In civil defence and emergency planning, cash is seen as a backup when digital payments fail. The village shop and the filling station become important places if power or networks go down.',
      body: `The authorities' advice to households on preparedness now includes keeping a small amount of cash at home. The reason is that card and mobile payments do not work during long power cuts or network disruptions.

## What does it mean for rural areas?
- The village shop and the filling station may be among the few places to get food and fuel in a crisis
- Shops that can take cash and have backup power become especially important
- Municipal emergency plans need to cover commercial services, not only the municipality's own operations

## Examples of measures
Some municipalities have agreed with village shopkeepers that the shop stays open in a crisis, and have contributed to backup power. Several regions cover preparedness in their regional service programmes and give priority to investment support for backup power.

## To watch
The Riksbank has stressed that cash must remain usable. The network follows how proposals on cash services and preparedness develop and how they reach the smallest shops.`,
    },
  },
  {
    key: 'kollektivtrafik-neddragningar-varmland',
    title: 'Neddragningar i kollektivtrafiken i Värmland',
    summary:
      'Flera landsbygdslinjer i Värmland har fått färre turer när kostnaderna stiger. För dem utan bil blir det svårare att nå butik, vårdcentral och apotek, och intresset för anropsstyrd trafik och samåkning ökar.',
    body: `Stigande kostnader för drivmedel, fordon och personal har fått flera regioner att se över sin kollektivtrafik. I Värmland har ett antal landsbygdslinjer fått färre turer, och några har ersatts av anropsstyrd trafik som måste bokas i förväg.

## Konsekvenser
- Äldre och unga utan körkort får svårare att ta sig till service i centralorten
- Butiker i byarna kan få fler kunder när resan till centralorten blir krångligare, men bara om de har ett brett sortiment
- Skolskjutsar och färdtjänst blir viktigare, och kommunerna får större kostnader

## Anropsstyrd trafik
Anropsstyrd trafik kan ge bättre täckning än glesa busslinjer, men den förutsätter att resenären kan boka i förväg. Erfarenheter från andra län visar att tjänsten blir mer använd när det går att boka per telefon och när bilen kan hämta vid dörren.

## Vad bygderna gör
Flera byalag har startat samåkningsgrupper och bybilar. Nätverket i Värmland har bett regionen om en dialog om hur kollektivtrafiken och den kommersiella servicen kan planeras tillsammans.`,
    sourceLinks: [
      { label: 'Region Värmland: kollektivtrafik', url: 'https://regionvarmland.se' },
      { label: 'Trafikanalys: statistik om kollektivtrafik', url: 'https://trafa.se' },
    ],
    region: ['17'],
    serviceAreas: ['kollektivtrafik-och-mobilitet'],
    topics: ['kollektivtrafik', 'anropsstyrd trafik', 'samåkning'],
    publishedDaysAgo: 40,
  },
  {
    key: 'mobiltackning-pa-landsbygden',
    title: 'Mobiltäckningen är fortfarande ojämn',
    summary:
      'PTS mätningar visar att täckningen har blivit bättre längs vägarna, men i skog, dalgångar och inne i hus på landsbygden är den ofta svag. För betalterminaler, larm och trygghetstelefoner är det ett problem.',
    body: `Post- och telestyrelsen kartlägger varje år mobiltäckningen i landet. Täckningen för tal och data har förbättrats, särskilt längs större vägar och järnvägar. Men den som bor i en dalgång eller långt in i skogen märker ofta inte mycket av förbättringen.

## Varför spelar det roll för servicen?
- Betalterminaler i butiker och vid drivmedelsautomater går ofta över mobilnätet
- Trygghetslarm och hemtjänstens digitala verktyg kräver täckning inne i bostaden
- Nedläggningen av det gamla kopparnätet gör att fler blir beroende av mobilt bredband

## Kartläggning och verklighet
Täckningskartor bygger på beräkningar och visar inte alltid hur det fungerar i praktiken. Flera byalag har gjort egna mätningar med mobilappar och lämnat resultaten till kommunen och operatörerna.

## Vad kan man göra?
Kommuner kan ta upp mobiltäckning i sin serviceplan och bredbandsstrategi. Det finns exempel på att kommuner och byar har upplåtit mark eller master till operatörerna för att förbättra täckningen. Nätverket efterlyser att kraven på täckning i frekvensauktioner tar mer hänsyn till glesbygden.`,
    sourceLinks: [
      { label: 'Post- och telestyrelsen: mobiltäckning', url: 'https://pts.se' },
      { label: 'Regeringen: digital infrastruktur', url: 'https://regeringen.se' },
    ],
    region: [],
    serviceAreas: ['bredband-och-digital-service'],
    topics: ['mobiltäckning', 'bredband'],
    publishedDaysAgo: 155,
  },
  {
    key: 'kopparnatet-avvecklas',
    title: 'Kopparnätet avvecklas och fibern blir nödvändig',
    summary:
      'Det gamla telenätet i koppar monteras ner i hela landet. Hushåll och butiker som inte har fiber måste gå över till mobila lösningar, vilket kan bli ett problem där mobiltäckningen är svag.',
    body: `Telia har under flera år avvecklat det gamla kopparnätet som en gång bar både telefoni och de första bredbandsuppkopplingarna. Avvecklingen går nu in i sina sista faser, och det är framför allt på landsbygden som de sista kopparledningarna finns kvar.

## Vad betyder det?
- Fast telefoni ersätts av mobil telefoni eller telefoni över fiber
- Larm, hissar och betalterminaler som går över kopparnätet måste bytas ut
- Hushåll som saknar fiber blir helt beroende av mobilnätet

## Särskilt utsatta
Äldre som har trygghetslarm och fast telefon behöver hjälp med övergången. Butiker på landsbygden som har haft betalterminaler och larm kopplade till kopparnätet behöver planera bytet i tid. Fritidshusområden saknar ofta fiber helt.

## Vad har hänt med fibern?
Många byar har byggt egna fibernät genom fiberföreningar, ofta med stöd. Men det finns fortfarande hushåll och företag som står utan fiber, och statens bredbandsstöd räcker inte till alla. Post- och telestyrelsen följer avvecklingen och har ställt krav på information till berörda kunder.

## Nätverkets råd
Kontrollera tidigt vilka av bygdens larm och system som går över koppar, och prata med kommunen om hjälp till äldre.`,
    sourceLinks: [
      { label: 'Post- och telestyrelsen: när kopparnätet avvecklas', url: 'https://pts.se' },
      { label: 'Post- och telestyrelsen: bredbandskartläggning', url: 'https://pts.se' },
    ],
    region: [],
    serviceAreas: ['bredband-och-digital-service'],
    topics: ['bredband', 'fiber', 'kopparnätet'],
    publishedDaysAgo: 260,
  },
  {
    key: 'scb-tatorter-och-smaorter',
    title: 'Vad SCB:s statistik om tätorter och småorter säger om servicen',
    summary:
      'SCB:s indelning i tätorter och småorter ger en bild av var människor bor på landsbygden. Statistiken är användbar för serviceplaner, men missar fritidshusägare och de som bor helt utanför orterna.',
    body: `SCB avgränsar regelbundet tätorter, med minst 200 invånare, och småorter, med 50 till 199 invånare. Mellan dem och utanför dem bor en stor del av landsbygdens befolkning i spridd bebyggelse.

## Varför är statistiken viktig?
- Den visar vilka orter som växer och krymper
- Den kan kopplas ihop med avstånd till närmaste butik, apotek och drivmedelsstation
- Den gör det möjligt att jämföra kommuner och län

## Begränsningar
Statistiken bygger på folkbokföringen. Fritidshusägare, som kan vara många i kust- och fjällkommuner, syns inte. Inte heller säsongsarbetare eller turister. En butik som har tio gånger fler kunder på sommaren än på vintern syns inte i statistiken som något särskilt.

## Tips till kommunen
Komplettera SCB:s siffror med egna uppgifter om fritidshus, besöksnäring och pendling. Prata med byalagen: de vet ofta hur många som faktiskt bor i byn året runt. Då blir serviceplanen mer träffsäker.

## Nytt i statistiken
SCB publicerar nu också statistik på finare geografisk nivå, som gör det lättare att följa enskilda byar över tid.`,
    sourceLinks: [
      { label: 'SCB: tätorter och småorter', url: 'https://scb.se' },
      { label: 'SCB: statistikdatabasen', url: 'https://scb.se' },
    ],
    region: [],
    serviceAreas: ['offentlig-service'],
    topics: ['statistik', 'kommunal serviceplan'],
    publishedDaysAgo: 300,
  },
  {
    key: 'serviceanalysen-uppdateras',
    title: 'Tillväxtverkets serviceanalys visar var avstånden växer',
    summary:
      'Med Pipos serviceanalys kan kommuner och regioner se hur långt invånarna har till dagligvaror, drivmedel, apotek och kontantuttag. Nya data visar att avstånden har ökat i flera inlandskommuner.',
    body: `Pipos serviceanalys är ett verktyg som Tillväxtverket tillhandahåller för kommuner och regioner. Det visar var olika typer av service finns och hur långt befolkningen har till den: dagligvarubutiker, drivmedelsstationer, post- och paketombud, apotek och apoteksombud samt kontantuttag.

## Vad visar den senaste uppdateringen?
- Avstånden till kontantuttag och apotek har ökat i flera inlandskommuner
- Antalet dagligvarubutiker på landsbygden är ungefär oförändrat, men flera har minskat sina öppettider
- Drivmedelsstationer har lagts ned på några orter där det nu är flera mil till närmaste station

## Så kan analysen användas
Serviceanalysen är ett bra underlag för den kommunala serviceplanen och det regionala serviceprogrammet. Den kan visa vilka butiker som är särskilt viktiga för att många ska nå service inom rimligt avstånd, och därför bör prioriteras för stöd.

## Begränsningar
Analysen visar var servicen finns, inte hur bra den är. Öppettider, sortiment och tillgänglighet behöver samlas in på andra sätt, till exempel genom att fråga byalagen.`,
    sourceLinks: [
      { label: 'Tillväxtverket: Pipos serviceanalys', url: 'https://tillvaxtverket.se' },
      { label: 'SCB: befolkning per område', url: 'https://scb.se' },
    ],
    region: [],
    serviceAreas: ['dagligvaror', 'drivmedel', 'apotek-och-lakemedel', 'kontanter-och-betaltjanster'],
    topics: ['serviceanalys', 'regionalt serviceprogram', 'kommunal serviceplan'],
    publishedDaysAgo: 70,
    en: {
      title: "Tillväxtverket's service analysis shows where distances are growing",
      summary:
        'With the Pipos service analysis, municipalities and regions can see how far residents have to groceries, fuel, pharmacies and cash withdrawal. New data show distances have grown in several inland municipalities.',
      body: `The Pipos service analysis is a tool that Tillväxtverket provides for municipalities and regions. It shows where different services are and how far people have to them: grocery stores, filling stations, postal and parcel agents, pharmacies and pharmacy agents, and cash withdrawal.

## What does the latest update show?
- Distances to cash withdrawal and pharmacies have grown in several inland municipalities
- The number of rural grocery stores is about the same, but several have cut their opening hours
- Filling stations have closed in a few places, where the nearest station is now tens of kilometres away

## How the analysis can be used
The service analysis is a good basis for the municipal service plan and the regional service programme. It can show which shops matter most for many people to reach services within a reasonable distance and should therefore get priority for support.

## Limits
The analysis shows where services are, not how good they are. Opening hours, range and accessibility must be gathered in other ways, for example by asking village associations.`,
    },
  },
  {
    key: 'nytt-regionalt-serviceprogram-jamtland',
    title: 'Nytt regionalt serviceprogram i Jämtlands län',
    summary:
      'Region Jämtland Härjedalen har tagit fram ett nytt regionalt serviceprogram. Programmet lyfter servicepunkter och samverkan med kommunerna, och ger länets byar nya möjligheter att påverka.',
    body: `Alla län ska ha ett regionalt serviceprogram som beskriver hur tillgången till kommersiell och offentlig service ska säkras. Region Jämtland Härjedalen har nu beslutat om ett nytt program för de kommande åren.

## Nyheter i programmet
- Servicepunkter i butiker och bygdegårdar lyfts fram som en viktig lösning
- Regionen vill att alla kommuner i länet har en aktuell serviceplan
- Samverkan med besöksnäringen betonas, eftersom turismen ger underlag för service i fjällbyarna
- Krisberedskap finns med som ett eget område

## Hur togs programmet fram?
Regionen höll dialogmöten i flera kommuner, och nätverkets länsavdelning var med och samlade in synpunkter från byalag och handlare. En del av synpunkterna har tagits med, till exempel om behovet av bättre samordning av hemsändning.

## Vad händer nu?
Programmet ska följas upp varje år. För byarna är det viktigt att bevaka att målen också följs av pengar och att kommunerna faktiskt tar fram sina serviceplaner.`,
    sourceLinks: [
      { label: 'Region Jämtland Härjedalen: regionalt serviceprogram', url: 'https://regionjh.se' },
      { label: 'Tillväxtverket: regionala serviceprogram', url: 'https://tillvaxtverket.se' },
    ],
    region: ['23'],
    serviceAreas: ['servicepunkt', 'offentlig-service'],
    topics: ['regionalt serviceprogram', 'flernivåsamverkan', 'servicepunkt'],
    publishedDaysAgo: 20,
  },
  {
    key: 'drivmedelsstationer-stanger-vasternorrland',
    title: 'Drivmedelsstationer stänger i Västernorrlands inland',
    summary:
      'Flera små drivmedelsstationer i Västernorrlands inland har stängt eller hotas av nedläggning. För skogsbruk, hemtjänst och boende kan avståndet till närmaste mack bli flera mil.',
    body: `Under det senaste året har flera små drivmedelsstationer i Västernorrlands inland meddelat att de stänger. Orsakerna är ofta desamma: gamla tankar som måste bytas, minskade volymer och svårigheter att hitta någon som tar över.

## Varför är det allvarligt?
- Skogsbruket, lantbruket och åkerierna behöver tanka nära sitt arbete
- Hemtjänst och andra kommunala verksamheter kör långa sträckor varje dag
- Besökare och fritidshusägare väljer bort platser där det är långt till närmaste station

## Exempel på lösningar
I några byar har en ekonomisk förening tagit över stationen och drivit den med en obemannad automat. Andra har sökt investeringsstöd för att byta tankar och pumpar. I ett fall har kommunen gått in med ett lån till föreningen för att säkra stationen.

## Vad behövs?
Nätverket i Västernorrland har bett regionen att i det regionala serviceprogrammet ta fram en bild av vilka stationer som är mest kritiska, och att prioritera dem. Kommunerna bör samtidigt ta med drivmedel i sina serviceplaner, eftersom det ofta glöms bort.`,
    sourceLinks: [
      { label: 'Region Västernorrland', url: 'https://rvn.se' },
      { label: 'Tillväxtverket: stöd till kommersiell service', url: 'https://tillvaxtverket.se' },
    ],
    region: ['22'],
    serviceAreas: ['drivmedel'],
    topics: ['drivmedel', 'investeringsstöd', 'regionalt serviceprogram'],
    publishedDaysAgo: 145,
  },
  {
    key: 'gotland-sasongsvariation',
    title: 'Säsongen styr servicen på Gotlands landsbygd',
    summary:
      'På Gotland mångdubblas kundunderlaget under sommaren, medan vintern är mycket lugn. Butikerna måste klara både toppen och dalen, och det ställer andra krav på stöd och planering.',
    body: `Gotland har en stor andel fritidshus och ett intensivt sommarhalvår. För lanthandlarna på landsbygden innebär det att omsättningen under några sommarveckor kan vara större än under hela vinterhalvåret.

## Utmaningar
- Det är svårt att rekrytera personal bara för sommaren, särskilt när bostäder saknas
- På vintern räcker kundunderlaget knappt för att hålla öppet med fullt sortiment
- Kyldiskar och lager måste dimensioneras för toppen men står halvtomma resten av året

## Vad betyder det för stöden?
Driftsstöd och investeringsstöd bedöms ofta utifrån årets totala siffror, vilket kan ge en missvisande bild av butikens läge under vintern. Region Gotland har i sitt serviceprogram lyft behovet av att ta hänsyn till säsongsvariationer.

## Exempel på lösningar
Några butiker har kortare öppettider på vintern och kompletterar med hemsändning. Andra samarbetar med den lokala bygdegården om aktiviteter som lockar åretruntboende. Regionens upphandling av hemsändning tar också hänsyn till att behovet skiljer sig mellan årstiderna.`,
    sourceLinks: [
      { label: 'Region Gotland: landsbygdsutveckling', url: 'https://gotland.se' },
      { label: 'SCB: fritidshus per kommun', url: 'https://scb.se' },
    ],
    region: ['09'],
    serviceAreas: ['dagligvaror'],
    topics: ['säsongsvariation', 'lanthandel', 'hemsändning'],
    publishedDaysAgo: 230,
  },
  {
    key: 'elpriser-pressar-butikerna',
    title: 'Höga elpriser pressar butikernas marginaler',
    summary:
      'Elkostnaden är en stor post för lanthandeln, som har många kyl- och frysdiskar. Prissvängningarna i södra Sverige har varit särskilt stora och gjort energieffektivisering till en överlevnadsfråga.',
    body: `En dagligvarubutik har många kyl- och frysmöbler som går dygnet runt. För en liten lanthandel kan elen vara en av de största kostnaderna efter personal och varuinköp. När elpriserna svänger kraftigt slår det direkt mot resultatet.

## Skillnader i landet
I elområdena i södra Sverige har priserna varit betydligt högre och mer svängiga än i norr. Butiker i Kronobergs, Kalmar och Skåne län har därför drabbats hårdare än butiker i Norrland.

## Vad gör butikerna?
- Byter till kyl- och frysmöbler med lock och dörrar
- Installerar värmeåtervinning från kylaggregaten
- Sätter solceller på taket, ibland tillsammans med byalaget
- Ser över elavtalet och väljer bort de mest rörliga avtalen

## Stöd
Energieffektivisering är en av de vanligaste orsakerna till investeringsstöd till kommersiell service. Energimyndigheten och regionernas energikontor erbjuder rådgivning, ofta kostnadsfritt.

## Nätverkets syn
Energieffektivisering är ofta den investering som ger snabbast effekt på butikens ekonomi. Vi vill att stödgivarna prioriterar den och att ansökningarna görs enkla för små butiker.`,
    sourceLinks: [
      { label: 'Energimyndigheten: energieffektivisering i handeln', url: 'https://energimyndigheten.se' },
      { label: 'Tillväxtverket: investeringsstöd', url: 'https://tillvaxtverket.se' },
    ],
    region: ['07', '08', '12'],
    serviceAreas: ['dagligvaror'],
    topics: ['energi', 'investeringsstöd', 'lanthandel'],
    publishedDaysAgo: 385,
  },
  {
    key: 'kommunernas-ekonomi-och-serviceplaner',
    title: 'Kommunernas ekonomi sätter press på serviceplanerna',
    summary:
      'Många landsbygdskommuner räknar med underskott de kommande åren. Det riskerar att minska kommunernas bidrag till hemsändning och driftsstöd, och att serviceplanerna skjuts upp. Utkast.',
    body: `Sveriges Kommuner och Regioner har i sina prognoser varnat för att många kommuner går mot ekonomiskt tuffare år. Det gäller särskilt kommuner med minskande och åldrande befolkning, där kostnaderna för vård och omsorg ökar.

## Vad kan det betyda för servicen?
- Kommunens del av särskilt driftsstöd och hemsändningsbidrag kan ifrågasättas
- Tjänster som servicesamordnare och landsbygdsutvecklare riskerar att dras in
- Arbetet med nya serviceplaner kan skjutas upp

## Varför det vore fel att spara här
Stöden till kommersiell service är små i förhållande till vad det kostar om butiken stänger: längre resor för hemtjänsten, ökad färdtjänst och fler som flyttar. Nätverket samlar exempel som visar hur små belopp kan hålla kvar servicen.

## Att följa
Vi följer budgetarbetet i ett antal kommuner och återkommer med en sammanställning.

*Utkast: siffror från SKR:s senaste prognos läggs in innan publicering.*`,
    sourceLinks: [{ label: 'Sveriges Kommuner och Regioner: ekonomirapporten', url: 'https://skr.se' }],
    region: [],
    serviceAreas: ['offentlig-service', 'dagligvaror'],
    topics: ['kommunal serviceplan', 'driftsstöd', 'hemsändning'],
    draft: true,
    publishedDaysAgo: 1,
  },
  {
    key: 'digitala-vardmoten-i-byarna',
    title: 'Digitala vårdmöten flyttar in i bygdegården',
    summary:
      'Regionerna bygger ut vård via video och provtagning nära patienten. I flera län prövas vårdrum i bygdegårdar och butiker, där invånare kan träffa vården digitalt med stöd av en lokal person.',
    body: `När vårdcentraler slås ihop och avstånden växer försöker regionerna föra vården närmare invånarna på andra sätt. Digitala vårdmöten har blivit vanliga, men alla har inte utrustning, uppkoppling eller vana att använda dem hemma.

## Vårdrum på landsbygden
I flera län prövas små vårdrum i bygdegårdar, skolor och butiker. Där finns en skärm för videomöten och enkel mätutrustning för blodtryck, syremättnad och vikt. En distriktssköterska kommer på besök vissa dagar, och övrig tid kan invånarna boka digitala möten.

## Vad krävs?
- Bra uppkoppling, helst fiber
- Ett avskilt rum som uppfyller kraven på integritet
- En lokal värd, anställd eller ideell, som kan hjälpa till med tekniken
- Ett avtal mellan regionen, kommunen och föreningen om ansvar och kostnader

## Vad betyder det för servicepunkterna?
Ett vårdrum kan stärka en servicepunkt och ge fler anledningar att komma dit. Samtidigt får föreningen ett ansvar som kräver tydliga avtal. Nätverket följer försöken och samlar erfarenheter om vad som fungerar.`,
    sourceLinks: [
      { label: 'Sveriges Kommuner och Regioner: nära vård', url: 'https://skr.se' },
      { label: 'Region Västerbotten: vård på distans', url: 'https://regionvasterbotten.se' },
    ],
    region: [],
    serviceAreas: ['vard-och-omsorg', 'servicepunkt', 'bredband-och-digital-service'],
    topics: ['nära vård', 'servicepunkt', 'bygdegård'],
    publishedDaysAgo: 5,
  },
  {
    key: 'byskolor-och-servicen',
    title: 'När byskolan stänger försvinner mer än skolan',
    summary:
      'Flera kommuner utreder att stänga små skolor på landsbygden. Erfarenheten visar att skolan ofta bär upp annan service, som butikens kundunderlag, skolskjutsens turer och föreningslivets lokaler.',
    body: `Sjunkande elevantal och krympande budgetar gör att många kommuner ser över sin skolorganisation. Små skolor på landsbygden är ofta de första som föreslås läggas ned.

## Skolans betydelse för bygden
- Barnfamiljer väljer att bo där det finns skola, och de är viktiga kunder i byns butik
- Skolans lokaler används ofta av föreningar på kvällar och helger
- Skolskjutsen är ibland den enda kollektivtrafiken i området
- Skolans kök kan laga mat till äldreomsorgen eller servera luncher till andra

## Vad kan byarna göra?
Några byar har startat friskolor eller föräldrakooperativ när kommunen lagt ned. Andra har föreslagit att skolan samlokaliseras med bibliotek, förskola och servicepunkt för att bli billigare att driva. Att visa kommunen hela bilden, inte bara kostnaden per elev, är ofta avgörande.

## Att tänka på för kommunen
Ett beslut om skolnedläggning bör föregås av en analys av konsekvenserna för annan service i bygden. Nätverket föreslår att sådana analyser görs inom ramen för den kommunala serviceplanen.`,
    sourceLinks: [
      { label: 'Skolverket: statistik om skolor', url: 'https://skolverket.se' },
      { label: 'SCB: befolkningsprognoser', url: 'https://scb.se' },
    ],
    region: [],
    serviceAreas: ['skola-och-forskola', 'motesplatser-och-kultur'],
    topics: ['byskola', 'kommunal serviceplan'],
    publishedDaysAgo: 340,
  },
];
