import type { SeedCaseStudy } from '../types.ts';

export const caseStudies: SeedCaseStudy[] = [
  {
    key: 'sorsjon-servicepunkt',
    title: 'Sörsjön samlade servicen i lanthandeln',
    summary:
      'När postombudet försvann gick byalaget i Sörsjön ihop med lanthandeln och gjorde butiken till servicepunkt med paketutlämning, apoteksombud och kontantuttag.',
    body: `Sörsjön ligger sex mil norr om Älvdalens centralort. När det förra postombudet lades ned 2022 hade bybor och fritidsboende tolv mil tur och retur för att hämta ett paket. Lanthandeln var den enda service som fanns kvar, och handlaren var orolig för att kunderna skulle börja storhandla i samband med paketresorna.

## Så gick det till
Byalaget kallade till en bystämma i bygdegården i november 2022. Ett fyrtiotal personer kom, och stämman enades om att det viktigaste var att få tillbaka paketen och att få ett apoteksombud. Byalaget tog kontakten med ombudsföretagen, så att handlaren kunde fokusera på butiken.

Kommunen gav butiken ett treårigt uppdrag som servicepunkt, och handlaren byggde om entrén med en servicedisk och paketskåp. I samma veva började butiken erbjuda kontantuttag i kassan.

## Vem gjorde vad
- **Byalaget**: bystämma, kontakter med ombudsföretag, information till fritidsboende.
- **Handlaren**: ombyggnad, bemanning, rapportering till kommunen.
- **Älvdalens kommun**: uppdrag och årlig ersättning.
- **Region Dalarna**: investeringsstöd till ombyggnaden.`,
    municipalities: ['2039'],
    coordinates: { lat: 61.52, lon: 13.08 },
    startedYear: 2022,
    projectStatus: 'pågående',
    outcomes: `- Butiken har **paketutlämning** sedan mars 2023, i snitt 140 paket i veckan och över 300 under sommarveckorna.
- Apoteksombudet lämnar ut omkring 60 recept i månaden.
- Omsättningen i butiken ökade med 18 procent första året.
- Avståndet till närmaste paketutlämning minskade från 60 till 0 kilometer för de omkring 180 hushållen i byn.`,
    lessons: `Det som fungerade var att byalaget tog kontakten med ombudsföretagen så att handlaren slapp. Att ha ett skriftligt uppdrag från kommunen gjorde också att ombudsföretagen tog förfrågan på allvar.

Det som inte fungerade var kontantuttaget i automat: den första lösningen med en uttagsautomat kostade mer än den gav, och efter ett år ersattes den av uttag i kassan. Paketskåpen blev också för få under sommaren, och byalaget har fått ordna extra hyllor i förrådet i juli.`,
    funding: `- Investeringsstöd till kommersiell service från Region Dalarna, 180 000 kronor.
- Ersättning från Älvdalens kommun för servicepunkten, 45 000 kronor om året.
- Ideellt arbete från byalaget, uppskattat till 300 timmar första året.`,
    organisations: ['Sörsjöns byalag', 'Region Dalarna', 'Älvdalens kommun'],
    methods: ['bystamma-om-service', 'servicepunkt-i-lanthandeln', 'kontantuttag-i-kassan'],
    serviceAreas: ['post-och-paket', 'servicepunkt', 'dagligvaror', 'apotek-och-lakemedel'],
    topics: ['paketombud', 'lanthandel', 'servicepunkt', 'apoteksombud'],
    publishedDaysAgo: 60,
    lastVerifiedDaysAgo: 20,
    en: {
      title: 'Sörsjön gathered its services in the village shop',
      summary:
        'When the postal agent closed, the Sörsjön village association teamed up with the village shop and turned it into a service point with parcel collection, a pharmacy agent and cash withdrawal.',
      body: `Sörsjön lies 60 km north of Älvdalen's main town. When the previous postal agent closed in 2022, residents and holiday-home owners had a 120 km round trip to collect a parcel. The village shop was the only service left, and the shopkeeper feared that customers would start doing their big shop during their parcel trips.

## How it happened
The village association called an assembly in the village hall in November 2022. About forty people came and agreed that the priorities were getting parcels back and getting a pharmacy agent. The association contacted the parcel companies so that the shopkeeper could concentrate on the shop.

The municipality gave the shop a three-year assignment as a service point, and the shopkeeper rebuilt the entrance with a service counter and parcel lockers. At the same time the shop began offering cash withdrawal at the till.

## Who did what
- **The village association**: assembly, contacts with parcel companies, information to holiday-home owners.
- **The shopkeeper**: rebuilding, staffing, reporting to the municipality.
- **Älvdalen municipality**: assignment and annual fee.
- **Region Dalarna**: investment support for the rebuilding.`,
      outcomes: `- The shop has offered **parcel collection** since March 2023, on average 140 parcels a week and over 300 in the summer weeks.
- The pharmacy agent hands out about 60 prescriptions a month.
- Shop turnover rose 18 per cent in the first year.
- The distance to the nearest parcel collection fell from 60 to 0 km for the village's roughly 180 households.`,
      lessons: `What worked was that the village association handled contact with the parcel companies, so the shopkeeper did not have to. A written assignment from the municipality also made the companies take the request seriously.

What did not work was cash from a machine: the first solution, a cash machine, cost more than it brought in, and after a year it was replaced by withdrawals at the till. The parcel lockers were also too few in summer, and the association has had to arrange extra shelves in the storeroom in July.`,
      funding: `- Investment support for commercial services from Region Dalarna, SEK 180,000.
- Fee from Älvdalen municipality for the service point, SEK 45,000 a year.
- Voluntary work by the village association, estimated at 300 hours in the first year.`,
    },
  },
  {
    key: 'arjeplog-hemsandning-fjallbyar',
    title: 'Hemsändning från Kvarnviken når fjällbyarna i Arjeplog',
    summary:
      'Lanthandeln i Kvarnviken kör ut dagligvaror till 14 byar väster om centralorten två dagar i veckan. Kommunens hemsändningsbidrag och ett avtal med hemtjänsten gör turerna lönsamma.',
    body: `Kvarnviken är en by med drygt hundra invånare vid vägen mot norska gränsen. Lanthandeln är den enda dagligvarubutiken på en sträcka av nio mil, och många av kunderna bor i byar utan egen bil och utan busstrafik vintertid.

## Bakgrund
Handlaren hade länge kört ut varor till äldre kunder på sin fritid, utan ersättning. När Arjeplogs kommun 2019 tog fram nya regler för hemsändningsbidrag blev det möjligt att göra körningarna till en ordnad tjänst.

## Upplägget
- Turerna går tisdagar och fredagar, sammanlagt omkring 220 kilometer per vecka.
- Beställning sker per telefon eller sms senast dagen före. Många kunder har en stående beställning.
- Hemtjänsten beställer för sina brukare i samma system i stället för att själva åka och handla.
- Butiken tar med receptfria läkemedel och paket från ombudet när det behövs.

Butiken köpte 2020 en skåpbil med kylaggregat med stöd från regionen. Kommunen betalar ett bidrag per leverans och får i sin tur statlig medfinansiering för en del av kostnaden.

## Vem gjorde vad
Kommunens näringslivsenhet skrev reglerna och avtalet. Handlaren planerar turerna och redovisar leveranserna varje kvartal. Hemtjänstens gruppledare samordnar beställningarna för brukarna.`,
    municipalities: ['2506'],
    coordinates: { lat: 66.22, lon: 17.4 },
    startedYear: 2019,
    projectStatus: 'pågående',
    outcomes: `- 48 hushåll får hemsändning regelbundet, varav 19 är hemtjänstens brukare.
- Omkring 90 leveranser i månaden, med en genomsnittlig körsträcka på 26 kilometer per leverans.
- Hemtjänsten har minskat sina egna inköpsresor med uppskattningsvis 6 000 kilometer per år.
- Butiken har kunnat hålla öppet sex dagar i veckan trots vikande kundunderlag i själva byn.`,
    lessons: `Det som fungerade bäst var samordningen med hemtjänsten: när brukarnas inköp gick via butiken fick turerna tillräcklig volym. De stående beställningarna gjorde också planeringen enkel.

Det som inte fungerade var den första tanken att kunderna skulle beställa i en webbutik. Nästan ingen använde den, och den lades ned efter ett halvår. Vintertid har också turerna fått ställas in vid ett tiotal tillfällen på grund av väglaget, och då finns ingen reservlösning.`,
    funding: `- Hemsändningsbidrag från Arjeplogs kommun, 150 kronor per leverans, omkring 160 000 kronor om året.
- Investeringsstöd från Region Norrbotten till kylbil, 210 000 kronor (hälften av kostnaden).
- Butikens egen insats i form av arbetstid för plock och körning.`,
    organisations: ['Arjeplogs kommun', 'Region Norrbotten', 'Kvarnvikens Livs'],
    methods: ['hemsandningsbidrag-i-samverkan', 'hemtjanst-handlar-lokalt'],
    serviceAreas: ['dagligvaror', 'vard-och-omsorg'],
    topics: ['hemsändning', 'lanthandel', 'äldre', 'hemtjänst'],
    publishedDaysAgo: 520,
    lastVerifiedDaysAgo: 90,
  },
  {
    key: 'jokkmokk-anropsstyrd-narttrafik',
    title: 'Närtrafik på beställning från byarna i Jokkmokk',
    summary:
      'Sju byar utan linjetrafik fick anropsstyrd närtrafik till Jokkmokk två dagar i veckan. Turerna anpassades efter butikens, apotekets och vårdcentralens öppettider.',
    body: `I Jokkmokks kommun bor många i byar som ligger fem till tio mil från centralorten och flera kilometer från närmaste busslinje. När en av de sista linjerna till de västra byarna drogs in 2017 stod ett sextiotal hushåll utan kollektivtrafik.

## Så gick det till
Kommunen och regionens kollektivtrafikmyndighet kom 2018 överens om att pröva anropsstyrd närtrafik i sju byar. Byalagen fick föreslå vilka dagar och tider som passade bäst. Resultatet blev turer tisdagar och torsdagar, med ankomst till centralorten kl. 10 och avgång hem kl. 14.30. Tiderna valdes så att resenärerna hinner med vårdcentralen, apoteket och handla.

Resan beställs per telefon senast kl. 16 dagen före och kostar som en vanlig bussbiljett. En lokal taxiägare kör med en rullstolsanpassad bil.

## Lokala servicelotsar
Ett problem i början var att många inte kände till tjänsten eller tyckte att det var krångligt att ringa. I två byar utsåg byalaget en servicelots som hjälpte grannar att boka de första resorna och påminde dagen före.

## Vem gjorde vad
- **Region Norrbotten**: upphandling, bokningssystem och avtal med taxi.
- **Jokkmokks kommun**: delfinansiering, information och uppföljning med byarna.
- **Byalagen**: förslag på tider, servicelotsar, spridning av information.`,
    municipalities: ['2510'],
    startedYear: 2018,
    projectStatus: 'pågående',
    outcomes: `- Omkring 1 100 resor per år, med en topp i december.
- 41 av de omkring 60 hushållen i zonerna har rest minst en gång.
- Andelen resenärer över 75 år är 62 procent.
- Efter införandet av servicelotsar ökade resandet från de två byarna med 35 procent på ett år.`,
    lessons: `Det som fungerade var att byarna fick vara med och bestämma tiderna. Turerna blev användbara eftersom de passade öppettiderna i centralorten.

Det som inte fungerade var bokningen under de första månaderna. Telefonväxeln var bara öppen dagtid på vardagar, och många ville boka på helgen. Regionen förlängde öppettiderna efter ett halvår. Två av zonerna har så få resor att regionen diskuterat att lägga ned dem; byalagen har bett om ett år till med bättre information innan beslut fattas.`,
    funding: `- Trafiken bekostas av Region Norrbotten och Jokkmokks kommun, omkring 420 000 kronor om året sammanlagt.
- Servicelotsarna arbetar ideellt; kommunen betalar 2 000 kronor per by och år för telefon och fika.`,
    organisations: ['Jokkmokks kommun', 'Region Norrbotten'],
    methods: ['anropsstyrd-narttrafik', 'lokala-servicelotsar'],
    serviceAreas: ['kollektivtrafik-och-mobilitet', 'vard-och-omsorg', 'apotek-och-lakemedel'],
    topics: ['anropsstyrd trafik', 'äldre', 'kollektivtrafik'],
    publishedDaysAgo: 430,
    lastVerifiedDaysAgo: 120,
    en: {
      title: 'Demand-responsive transport from the villages of Jokkmokk',
      summary:
        'Seven villages without scheduled buses got demand-responsive transport to Jokkmokk two days a week. The trips were timed to the opening hours of the shop, pharmacy and health centre.',
      body: `In Jokkmokk municipality many people live in villages 50 to 100 km from the main town and several kilometres from the nearest bus route. When one of the last routes to the western villages was withdrawn in 2017, some sixty households were left without public transport.

## How it happened
In 2018 the municipality and the regional public-transport authority agreed to try demand-responsive transport in seven villages. The village associations proposed the days and times that suited them best. The result was trips on Tuesdays and Thursdays, arriving in town at 10 am and returning at 2.30 pm, so travellers have time for the health centre, the pharmacy and shopping.

Trips are booked by phone by 4 pm the day before and cost the same as a normal bus ticket. A local taxi owner drives a wheelchair-accessible vehicle.

## Local service guides
An early problem was that many people did not know about the service or found phoning complicated. In two villages the association appointed a service guide who helped neighbours book their first trips and reminded them the day before.

## Who did what
- **Region Norrbotten**: procurement, booking system and taxi agreement.
- **Jokkmokk municipality**: co-funding, information and follow-up with the villages.
- **Village associations**: proposed times, service guides, spreading information.`,
      outcomes: `- About 1,100 trips a year, peaking in December.
- 41 of the roughly 60 households in the zones have travelled at least once.
- 62 per cent of travellers are over 75.
- After service guides were introduced, travel from the two villages rose 35 per cent in a year.`,
      lessons: `What worked was letting the villages help decide the times. The trips were useful because they matched opening hours in town.

What did not work was booking in the first months. The switchboard was open only on weekday daytimes, and many wanted to book at weekends; the region extended its hours after six months. Two zones have so few trips that the region has discussed closing them; the village associations have asked for one more year with better information before a decision.`,
      funding: `- The service is paid for by Region Norrbotten and Jokkmokk municipality, about SEK 420,000 a year in total.
- The service guides are volunteers; the municipality pays SEK 2,000 per village a year for phone costs and coffee.`,
    },
  },
  {
    key: 'pajala-kontanter-i-kassan',
    title: 'Kontanter i kassan när sista automaten försvann i Vaattovaara',
    summary:
      'När bankomaten i Vaattovaara monterades ned började byns butik erbjuda kontantuttag i kassan och ta emot förseglade dagskassor från föreningar och företag.',
    body: `Vaattovaara är en by med omkring 250 invånare i Pajala kommun. Byn har en dagligvarubutik, en camping, en skoterklubb med stuga och en idrottsförening med kiosk. När uttagsautomaten vid butiken monterades ned 2021 var närmaste uttag sex mil bort.

## Problemet
För de äldre var det främst frågan om att kunna ha lite kontanter hemma. För föreningarna var problemet större: kioskförsäljning, lotterier och campingens kiosk drog in kontanter som måste sättas in på banken, och varje insättning krävde en resa på tolv mil.

## Lösningen
Byaföreningen samlade föreningarna och företagen till ett möte med handlaren. Butiken kom överens med sin kortinlösare om kontantuttag i kassan, upp till 2 000 kronor per köp. Samtidigt började butiken ta emot förseglade dagskassor i påsar från föreningar och företag. Påsarna följer med butikens egen värdetransport en gång i veckan.

Butiken sökte och fick stöd för grundläggande betaltjänster från regionen, som täcker en del av kostnaden för värdetransporten och försäkringen.

## Vem gjorde vad
- **Byaföreningen**: samlade behoven och ordnade mötet.
- **Handlaren**: avtal med kortinlösaren och rutiner för dagskassor.
- **Region Norrbotten**: stöd till betaltjänster.`,
    municipalities: ['2521'],
    coordinates: { lat: 67.19, lon: 22.95 },
    startedYear: 2021,
    projectStatus: 'pågående',
    outcomes: `- Omkring 120 kontantuttag i månaden, med ett genomsnitt på 700 kronor.
- Sju föreningar och företag lämnar dagskassa i butiken, sammanlagt 35–40 påsar i månaden under sommaren.
- Butikens kostnad för värdetransporter minskade med omkring 15 procent eftersom kontanterna går ut igen i uttagen.`,
    lessons: `Det som fungerade var att samla alla som hanterar kontanter i ett möte. Då blev det tydligt för handlaren att det handlade om många kunder och inte bara om några enstaka.

Det som inte fungerade var att butiken först försökte ha en högre uttagsgräns. På fredagar räckte kontanterna i kassan inte till, och gränsen sänktes till 2 000 kronor. Föreningarna har också fått vänja sig vid att insättningen tar upp till en vecka, vilket skapade irritation i början.`,
    funding: `- Stöd till grundläggande betaltjänster från Region Norrbotten, 60 000 kronor om året under tre år.
- Ingen kommunal finansiering; byaföreningens arbete var ideellt.`,
    organisations: ['Vaattovaara byaförening', 'Region Norrbotten', 'Pajala kommun'],
    methods: ['kontantuttag-i-kassan'],
    serviceAreas: ['kontanter-och-betaltjanster', 'dagligvaror'],
    topics: ['kontanter', 'dagskassa', 'lanthandel'],
    publishedDaysAgo: 220,
    lastVerifiedDaysAgo: 60,
  },
  {
    key: 'sorsele-obemannad-butik',
    title: 'Gransjö handel håller öppet från sex till elva med digital nyckel',
    summary:
      'Den kooperativt ägda butiken i Gransjö i Sorsele kommun utökade öppettiderna från 38 till 119 timmar i veckan med obemannade timmar, digitalt lås och självscanning.',
    body: `Gransjö är en by med omkring 160 invånare och många fritidshus. Butiken ägs sedan 2014 av en handelsförening med 210 medlemmar. Föreningen har en anställd föreståndare och en deltidsanställd, och butiken var öppen 38 timmar i veckan.

## Varför obemannat
Bybor som pendlar till jobb i Sorsele och Storuman kunde inte handla på vardagarna, och fritidsboende som kom fram sent på fredagskvällen möttes av stängd butik. Föreningen räknade på att anställa mer personal men fann att det inte gick ihop.

## Vad som gjordes
Under 2023 byggde föreningen om butiken: ny entré med digitalt lås, sex kameror, en självbetjäningskassa och hyllor som låses för tobak och receptfria läkemedel. Kunderna registrerar sig med BankID och öppnar dörren med en app. Byalaget höll tre kvällar där äldre fick hjälp att registrera sig.

Bemannade tider behölls vardagar 10–17 och lördag förmiddag. Då går det att betala kontant och få hjälp med paket och apoteksvaror.

## Vem gjorde vad
- **Handelsföreningen**: förstudie, upphandling och ombyggnad.
- **Region Västerbotten**: investeringsstöd.
- **Byalaget**: registreringskvällar och information till fritidsboende.`,
    municipalities: ['2422'],
    coordinates: { lat: 65.63, lon: 16.88 },
    startedYear: 2023,
    projectStatus: 'pågående',
    outcomes: `- Öppettiden ökade från 38 till 119 timmar i veckan (06–23 alla dagar).
- 410 personer har registrerat sig, varav omkring 140 fritidsboende.
- 31 procent av försäljningen sker under obemannad tid.
- Omsättningen steg med 22 procent första året.
- Svinnet ligger på 0,6 procent av omsättningen, ungefär som före ombyggnaden.`,
    lessons: `Det som fungerade var registreringskvällarna: utan dem hade många äldre inte kommit igång. Att behålla bemannade tider var också viktigt för de kunder som betalar kontant.

Det som inte fungerade var appen under första vintern. Vid kyla under minus 25 grader fick dörrläsaren problem, och några kunder blev utelåsta. Leverantören bytte läsare efter två månader. Föreningen underskattade också hur mycket tid föreståndaren behöver lägga på att granska kameror och svara på frågor om registrering, omkring fyra timmar i veckan.`,
    funding: `- Investeringsstöd till kommersiell service från Region Västerbotten, 385 000 kronor av en total kostnad på 550 000 kronor.
- Handelsföreningens eget kapital, 165 000 kronor.
- Ideellt arbete från byalag och styrelse.`,
    organisations: ['Gransjö Handelsförening', 'Region Västerbotten', 'Sorsele kommun'],
    methods: ['obemannad-butik-digital-nyckel', 'sjalvscanning-i-lanthandeln', 'kooperativ-butik-ekonomisk-forening'],
    serviceAreas: ['dagligvaror', 'kontanter-och-betaltjanster'],
    topics: ['obemannad butik', 'självscanning', 'ekonomisk förening', 'fritidsboende'],
    publishedDaysAgo: 70,
    lastVerifiedDaysAgo: 14,
    en: {
      title: 'Gransjö shop open from six to eleven with a digital key',
      summary:
        'The cooperatively owned shop in Gransjö, Sorsele municipality, extended its opening hours from 38 to 119 hours a week with unstaffed hours, a digital lock and self-scanning.',
      body: `Gransjö is a village of about 160 residents and many holiday homes. Since 2014 the shop has been owned by a cooperative with 210 members. The cooperative employs a manager and a part-timer, and the shop was open 38 hours a week.

## Why unstaffed
Residents commuting to jobs in Sorsele and Storuman could not shop on weekdays, and holiday-home owners arriving late on Friday found the shop closed. The cooperative looked at hiring more staff but the numbers did not add up.

## What was done
In 2023 the cooperative rebuilt the shop: a new entrance with a digital lock, six cameras, a self-checkout and lockable shelves for tobacco and over-the-counter medicines. Customers register with BankID and open the door with an app. The village association held three evenings where older people got help registering.

Staffed hours were kept on weekdays 10–17 and Saturday mornings. Then customers can pay cash and get help with parcels and pharmacy goods.

## Who did what
- **The cooperative**: feasibility study, procurement and rebuilding.
- **Region Västerbotten**: investment support.
- **The village association**: registration evenings and information to holiday-home owners.`,
      outcomes: `- Opening hours rose from 38 to 119 a week (6 am to 11 pm every day).
- 410 people have registered, about 140 of them holiday-home owners.
- 31 per cent of sales happen during unstaffed hours.
- Turnover rose 22 per cent in the first year.
- Shrinkage is 0.6 per cent of turnover, about the same as before.`,
      lessons: `What worked were the registration evenings: without them many older people would not have got started. Keeping staffed hours was also important for customers who pay in cash.

What did not work was the app in the first winter. Below minus 25 degrees the door reader failed and some customers were locked out; the supplier replaced the reader after two months. The cooperative also underestimated how much time the manager needs to review cameras and answer registration questions, about four hours a week.`,
      funding: `- Investment support for commercial services from Region Västerbotten, SEK 385,000 of a total cost of SEK 550,000.
- The cooperative's own capital, SEK 165,000.
- Voluntary work by the village association and the board.`,
    },
  },
  {
    key: 'storuman-bjorkvattnet-mack',
    title: 'Byborna i Björkvattnet tog över macken',
    summary:
      'När drivmedelsbolaget aviserade nedläggning bildade byborna en ekonomisk förening, köpte anläggningen och bytte till en obemannad pump med HVO. Närmaste alternativ låg sju mil bort.',
    body: `Björkvattnet ligger längs en genomfartsväg i västra Storumans kommun, med ett hundratal fastboende och över 400 fritidshus. 2016 meddelade drivmedelsbolaget att stationen skulle stängas när cisternerna behövde bytas. Nästa station låg sju mil bort.

## Vad byborna gjorde
Byalaget kallade till möte och ett fyrtiotal personer kom, bland dem två åkerier, en skoteruthyrare och ett renskötselföretag. En arbetsgrupp räknade fram en årsvolym på omkring 450 kubikmeter, tillräckligt för att ett annat drivmedelsbolag skulle vara intresserat av att leverera.

Föreningen Björkvattnets Drivmedel bildades hösten 2016 och sålde 190 andelar om 2 500 kronor. Anläggningen köptes för en symbolisk summa, och föreningen lät byta cisterner och installera en ny obemannad pump med kortbetalning. 2021 ställdes en av dieselprodukterna om till HVO.

## Driften
Sju frivilliga turas om att göra veckotillsyn, och en lokal entreprenör sköter snöröjningen mot fri tankning. Drivmedelsbolaget sätter priset, och föreningen får en fast marginal per liter.

## Vem gjorde vad
- **Byalaget och föreningen**: förstudie, andelsförsäljning, tillsyn.
- **Region Västerbotten**: investeringsstöd.
- **Storumans kommun**: snabb hantering av tillstånd och ett bidrag till förstudien.`,
    municipalities: ['2421'],
    coordinates: { lat: 65.33, lon: 15.92 },
    startedYear: 2016,
    projectStatus: 'avslutat',
    outcomes: `- Stationen har varit öppen utan avbrott sedan juni 2017 och säljer omkring 520 kubikmeter per år, varav 140 kubikmeter HVO.
- Avståndet till närmaste drivmedel är 0 kilometer för byn, mot 70 kilometer om stationen stängts.
- Föreningen har betalat tillbaka sitt banklån och har 240 000 kronor i fond för framtida cisternbyte.
- Butiken i byn uppger att omkring var fjärde tankande kund också handlar.`,
    lessons: `Det som fungerade var att företagen var med från början. Deras volym och avsiktsförklaringar gjorde att drivmedelsbolaget och regionen vågade satsa.

Det som inte fungerade var tidplanen. Tillståndsprocessen för de nya cisternerna tog sju månader i stället för tre, och stationen var stängd under en vår. Föreningen har också haft svårt att få nya frivilliga till tillsynen; två av de sju har gjort det sedan start och vill sluta.`,
    funding: `- Investeringsstöd från Region Västerbotten, 1,2 miljoner kronor av 1,9 miljoner kronor.
- Andelar från bybor och företag, 475 000 kronor.
- Banklån, 300 000 kronor (återbetalt 2022).
- Bidrag till förstudie från Storumans kommun, 40 000 kronor.`,
    organisations: ['Björkvattnets Drivmedel ekonomisk förening', 'Region Västerbotten', 'Storumans kommun'],
    methods: ['overtagande-av-nedlagd-mack', 'drivmedelsstation-ekonomisk-forening'],
    serviceAreas: ['drivmedel'],
    topics: ['drivmedel', 'ekonomisk förening', 'hvo', 'investeringsstöd'],
    publishedDaysAgo: 610,
    lastVerifiedDaysAgo: 180,
  },
  {
    key: 'vilhelmina-servicelotsar',
    title: 'Servicelotsar i fyra byar i Vilhelmina',
    summary:
      'Fyra byar i Vilhelmina kommun har var sin servicelots som hjälper grannar med bokning av närtrafik, e-tjänster, recept och paket. Kommunen utbildar och betalar en liten ersättning.',
    body: `I de västra delarna av Vilhelmina kommun är avstånden långa och många invånare är över 70 år. Kommunens kontaktcenter fick ofta samtal från äldre som inte visste hur de skulle få tag på en tjänst, och hemtjänsten lade tid på att hjälpa till med saker som inte var omsorg.

## Idén
Bygdeföreningarna i fyra byar föreslog 2022 att varje by skulle ha en person som grannarna kan vända sig till: en servicelots. Lotsen ska inte utföra tjänsterna, utan veta var de finns och hjälpa till att komma igång.

## Vad lotsarna gör
- Hjälper till att boka anropsstyrd trafik och färdtjänst.
- Visar hur man förnyar recept, använder 1177 och hämtar ut apoteksvaror hos ombudet.
- Har en pärm med telefonnummer och öppettider som kommunen uppdaterar.
- Har öppet i bygdegården en förmiddag i veckan, och är annars nåbar per telefon.

## Utbildning och stöd
Kommunens servicesamordnare och biblioteket ger lotsarna en halvdags utbildning två gånger om året. Lotsarna träffas digitalt en gång i månaden för att dela frågor de fått. Kommunen betalar en ersättning på 1 500 kronor i månaden per by.

## Vem gjorde vad
Bygdeföreningarna valde lotsar och upplät lokaler. Kommunen stod för utbildning, material och ersättning.`,
    municipalities: ['2462'],
    startedYear: 2022,
    projectStatus: 'pågående',
    outcomes: `- Fyra lotsar och tre ersättare är aktiva.
- Omkring 45 ärenden per månad sammanlagt, varav en tredjedel gäller resor och en fjärdedel 1177 och recept.
- Kontaktcentret uppger att samtalen från de fyra byarna har minskat med omkring 30 procent.
- 27 personer har fått hjälp att skaffa BankID.`,
    lessons: `Det som fungerade var att lotsarna är grannar och inte anställda: de når människor som aldrig skulle ringa kommunen. De månatliga träffarna gjorde att lotsarna kunde lära av varandra.

Det som inte fungerade var att en by tappade sin lots efter ett halvår när hon flyttade, och det tog fem månader att hitta en ny. Byarna har därför infört ersättare. Gränsdragningen mot hemtjänst och god man har också varit svår; lotsarna har fått tydligare skriftliga riktlinjer om att inte hantera andras koder eller pengar.`,
    funding: `- Vilhelmina kommun, omkring 90 000 kronor om året för ersättningar, utbildning och material.
- Ideellt arbete i bygdeföreningarna.`,
    organisations: ['Vilhelmina kommun', 'Bygdeföreningen Södra Fjällbyarna'],
    methods: ['lokala-servicelotsar', 'digitalhjalpare-for-aldre'],
    serviceAreas: ['offentlig-service', 'bredband-och-digital-service', 'vard-och-omsorg'],
    topics: ['äldre', 'digital delaktighet', 'bygdegård'],
    publishedDaysAgo: 140,
    lastVerifiedDaysAgo: 40,
  },
  {
    key: 'dorotea-asele-servicesamordnare',
    title: 'Dorotea och Åsele delar på en servicesamordnare',
    summary:
      'Två grannkommuner med tillsammans 5 400 invånare anställde gemensamt en servicesamordnare som reviderade båda serviceplanerna med byarna och samordnar stöd till butiker och drivmedel.',
    body: `Dorotea och Åsele är två av Sveriges minsta kommuner till folkmängden, med långa avstånd och ett fåtal butiker. Ingen av kommunerna hade råd med en heltidstjänst för servicefrågor, och de kommunala serviceplanerna hade inte uppdaterats på flera år.

## Vad som gjordes
2020 kom kommunerna överens om att dela på en tjänst som servicesamordnare, placerad halva veckan i varje kommun. Tjänsten fick tre uppgifter:

1. Revidera båda kommunernas serviceplaner tillsammans med byarna.
2. Vara kontakt för butiker, drivmedelsstationer och ombud som behöver stöd.
3. Samordna kommunernas arbete med regionen inom det regionala serviceprogrammet.

## Medborgardialogen
Samordnaren höll 14 bymöten i de två kommunerna under 2021, kompletterat med en enkät som 640 personer besvarade. Resultatet blev två serviceplaner med en gemensam del om vägar, drivmedel och kollektivtrafik mellan kommunerna.

## Samarbete över gränsen
Flera byar ligger närmare grannkommunens centralort än den egna. Samordnaren kunde därför föreslå lösningar som gick över gränsen, till exempel att hemsändning från en butik i Dorotea kommun också når två byar i Åsele kommun.

## Vem gjorde vad
Kommunstyrelserna i båda kommunerna beslutade om tjänsten och planerna. Region Västerbotten medfinansierade de två första åren.`,
    municipalities: ['2425', '2463'],
    startedYear: 2020,
    projectStatus: 'pågående',
    outcomes: `- Båda serviceplanerna antogs 2022, med 23 åtgärder varav 15 är genomförda.
- Sex butiker och två drivmedelsstationer har fått hjälp med ansökningar om investerings- eller driftsstöd, sammanlagt 3,1 miljoner kronor beviljat.
- Hemsändning över kommungränsen når 11 hushåll i Åsele kommun.
- Byarna har fått en namngiven kontaktperson; antalet frågor till samordnaren är omkring 25 per månad.`,
    lessons: `Det som fungerade var att tjänsten blev gemensam: byarna såg att kommungränsen inte styr var folk handlar. Att samordnaren fick mandat direkt från båda kommunstyrelserna gjorde det lättare att driva frågor i förvaltningarna.

Det som inte fungerade var att dela tiden exakt hälften var. I praktiken styrdes arbetet av akuta ärenden, och Åsele upplevde det första året att Dorotea fick mer. Kommunerna gick över till en gemensam ärendelista och kvartalsvisa avstämningar. Tjänsten är också sårbar: under en föräldraledighet på sex månader stod arbetet i stort sett still.`,
    funding: `- Lönekostnad omkring 650 000 kronor om året, delad lika mellan kommunerna.
- Medfinansiering från Region Västerbotten 2020–2021, 300 000 kronor per år.`,
    organisations: ['Dorotea kommun', 'Åsele kommun', 'Region Västerbotten'],
    methods: ['servicesamordnare-i-kommunen', 'serviceplan-med-medborgardialog'],
    serviceAreas: ['offentlig-service', 'dagligvaror', 'drivmedel'],
    topics: ['servicesamordnare', 'kommunal serviceplan', 'medskapande', 'flernivåsamverkan'],
    publishedDaysAgo: 365,
    lastVerifiedDaysAgo: 75,
    en: {
      title: 'Dorotea and Åsele share a service coordinator',
      summary:
        'Two neighbouring municipalities with 5,400 residents between them jointly employed a service coordinator who revised both service plans with the villages and coordinates support for shops and fuel.',
      body: `Dorotea and Åsele are among Sweden's smallest municipalities by population, with long distances and few shops. Neither could afford a full-time post for service issues, and their municipal service plans had not been updated for years.

## What was done
In 2020 the municipalities agreed to share a service coordinator post, based half the week in each. The post had three tasks:

1. Revise both service plans together with the villages.
2. Be the contact for shops, filling stations and agents that need support.
3. Coordinate the municipalities' work with the region within the regional service programme.

## The dialogue with residents
The coordinator held 14 village meetings in the two municipalities during 2021, plus a survey answered by 640 people. The result was two service plans with a shared section on roads, fuel and public transport between the municipalities.

## Working across the border
Several villages are closer to the neighbouring municipality's main town than their own. The coordinator could therefore propose cross-border solutions, such as home delivery from a shop in Dorotea also reaching two villages in Åsele.

## Who did what
Both executive boards decided on the post and the plans. Region Västerbotten co-funded the first two years.`,
      outcomes: `- Both service plans were adopted in 2022, with 23 actions of which 15 have been carried out.
- Six shops and two filling stations got help applying for investment or operating support, SEK 3.1 million granted in total.
- Cross-border home delivery reaches 11 households in Åsele.
- The villages have a named contact person; the coordinator gets about 25 questions a month.`,
      lessons: `What worked was making the post shared: the villages saw that the municipal boundary does not decide where people shop. A mandate straight from both executive boards made it easier to push issues within the administrations.

What did not work was splitting the time exactly in half. In practice urgent matters drove the work, and in the first year Åsele felt Dorotea got more. The municipalities moved to a shared task list and quarterly check-ins. The post is also vulnerable: during six months of parental leave the work largely stopped.`,
      funding: `- Salary cost about SEK 650,000 a year, shared equally by the municipalities.
- Co-funding from Region Västerbotten in 2020–2021, SEK 300,000 a year.`,
    },
  },
  {
    key: 'mala-byskola-servicenod',
    title: 'Byskolan i Rävåsen blev bygdens servicenod',
    summary:
      'När elevantalet sjönk öppnade Malå kommun och byföreningen skolan för hela bygden: bibliotek, paketskåp, digital hjälp och gymnastiksal på kvällstid. Skolan finns kvar med 19 elever.',
    body: `Rävåsen är en by med omkring 300 invånare i Malå kommun. Byskolan, med förskoleklass till årskurs 6, hade 2018 bara 14 elever, och frågan om nedläggning kom upp i budgetarbetet. Samtidigt hade byn förlorat både postombud och bank, och butiken hade kortare öppettider.

## Idén
Byföreningen föreslog att skolbyggnaden skulle användas av fler än eleverna. Om huset blev en mötesplats och servicenod skulle kostnaden per invånare bli lägre, och skolan bli viktigare för hela bygden.

## Vad som gjordes
- Skolbiblioteket blev filial till kommunens bibliotek, öppen för alla två eftermiddagar i veckan.
- Ett paketskåp ställdes upp vid entrén.
- Byföreningen hyr gymnastiksalen kvällstid för träning och föreningsmöten.
- Digitalhjälpare från gymnasiet har öppet hus en gång i månaden i biblioteket.
- Förskolan flyttade in i samma byggnad, vilket frigjorde en annan kommunal lokal.

## Vem gjorde vad
Malå kommun ändrade skolans uppdrag och stod för ombyggnaden. Byföreningen samordnade uthyrningen och kvällsaktiviteterna. Rektorn ansvarar för att skolans och föreningarnas verksamhet inte krockar.`,
    municipalities: ['2418'],
    coordinates: { lat: 65.29, lon: 18.62 },
    startedYear: 2019,
    projectStatus: 'pågående',
    outcomes: `- Skolan finns kvar och har i dag 19 elever, varav sex från nyinflyttade familjer.
- Biblioteksfilialen har omkring 70 besök i veckan.
- Paketskåpet tar emot i snitt 55 paket i veckan.
- Kommunens lokalkostnader i byn minskade med omkring 180 000 kronor om året när förskolan flyttade in.`,
    lessons: `Det som fungerade var att se skolan som en del av bygdens service och inte bara som en utbildningsfråga. Samlokaliseringen med förskolan gav ett ekonomiskt argument som politiken kunde ta till sig.

Det som inte fungerade var ansvaret för städning och larm. Det första året gick larmet flera gånger på kvällar, och städningen efter föreningarnas aktiviteter blev en källa till konflikt. Nu har byföreningen en egen städavtalad person och skolan ett separat larmområde för gymnastiksalen.`,
    funding: `- Malå kommun, ombyggnad av entré och bibliotek, 420 000 kronor.
- Leader, 120 000 kronor till möbler och utrustning för mötesplatsen.
- Byföreningen betalar 12 000 kronor om året i hyra för gymnastiksalen.`,
    organisations: ['Malå kommun', 'Rävåsens byförening'],
    methods: ['byskola-som-motesplats', 'digitalhjalpare-for-aldre'],
    serviceAreas: ['skola-och-forskola', 'motesplatser-och-kultur', 'post-och-paket'],
    topics: ['byskola', 'mötesplats', 'paketombud', 'leader'],
    publishedDaysAgo: 290,
    lastVerifiedDaysAgo: 85,
  },
  {
    key: 'lycksele-mobil-vardmottagning',
    title: 'Vårdcentralens mobila mottagning besöker byarna runt Lycksele',
    summary:
      'En distriktssköterska och en undersköterska kör en utrustad bil till sex byar var tredje vecka. Provtagning, blodtryck, vaccination och receptförnyelse sker i bygdegårdar och en byskola.',
    body: `Många äldre i byarna runt Lycksele har fem till åtta mil till vårdcentralen. Resan tar en hel dag med närtrafik, och flera avstod från kontroller som provtagning och blodtryck.

## Upplägget
Region Västerbotten startade 2021 en mobil mottagning kopplad till vårdcentralen i Lycksele. En bil är utrustad med provtagningsmaterial, vågar, EKG och ett kylskåp för vaccin. Distriktssköterska och undersköterska besöker sex byar enligt ett rullande schema, en förmiddag per by var tredje vecka.

Mottagningen sker i bygdegårdar och i en byskola, där föreningarna har ställt i ordning ett rum med dörr som går att stänga. Bokning sker via vårdcentralen, men det finns också drop-in den sista timmen.

## Samarbete med bygden
Föreningarna står för lokal, värme och kaffe. De påminner också grannar om att besöket kommer. Kommunen låter hemtjänstens personal följa med brukare som behöver stöd.

## Vem gjorde vad
- **Region Västerbotten**: personal, bil och utrustning.
- **Lycksele kommun**: samordning med hemtjänst och information.
- **Bygdeföreningarna**: lokaler och spridning av schemat.`,
    municipalities: ['2481'],
    startedYear: 2021,
    projectStatus: 'pågående',
    outcomes: `- Omkring 1 400 besök per år, i snitt 12 per tillfälle.
- Andelen diabetespatienter från byarna som gjort årlig kontroll steg från 58 till 84 procent.
- Patienterna har sparat uppskattningsvis 110 000 kilometer resor på tre år.
- Vaccinationstäckningen mot influensa bland personer över 65 år i byarna ökade med 11 procentenheter.`,
    lessons: `Det som fungerade var att använda lokaler som folk redan känner till och att föreningarna påminde om besöken. Drop-in-timmen blev populär bland de som inte vill ringa vårdcentralen.

Det som inte fungerade var uppkopplingen i två av lokalerna. Journalsystemet kräver säker uppkoppling, och det mobila nätet räckte inte. I en by löstes det när fiberföreningen drog in fiber i bygdegården; i den andra fick mottagningen flyttas till en privat gård. Bemanningen är också sårbar: under semestrar och sjukdom ställs besöken in.`,
    funding: `- Region Västerbotten, driftkostnad omkring 1,1 miljoner kronor om året inklusive personal och bil.
- Bygdeföreningarna upplåter lokalerna utan hyra; regionen betalar 500 kronor per tillfälle för el och städning.`,
    organisations: ['Region Västerbotten', 'Lycksele kommun'],
    methods: ['mobil-vardmottagning'],
    serviceAreas: ['vard-och-omsorg', 'motesplatser-och-kultur'],
    topics: ['vårdcentral', 'mobil service', 'äldre', 'bygdegård'],
    publishedDaysAgo: 190,
    lastVerifiedDaysAgo: 55,
  },
  {
    key: 'vindeln-bjurholm-byabuss',
    title: 'Byabussen som går över kommungränsen mellan Vindeln och Bjurholm',
    summary:
      'En bygdeförening i gränstrakterna mellan Vindeln och Bjurholm köpte en begagnad minibuss. Frivilliga kör handlingsturer, ungdomar till träningar och äldre till vårdcentralen i båda kommunerna.',
    body: `Byarna i skogslandet mellan Vindeln och Bjurholm ligger två till fyra mil från respektive centralort. Linjetrafiken går bara under skoldagar, och på loven och helgerna finns ingen kollektivtrafik alls.

## Vad föreningen gjorde
Bygdeföreningen Mellanbygden, med medlemmar i byar på båda sidor om kommungränsen, hyrde en minibuss sommaren 2020 för att pröva en fast handlingstur. Efter tre månader med i snitt sex resenärer per tur beslutade föreningen att köpa en begagnad buss.

Bussen kör i dag:
- Handlingstur till Vindeln på tisdagar och till Bjurholm på fredagar.
- Ungdomar till träningar och aktiviteter två kvällar i veckan.
- Bokade resor till vårdcentral och apotek.

## Samåkning som komplement
För resor som bussen inte täcker har föreningen startat en samåkningsgrupp där pendlare lägger upp sina fasta resor. Gruppen har omkring 90 medlemmar.

## Vem gjorde vad
Föreningen äger bussen och samordnar 13 frivilliga chaufförer. Båda kommunerna ger föreningsbidrag, och Leader bidrog till inköpet.`,
    municipalities: ['2404', '2403'],
    coordinates: { lat: 64.2, lon: 19.35 },
    startedYear: 2020,
    projectStatus: 'pågående',
    outcomes: `- Omkring 2 300 resor per år, varav 40 procent är ungdomsresor.
- Handlingsturerna har i snitt 7 resenärer.
- Bussen körde 1 700 mil under 2024 till en kostnad av 9,80 kronor per kilometer.
- Samåkningsgruppen förmedlar uppskattningsvis 15 resor i veckan.`,
    lessons: `Det som fungerade var att pröva med hyrd buss först. Föreningen visste vad den gav sig in på när den köpte. Att bussen är gemensam för byar i två kommuner gav fler resenärer och två bidragsgivare.

Det som inte fungerade var att hitta chaufförer till kvällsturerna för ungdomarna. Flera gånger fick turer ställas in. Föreningen har nu ett avtal med idrottsföreningen om att föräldrar kör kvällsturerna. Samåkningsgruppen används mest av pendlare; äldre har knappt använt den.`,
    funding: `- Leader, 180 000 kronor till inköp av bussen.
- Föreningsbidrag från Vindelns och Bjurholms kommuner, 25 000 kronor vardera per år.
- Kilometerersättning från resenärer och uthyrning till idrottsföreningen, omkring 60 000 kronor per år.`,
    organisations: ['Bygdeföreningen Mellanbygden', 'Vindelns kommun', 'Bjurholms kommun'],
    methods: ['byabuss', 'samakning-i-bygden', 'leader-som-startkapital'],
    serviceAreas: ['kollektivtrafik-och-mobilitet', 'motesplatser-och-kultur'],
    topics: ['byabuss', 'samåkning', 'ungdomar', 'leader'],
    publishedDaysAgo: 250,
    lastVerifiedDaysAgo: 130,
  },
  {
    key: 'berg-fiberforening-ostra-berg',
    title: 'Östra Bergs fiber kopplade upp 640 fastigheter',
    summary:
      'En fiberförening i Bergs kommun byggde 210 kilometer fibernät till 640 fastigheter mellan 2014 och 2019, med bredbandsstöd, medlemsinsatser och mycket eget grävarbete.',
    body: `Östra delen av Bergs kommun består av ett tjugotal byar och många fritidshus. 2013 hade de flesta hushåll bara koppar eller mobilt bredband med låg kapacitet, och ingen operatör planerade att bygga.

## Föreningen
Efter ett möte i bygdegården 2013 samlade en arbetsgrupp in 520 intresseanmälningar. Östra Bergs Fiber ekonomisk förening bildades i januari 2014, med en insats på 18 000 kronor per fastighet.

## Bygget
Nätet byggdes i fyra etapper. Föreningen anlitade en projektör och upphandlade grävning och blåsning, men medlemmarna grävde själva från tomtgräns till hus. Kommunens bredbandssamordnare hjälpte till med ansökningar om bredbandsstöd, och regionen samordnade stödet med andra föreningar i länet.

## Förvaltningen
Sedan 2019 förvaltar föreningen nätet med en anlitad driftleverantör. Styrelsen har en underhållsplan och gör årliga avsättningar. En kommunikationsoperatör säljer tjänster till medlemmarna.

## Vem gjorde vad
Föreningen ägde och drev projektet. Bergs kommun bidrog med samordning och medfinansiering. Region Jämtland Härjedalen och Post- och telestyrelsen svarade för bredbandsstödet.`,
    municipalities: ['2326'],
    startedYear: 2014,
    projectStatus: 'avslutat',
    outcomes: `- 640 fastigheter anslutna, varav 410 permanentbostäder och 230 fritidshus.
- 210 kilometer nät, varav omkring 40 kilometer grävt av medlemmarna.
- Total kostnad 41 miljoner kronor, motsvarande 64 000 kronor per ansluten fastighet.
- Butiken, skolan och två vårdboenden i området fick fiber; butiken kunde därefter bli apoteksombud.`,
    lessons: `Det som fungerade var att medlemmarna grävde själva och att föreningen hade en ekonomiskt kunnig kassör från början. Samarbetet med kommunens bredbandssamordnare sparade mycket tid i ansökningarna.

Det som inte fungerade var etapp tre, där sträckningen gick genom mer berg än projektören räknat med. Kostnaden blev 4 miljoner kronor högre än beräknat och medlemmarna fick betala en extra insats på 3 000 kronor. Styrelsen var också hårt belastad; tre av de ursprungliga ledamöterna lämnade under bygget på grund av arbetsbördan.`,
    funding: `- Bredbandsstöd via Region Jämtland Härjedalen, 24 miljoner kronor.
- Medlemsinsatser, 11,5 miljoner kronor.
- Kommunal medfinansiering från Bergs kommun, 2 miljoner kronor.
- Banklån, 3,5 miljoner kronor.`,
    organisations: ['Östra Bergs Fiber ekonomisk förening', 'Bergs kommun', 'Region Jämtland Härjedalen'],
    methods: ['fiberforening'],
    serviceAreas: ['bredband-och-digital-service'],
    topics: ['fiberförening', 'bredband', 'ekonomisk förening'],
    publishedDaysAgo: 680,
    lastVerifiedDaysAgo: 400,
  },
  {
    key: 'harjedalen-hvo-och-laddning',
    title: 'Handlaren i Tännsjövallen satsade på HVO och snabbladdning',
    summary:
      'Lanthandeln i Tännsjövallen ställde om en dieselpump till HVO och lät en laddoperatör bygga två snabbladdare på tomten. Turister som laddar handlar för i snitt 240 kronor.',
    body: `Tännsjövallen är en by med 90 fastboende längs vägen mot fjällen i Härjedalens kommun. Vintertid passerar tusentals bilar varje helg, och butiken har en liten drivmedelsstation med bensin och diesel.

## Varför
Handlaren märkte 2021 att allt fler elbilar passerade utan att stanna. Samtidigt frågade åkerier och en maskinstation efter HVO. Handlaren ville att butiken skulle vara självklar att stanna vid även i framtiden.

## Vad som gjordes
- En av två dieselpumpar ställdes om till HVO100 hösten 2022.
- Handlaren hyrde ut en del av tomten till en laddoperatör som byggde två snabbladdare på 150 kW. Operatören betalar hyra och en andel av intäkterna.
- Butiken byggde ett litet kafé med sittplatser vid fönstret mot laddarna.

## Samarbete
Kommunen valde att tanka sina fordon i västra kommundelen med HVO i butiken. Regionen gav investeringsstöd till pumpomställningen och kaféet.

## Vem gjorde vad
Handlaren drev projektet och förhandlade med operatören. Region Jämtland Härjedalen gav stöd, och kommunen bidrog med sina fordonsinköp av drivmedel.`,
    municipalities: ['2361'],
    coordinates: { lat: 62.35, lon: 13.55 },
    startedYear: 2022,
    projectStatus: 'pågående',
    outcomes: `- HVO-försäljningen är omkring 95 kubikmeter per år, varav 30 kubikmeter till kommunens fordon.
- Snabbladdarna används i snitt 38 gånger per vecka, med toppar på 150 laddningar under sportlovsveckorna.
- Laddande kunder handlar i butiken för i snitt 240 kronor.
- Butikens omsättning ökade med 14 procent mellan 2022 och 2024.`,
    lessons: `Det som fungerade var att låta en operatör äga laddarna. Handlaren slapp den stora investeringen och risken, och fick ändå nya kunder. Kaféet gjorde att laddkunderna stannade inne i butiken.

Det som inte fungerade var nätanslutningen. Nätbolaget behövde förstärka ledningen och det tog elva månader innan laddarna kunde tas i drift, i stället för de fyra månader som utlovats. HVO-priset har också varit högre än diesel, och flera privata dieselbilister har valt bort det.`,
    funding: `- Investeringsstöd från Region Jämtland Härjedalen, 140 000 kronor till HVO-omställning och kafé.
- Handlarens egen investering, 120 000 kronor.
- Laddoperatörens investering i laddare och nätanslutning, omkring 1,6 miljoner kronor.`,
    organisations: ['Tännsjövallens Handel', 'Region Jämtland Härjedalen', 'Härjedalens kommun'],
    methods: ['hvo-och-laddstolpe-vid-butiken', 'fritidsboende-som-kunder'],
    serviceAreas: ['drivmedel', 'dagligvaror'],
    topics: ['hvo', 'laddinfrastruktur', 'drivmedel', 'turism'],
    publishedDaysAgo: 33,
    lastVerifiedDaysAgo: 10,
    en: {
      title: 'The Tännsjövallen shop invested in HVO and fast charging',
      summary:
        'The village shop in Tännsjövallen converted a diesel pump to HVO and let a charging operator build two fast chargers on its site. Tourists who charge spend SEK 240 in the shop on average.',
      body: `Tännsjövallen is a village of 90 permanent residents on the road to the mountains in Härjedalen municipality. In winter thousands of cars pass every weekend, and the shop has a small filling station with petrol and diesel.

## Why
In 2021 the shopkeeper noticed more and more electric cars passing without stopping. At the same time hauliers and a machinery contractor were asking for HVO. The shopkeeper wanted the shop to remain the obvious place to stop in future.

## What was done
- One of two diesel pumps was converted to HVO100 in autumn 2022.
- The shopkeeper rented part of the site to a charging operator that built two 150 kW fast chargers. The operator pays rent and a share of revenue.
- The shop built a small café with seating by the window facing the chargers.

## Cooperation
The municipality chose to fuel its vehicles in the western part of the municipality with HVO at the shop. The region gave investment support for the pump conversion and the café.

## Who did what
The shopkeeper ran the project and negotiated with the operator. Region Jämtland Härjedalen gave support, and the municipality contributed through its fuel purchases.`,
      outcomes: `- HVO sales are about 95 cubic metres a year, 30 of them to municipal vehicles.
- The fast chargers are used on average 38 times a week, peaking at 150 charges in the winter sports holiday weeks.
- Customers who charge spend SEK 240 in the shop on average.
- Shop turnover rose 14 per cent between 2022 and 2024.`,
      lessons: `What worked was letting an operator own the chargers. The shopkeeper avoided the large investment and risk and still gained new customers. The café kept charging customers inside the shop.

What did not work was the grid connection. The network company had to reinforce the line and it took eleven months before the chargers could be used, rather than the promised four. HVO has also been more expensive than diesel, and several private diesel drivers have chosen not to use it.`,
      funding: `- Investment support from Region Jämtland Härjedalen, SEK 140,000 for the HVO conversion and café.
- The shopkeeper's own investment, SEK 120,000.
- The charging operator's investment in chargers and grid connection, about SEK 1.6 million.`,
    },
  },
  {
    key: 'stromsund-butiksbil',
    title: 'Butiksbilen i norra Strömsund som inte bar sig',
    summary:
      'En handlare körde en butiksbil med 600 artiklar till 22 byar i norra Strömsunds kommun i fem år. Trots kommunalt stöd blev kostnaden för hög och bilen ersattes av hemsändning.',
    body: `I norra Strömsunds kommun stängde tre byabutiker mellan 2012 och 2016. Kvar fanns en butik i Bergvattnet, som låg sex till nio mil från de byar som förlorat sin affär.

## Butiksbilen
Handlaren i Bergvattnet köpte 2017 en begagnad butiksbil med kyl och frys och omkring 600 artiklar. Bilen körde fyra dagar i veckan enligt ett fast schema och stannade 20–40 minuter i varje by. Den tog också med apoteksvaror från ombudet och paket.

Kommunen gav ett årligt bidrag, och regionen gav investeringsstöd till inköpet av bilen.

## Vad som hände
De första två åren var bilen populär och hade omkring 160 kunder i veckan. Sedan sjönk kundantalet när flera av de äldsta kunderna flyttade till särskilt boende och andra började handla på nätet. Bilen krävde också dyra reparationer, och det var svårt att hitta en chaufför som kunde köra den med rätt körkort.

2022 beslutade handlaren, i samråd med kommunen, att avsluta butiksbilen och i stället köra hemsändning med en mindre kylbil två dagar i veckan.

## Vem gjorde vad
Handlaren drev butiksbilen. Strömsunds kommun och Region Jämtland Härjedalen finansierade delar av kostnaden.`,
    municipalities: ['2313'],
    startedYear: 2017,
    projectStatus: 'avslutat',
    outcomes: `- Som mest 160 kunder per vecka (2018), som minst 70 (2021).
- Butiksbilen körde omkring 1 200 mil per år.
- Kostnaden per kund och besök steg från 45 till 110 kronor under perioden.
- Hemsändningen som ersatte bilen når 38 hushåll till ungefär en tredjedel av kostnaden.`,
    lessons: `Det som fungerade var den sociala sidan: bilens stopp blev en mötesplats, och många äldre såg fram emot besöket. Den gav också trygghet eftersom chauffören märkte om någon inte kom ut.

Det som inte fungerade var ekonomin. Butiksbilen hade höga fasta kostnader som inte minskade när kunderna blev färre. Reparationer på 180 000 kronor under ett år blev avgörande. Handlaren säger i efterhand att en mindre bil och hemsändning från början hade varit bättre, eller att bilen borde ha delats med en annan butik för att få ned kostnaden.`,
    funding: `- Investeringsstöd från Region Jämtland Härjedalen, 450 000 kronor till inköp av butiksbilen.
- Bidrag från Strömsunds kommun, 200 000 kronor om året 2017–2022.
- Hemsändningen finansieras sedan 2022 med hemsändningsbidrag från kommunen.`,
    organisations: ['Bergvattnets Handel', 'Strömsunds kommun', 'Region Jämtland Härjedalen'],
    methods: ['mobil-butik', 'hemsandningsbidrag-i-samverkan'],
    serviceAreas: ['dagligvaror', 'apotek-och-lakemedel'],
    topics: ['mobil service', 'hemsändning', 'lanthandel', 'äldre'],
    publishedDaysAgo: 460,
    lastVerifiedDaysAgo: 210,
  },
  {
    key: 'ragunda-kommunbygderad',
    title: 'Ragunda kommunbygderåd samlade 19 byar kring serviceplanen',
    summary:
      'Kommunbygderådet i Ragunda blev kommunens fasta samtalspart i servicefrågor. Byarna skrev sina egna servicekartor, och kommunen byggde serviceplanen på dem.',
    body: `Ragunda kommun har omkring 5 000 invånare och många små byar längs Indalsälven och i skogsbygderna. Före 2015 kontaktade byalagen kommunen var för sig, och kommunen hade svårt att veta vilka frågor som var gemensamma.

## Kommunbygderådet
2015 bildade 19 bygdeföreningar och byalag Ragunda kommunbygderåd. Rådet har en styrelse med en representant per kommundel och träffar kommunens ledning fyra gånger om året.

## Serviceplanen
När kommunen skulle revidera sin serviceplan 2016 fick rådet uppdraget att samla byarnas underlag. Varje by höll en bystämma och tog fram en enkel servicekarta: vad finns, vad hotas, vad kan byn själv göra. Rådet sammanställde kartorna och lämnade dem till kommunen.

Serviceplanen byggdes på underlaget och antogs 2017. Den reviderades 2021 och 2025 på samma sätt.

## Vad det har lett till
Rådet har varit drivande i flera konkreta frågor: ett gemensamt avtal om snöröjning vid byarnas drivmedelsautomater, en hemsändningsregel som omfattar alla byar och ett årligt servicemöte med regionen.

## Vem gjorde vad
Bygdeföreningarna bildade rådet och genomförde stämmorna. Ragunda kommun gav rådet ett årligt verksamhetsbidrag och uppdraget att samla underlaget.`,
    municipalities: ['2303'],
    startedYear: 2015,
    projectStatus: 'pågående',
    outcomes: `- 19 byar har egna servicekartor, uppdaterade tre gånger sedan 2016.
- Omkring 600 personer har deltagit i bystämmorna under de tre omgångarna.
- 11 av 17 åtgärder i serviceplanen 2021 kom direkt från byarnas underlag.
- Hemsändning finns nu i alla kommundelar, mot två av fem före 2017.`,
    lessons: `Det som fungerade var att kommunen fick en part att tala med i stället för 19. Byarna lärde sig också av varandra på rådets möten, till exempel om drivmedelsautomater och paketskåp.

Det som inte fungerade var att hålla uppe engagemanget mellan revisionerna. Under åren utan serviceplanearbete kom bara ett fåtal till rådets möten. Två byar har lämnat rådet efter att ha upplevt att frågor från den större orten tog för mycket plats. Rådet har nu en roterande ordförande och en regel om att varje möte börjar med de minsta byarnas frågor.`,
    funding: `- Verksamhetsbidrag från Ragunda kommun, 60 000 kronor om året.
- Leader bidrog 2016 med 90 000 kronor till bystämmorna och sammanställningen.
- Ideellt arbete i byalagen.`,
    organisations: ['Ragunda kommunbygderåd', 'Ragunda kommun'],
    methods: ['kommunbygderad', 'serviceplan-med-medborgardialog', 'bystamma-om-service'],
    serviceAreas: ['offentlig-service', 'servicepunkt', 'dagligvaror'],
    topics: ['kommunal serviceplan', 'medskapande', 'flernivåsamverkan'],
    publishedDaysAgo: 555,
    lastVerifiedDaysAgo: 150,
  },
  {
    key: 'krokom-paketskap-bygdegard',
    title: 'Paketskåp i Tvärsjö bygdegård',
    summary:
      'Bygdegårdsföreningen i Tvärsjö fick ett ombudsföretag att ställa upp ett paketskåp vid bygdegården. Byborna slapp köra fyra mil för varje paket.',
    body: `Tvärsjö är en by med omkring 140 invånare och 80 fritidshus i norra delen av Krokoms kommun. Byn har ingen butik. Närmaste paketombud fanns i en affär fyra mil bort, med öppettider som inte passade pendlare.

## Hur det gick till
Bygdegårdsföreningen frågade våren 2024 alla hushåll hur många paket de fick. Svaren visade på omkring 45 paket i veckan under vinterhalvåret och dubbelt så många på sommaren.

Med siffrorna kontaktade föreningen tre paketföretag. Ett var intresserat av att ställa upp ett skåp med 48 fack om föreningen stod för plats, el och en enkel grund. Skåpet installerades vid bygdegårdens entré i september 2024.

## Mer än paket
Föreningen passade på att bygga ett väderskydd med anslagstavla och bänk vid skåpet. Söndagar har bygdegården öppet med kaffe, och fler kommer förbi nu när de ändå hämtar paket.

## Vem gjorde vad
Föreningen gjorde undersökningen, förhandlade och ordnade grund och el. Krokoms kommun gav ett litet bidrag till väderskyddet. Paketföretaget står för skåpet och tömning.`,
    municipalities: ['2309'],
    coordinates: { lat: 63.93, lon: 14.12 },
    startedYear: 2024,
    projectStatus: 'pågående',
    outcomes: `- I snitt 58 paket i veckan första halvåret, 110 i veckan under juli.
- Omkring 8 000 kilometer sparad bilkörning för byborna under första året, enligt föreningens uppskattning.
- Söndagskaffet i bygdegården har gått från 8 till omkring 20 besökare.`,
    lessons: `Det som fungerade var att börja med egna siffror. Paketföretagen svarade inte på den första allmänna förfrågan, men när föreningen skickade in sin räkning av paket kom ett erbjudande inom en månad.

Det som inte fungerade var returer och stora paket. Skåpet tar inte emot returer från alla e-handlare, och skrymmande försändelser hamnar fortfarande på ombudet fyra mil bort. Under de första veckorna med mycket snö blev skåpet också svårt att nå innan föreningen ordnade plogning av parkeringen.`,
    funding: `- Bidrag från Krokoms kommun, 15 000 kronor till väderskydd.
- Föreningens egna medel, 8 000 kronor till grund och elinstallation.
- Ideellt arbete, omkring 60 timmar.`,
    organisations: ['Tvärsjö bygdegårdsförening', 'Krokoms kommun'],
    methods: ['paketombud-i-bygdegarden'],
    serviceAreas: ['post-och-paket', 'motesplatser-och-kultur'],
    topics: ['paketombud', 'bygdegård', 'fritidsboende'],
    publishedDaysAgo: 12,
    lastVerifiedDaysAgo: 5,
  },
  {
    key: 'are-fritidsboende-andelsagare',
    title: 'Fritidsboende blev andelsägare i Fjällnäsets byahandel',
    summary:
      'Butiken i Fjällnäset lever på att fritidsboende handlar även utanför högsäsong. När handlaren gick i pension köpte 340 andelsägare butiken, varav hälften är fritidsboende.',
    body: `Fjällnäset är en fjällby i Åre kommun med omkring 120 fastboende och nästan 600 fritidshus och stugor. Butiken har en omsättning som till två tredjedelar kommer under sportlov, påsk och sommar. Resten av året är kundunderlaget litet.

## Bakgrund
När handlaren meddelade att hon ville gå i pension 2021 fanns ingen köpare. Byalaget tog initiativ till en ekonomisk förening, men insåg att de fastboende inte ensamma kunde bära butiken.

## Fritidsboende som delägare
Byalaget skickade brev till alla fritidshusägare, och höll informationsmöten både i byn och digitalt. Budskapet var enkelt: om ni vill ha en butik när ni kommer hit behöver ni vara med och äga den, och handla här även när ni bara är här en helg.

Föreningen sålde andelar om 3 000 kronor. Andelsägare får 3 procent rabatt och ett nyhetsbrev om vad som händer i byn. Butiken började också erbjuda förbeställning av matkassar som står klara vid ankomst.

## Vem gjorde vad
Byalaget drev andelsförsäljningen. Föreningens styrelse, där två av sju ledamöter är fritidsboende, anställde en föreståndare. Åre kommun hjälpte till med kontakter till regionen och med en tillfällig hyresrabatt på lokalen.`,
    municipalities: ['2321'],
    coordinates: { lat: 63.35, lon: 12.82 },
    startedYear: 2021,
    projectStatus: 'pågående',
    outcomes: `- 340 andelsägare, varav 172 fritidsboende, och ett andelskapital på 1,02 miljoner kronor.
- Förbeställda matkassar: omkring 45 i veckan under säsong.
- Omsättningen utanför säsong ökade med 19 procent mellan 2021 och 2024.
- Butiken har haft öppet minst 42 timmar i veckan året runt, mot 30 timmar under lågsäsong tidigare.`,
    lessons: `Det som fungerade var att vända sig direkt till de fritidsboende och be dem ta ansvar. Många hade aldrig blivit tillfrågade om något i byn och tog gärna chansen. Förbeställda matkassar blev en enkel väg in.

Det som inte fungerade var att få de fritidsboende att delta i föreningens arbete. Stämmorna hålls i juli för att fler ska kunna komma, men det är fortfarande svårt att få ledamöter som kan ta ansvar året runt. Rabatten kostar också mer än väntat, omkring 60 000 kronor om året.`,
    funding: `- Andelskapital, 1,02 miljoner kronor.
- Investeringsstöd från Region Jämtland Härjedalen, 260 000 kronor till nya kyldiskar.
- Tillfällig hyresrabatt från Åre kommun under två år.`,
    organisations: ['Fjällnäsets byalag', 'Fjällnäsets Byahandel ekonomisk förening', 'Åre kommun'],
    methods: ['fritidsboende-som-kunder', 'kooperativ-butik-ekonomisk-forening'],
    serviceAreas: ['dagligvaror'],
    topics: ['fritidsboende', 'ekonomisk förening', 'lanthandel', 'turism'],
    publishedDaysAgo: 105,
    lastVerifiedDaysAgo: 30,
  },
  {
    key: 'bracke-krisberedskap-odsbyn',
    title: 'Ödsbyn klarade fyra dygn utan ström',
    summary:
      'Efter en storm som slog ut elen i fyra dygn gjorde byalaget i Ödsbyn en krisplan tillsammans med Bräcke kommun. Butiken fick reservkraft, och bygdegården blev trygghetspunkt.',
    body: `Ödsbyn är en by med omkring 200 invånare i Bräcke kommun. I december 2021 fällde en storm träd över ledningarna och byn var utan el i fyra dygn. Butiken kunde inte ta kort, drivmedelsautomaten stod still, mobilnätet gick ned efter ett dygn och flera äldre satt i kalla hus.

## Vad byalaget gjorde
Under stormen ordnade byborna själva värme och mat åt varandra, men det var improviserat. Våren efter bjöd byalaget in kommunens beredskapssamordnare, handlaren och hemtjänsten till ett möte för att göra en plan.

## Krisplanen
- **Trygghetspunkt**: bygdegården fick en fast anslutning för reservkraft, en vedspis och en radio. Den öppnar om elen är borta mer än tolv timmar.
- **Butiken**: fick ett reservaggregat som håller kassa, kyl och frys igång, och en rutin för försäljning mot kvitto när kortbetalning inte fungerar.
- **Drivmedel**: automaten kopplades till samma aggregat så att den går att använda vid strömavbrott.
- **Kontaktlista**: byalaget har en lista över hushåll som behöver extra stöd, som uppdateras varje höst tillsammans med hemtjänsten.
- **Övning**: en gång om året provkör byalaget aggregatet och har kvällsmöte i bygdegården utan el.

## Vem gjorde vad
Byalaget höll ihop arbetet. Bräcke kommun gav bidrag och expertstöd. Butiken investerade i reservkraft med stöd från regionen.`,
    municipalities: ['2305'],
    coordinates: { lat: 62.75, lon: 15.45 },
    startedYear: 2022,
    projectStatus: 'pågående',
    outcomes: `- Trygghetspunkten har aktiverats två gånger, vid avbrott på 19 och 31 timmar, och tog emot 35 respektive 48 personer.
- Butiken har hållit öppet vid alla strömavbrott sedan 2023.
- 23 hushåll finns på listan över de som behöver extra stöd.
- Omkring 70 personer deltar i den årliga övningen.`,
    lessons: `Det som fungerade var att samla butiken, hemtjänsten och kommunen kring samma bord. Alla hade egna planer som inte kände till varandra. Övningen varje år gör att rutinerna sitter.

Det som inte fungerade var kommunikationen under avbrottet 2024, när mobilnätet gick ned. Byalaget hade förlitat sig på sms-listan. Nu finns en anslagstavla vid butiken och en komradio i bygdegården. Att få handlaren att betala en del av aggregatet tog också tid; lösningen blev att kommunen tog en större del mot att butiken förbinder sig att hålla öppet vid kris.`,
    funding: `- Bidrag från Bräcke kommun till trygghetspunkten, 85 000 kronor.
- Investeringsstöd från Region Jämtland Härjedalen till butikens reservkraft, 120 000 kronor.
- Butikens egen insats, 40 000 kronor.
- Ideellt arbete från byalaget.`,
    organisations: ['Ödsbyns byalag', 'Bräcke kommun', 'Region Jämtland Härjedalen'],
    methods: ['krisberedskap-i-bygden', 'servicepunkt-i-lanthandeln'],
    serviceAreas: ['servicepunkt', 'dagligvaror', 'drivmedel', 'motesplatser-och-kultur'],
    topics: ['krisberedskap', 'bygdegård', 'lanthandel', 'äldre'],
    publishedDaysAgo: 160,
    lastVerifiedDaysAgo: 45,
    en: {
      title: 'Ödsbyn got through four days without power',
      summary:
        'After a storm cut power for four days, the Ödsbyn village association drew up a crisis plan with Bräcke municipality. The shop got backup power and the village hall became a safe point.',
      body: `Ödsbyn is a village of about 200 residents in Bräcke municipality. In December 2021 a storm brought trees down on the lines and the village was without power for four days. The shop could not take cards, the fuel machine stopped, the mobile network went down after a day and several older people sat in cold houses.

## What the village association did
During the storm residents arranged heat and food for each other, but it was improvised. The following spring the association invited the municipality's emergency-preparedness coordinator, the shopkeeper and home care to a meeting to make a plan.

## The crisis plan
- **Safe point**: the village hall got a fixed connection for backup power, a wood stove and a radio. It opens if power is out for more than twelve hours.
- **The shop**: got a generator that keeps till, fridges and freezers running, and a routine for selling against receipts when card payment is down.
- **Fuel**: the fuel machine was connected to the same generator so it works during power cuts.
- **Contact list**: the association keeps a list of households needing extra support, updated each autumn with home care.
- **Exercise**: once a year the association test-runs the generator and holds an evening meeting in the hall without power.

## Who did what
The village association held the work together. Bräcke municipality gave a grant and expert support. The shop invested in backup power with support from the region.`,
      outcomes: `- The safe point has been activated twice, during outages of 19 and 31 hours, receiving 35 and 48 people.
- The shop has stayed open during every power cut since 2023.
- 23 households are on the list of those needing extra support.
- About 70 people take part in the annual exercise.`,
      lessons: `What worked was bringing the shop, home care and the municipality to the same table. Each had its own plan without knowing the others'. The annual exercise keeps the routines fresh.

What did not work was communication during the 2024 outage, when the mobile network went down. The association had relied on its text-message list. Now there is a notice board by the shop and a two-way radio in the hall. Getting the shopkeeper to pay part of the generator also took time; in the end the municipality paid more in return for the shop committing to stay open in a crisis.`,
      funding: `- Grant from Bräcke municipality for the safe point, SEK 85,000.
- Investment support from Region Jämtland Härjedalen for the shop's backup power, SEK 120,000.
- The shop's own contribution, SEK 40,000.
- Voluntary work by the village association.`,
    },
  },
  {
    key: 'solleftea-ambulerande-servicekontor',
    title: 'Servicekontoret åker ut till de västra kommundelarna i Sollefteå',
    summary:
      'Statens servicecenter och Sollefteå kommun startade ambulerande besök i tre mindre orter en gång i månaden. Besökarna får hjälp med pension, id-kort, deklaration och Försäkringskassans ärenden.',
    body: `Sollefteå kommun är till ytan större än många län, och i de västra kommundelarna är det upp till tio mil till servicekontoret i centralorten. Kommunens kontaktcenter fick ofta frågor om myndighetsärenden som de inte kunde svara på.

## Upplägget
Hösten 2022 kom kommunen och Statens servicecenter överens om ett försök med ambulerande service. Två handläggare från servicekontoret besöker tre mindre orter en dag i månaden vardera. Besöken sker i kommunens bibliotek eller, i en av orterna, i en servicepunkt i lanthandeln.

Kommunen står för lokal, uppkoppling och information. Servicekontoret tar med bärbara datorer och en skrivare. Besökarna kan boka tid via kommunens kontaktcenter eller komma på drop-in.

## Digitala möten mellan besöken
För att täcka tiden mellan besöken inredde kommunen ett rum i varje bibliotek med skärm och kamera, där invånare kan boka ett videomöte med servicekontoret. Bibliotekspersonalen hjälper till att starta mötet.

## Vem gjorde vad
Statens servicecenter bemannar besöken och de digitala mötena. Sollefteå kommun står för lokaler, teknik i mötesrummen och information. Byalagen sprider schemat.`,
    municipalities: ['2283'],
    startedYear: 2022,
    projectStatus: 'pågående',
    outcomes: `- 36 besöksdagar per år med i snitt 16 besökare per dag, sammanlagt omkring 580 besök.
- Vanligaste ärendena: pension (28 procent), id-kort och pass (22 procent), deklaration (18 procent).
- De digitala mötesrummen har använts omkring 90 gånger per år.
- Kommunens kontaktcenter får färre myndighetsfrågor från de tre orterna, uppskattningsvis 40 procent färre.`,
    lessons: `Det som fungerade var att förlägga besöken i lokaler där folk redan går, som biblioteket och butiken. Servicepunkten i lanthandeln hade flest besökare per dag.

Det som inte fungerade var att utfärda id-kort. Den tekniska utrustningen för fotografering och fingeravtryck gick inte att ta med, så de som behövde id-kort fick ändå resa till centralorten. De digitala mötesrummen har också använts mindre än väntat; många föredrar att vänta till nästa fysiska besök.`,
    funding: `- Statens servicecenter står för personal och utrustning inom ramen för servicekontorens uppdrag.
- Sollefteå kommun, omkring 40 000 kronor om året för lokaler och information, samt 75 000 kronor i engångskostnad för de digitala mötesrummen.`,
    organisations: ['Statens servicecenter', 'Sollefteå kommun'],
    methods: ['ambulerande-statlig-service', 'servicepunkt-i-lanthandeln'],
    serviceAreas: ['offentlig-service', 'servicepunkt'],
    topics: ['statlig service', 'mobil service', 'flernivåsamverkan'],
    publishedDaysAgo: 85,
    lastVerifiedDaysAgo: 25,
  },
  {
    key: 'ange-matkasse-skolskjuts',
    title: 'Matkassen åkte med skolskjutsen i Ånge',
    summary:
      'Under ett år prövade Ånge kommun att låta skolskjutsen ta med förbeställda matkassar från lanthandeln till byar utan butik. Försöket gav ett 20-tal kunder i veckan men avslutades av praktiska skäl.',
    body: `I flera byar i Ånge kommun finns ingen butik, men skolskjutsen går dit varje skoldag. Idén kom från ett bymöte: kunde skolskjutsen ta med varor på samma tur?

## Försöket
Kommunen, lanthandeln i Storviken och skolskjutsentreprenören gjorde ett försök under läsåret 2023/24. Kunderna beställde senast kl. 12 dagen före. Butiken packade matkassar i kylväskor som lastades i skolskjutsens bagageutrymme på eftermiddagsturen. Kassarna lämnades i ett låst skåp vid hållplatsen, och kunden fick en kod via sms.

Samtidigt öppnades två av skolskjutsturerna för vuxna resenärer, så att de som ville kunde följa med till butiken och åka hem med eftermiddagsturen.

## Varför det avslutades
Försöket fungerade för kunderna men blev krångligt för alla andra. Skolskjutsentreprenörens avtal med kommunen var inte skrivet för varutransporter, och försäkringsfrågan var oklar. Chaufförerna upplevde det som stressigt att lasta kassar när de också ansvarar för barnen. Kommunen valde att inte förlänga försöket, men tog med de öppna skolskjutsturerna i den nya upphandlingen.

## Vem gjorde vad
Kommunens servicesamordnare ledde försöket. Butiken packade och tog betalt. Entreprenören körde. Byalagen informerade och skötte skåpen.`,
    municipalities: ['2260'],
    startedYear: 2023,
    projectStatus: 'avslutat',
    outcomes: `- 22 hushåll beställde regelbundet, i snitt 24 kassar i veckan.
- Genomsnittligt köp var 410 kronor per kasse.
- Två skolskjutsturer med plats för vuxna hade i snitt tre vuxna resenärer per dag.
- Efter försöket har skolskjutsturer öppna för allmänheten skrivits in i upphandlingen från 2025.`,
    lessons: `Det som fungerade var att använda en transport som ändå körs. Kunderna var nöjda och butiken fick en ny kundgrupp. De låsta skåpen vid hållplatsen fungerade bra.

Det som inte fungerade var att lägga varutransport på chaufförer som ansvarar för barn. Avtalet och försäkringen borde ha retts ut innan försöket började. Försöket visar att idén kan fungera, men att den behöver skrivas in i upphandlingen av skolskjutsen från början, med tid och ersättning för lastningen.`,
    funding: `- Ånge kommun, 65 000 kronor för skåp och administration.
- Butiken tog en avgift på 30 kronor per kasse.
- Entreprenören fick ingen extra ersättning, vilket var en av orsakerna till att försöket inte förlängdes.`,
    organisations: ['Ånge kommun', 'Storvikens Lanthandel'],
    methods: ['matkasse-via-skolskjuts', 'skolskjuts-oppen-for-alla'],
    serviceAreas: ['dagligvaror', 'kollektivtrafik-och-mobilitet', 'skola-och-forskola'],
    topics: ['skolskjuts', 'hemsändning', 'lanthandel'],
    publishedDaysAgo: 120,
    lastVerifiedDaysAgo: 100,
  },
  {
    key: 'kramfors-skarsviken-servicepunkt',
    title: 'Skärsvikens handel blev servicepunkt med apoteksombud',
    summary:
      'Lanthandeln i Skärsviken vid Höga kusten fick uppdrag som servicepunkt av Kramfors kommun, med apoteksombud, uthämtningsskåp för läkemedel och paketombud för två företag.',
    body: `Skärsviken är ett kustsamhälle med omkring 250 fastboende och många sommargäster. När apoteket i närmaste tätort stängde 2018 blev avståndet till apotek tre mil för fastboende och längre för dem i byarna runt omkring.

## Vad som gjordes
Kramfors kommun hade i sin serviceplan pekat ut butiken som strategisk. Kommunens servicesamordnare och handlaren tog 2019 fram ett uppdrag som servicepunkt med fyra delar:

1. Apoteksombud med utlämning av receptbelagda läkemedel.
2. Ett uthämtningsskåp för läkemedel som kunden kan öppna med kod även när butiken är stängd.
3. Paketombud för två paketföretag.
4. Kommunens information och en publik dator.

Butiken byggde om entrén med en servicedisk och stöd från regionen. Kommunen betalar en årlig ersättning.

## Vem gjorde vad
- **Handlaren**: avtal med apotek och paketföretag, ombyggnad och bemanning.
- **Kramfors kommun**: uppdrag, ersättning och information till invånarna.
- **Region Västernorrland**: investeringsstöd.`,
    municipalities: ['2282'],
    coordinates: { lat: 62.93, lon: 18.12 },
    startedYear: 2019,
    projectStatus: 'pågående',
    outcomes: `- Apoteksombudet lämnar ut omkring 180 recept i månaden, 320 under sommaren.
- Uthämtningsskåpet används för omkring 35 procent av uthämtningarna, främst av pendlare.
- Paketombudet hanterar omkring 260 paket i veckan.
- Butikens omsättning ökade med 24 procent mellan 2019 och 2022.`,
    lessons: `Det som fungerade var att butiken redan var utpekad som strategisk i serviceplanen. Det gjorde kommunens beslut om ersättning enkelt. Uthämtningsskåpet blev en succé hos de som arbetar dagtid.

Det som inte fungerade var kylvarorna: läkemedel som kräver kyla kan inte läggas i skåpet, och de kunderna måste komma under öppettid. Bemanningen blev också ett problem sommartid, när både apoteksvaror och paket ökar kraftigt. Handlaren anställer nu en extra person i juli, men kommunens ersättning är densamma året runt.`,
    funding: `- Investeringsstöd från Region Västernorrland, 230 000 kronor.
- Ersättning från Kramfors kommun för servicepunkten, 60 000 kronor om året.
- Butikens egen investering i uthämtningsskåp, 95 000 kronor.`,
    organisations: ['Skärsvikens Handel', 'Kramfors kommun', 'Region Västernorrland'],
    methods: ['servicepunkt-i-lanthandeln', 'apoteksombud-och-uthamtningsskap'],
    serviceAreas: ['servicepunkt', 'apotek-och-lakemedel', 'post-och-paket'],
    topics: ['servicepunkt', 'apoteksombud', 'paketombud', 'lanthandel'],
    publishedDaysAgo: 340,
    lastVerifiedDaysAgo: 95,
  },
  {
    key: 'ljusdal-ungdomsforum',
    title: 'Ungdomarna som ritade om kvällstrafiken i Ljusdalsbygden',
    summary:
      'Ett ungdomsforum med 24 unga från byarna runt Ljusdal kartlade vad som saknades för att kunna bo kvar. Resultatet blev två nya kvällsturer, en ungdomslokal och ungdomarnas egen del i serviceplanen.',
    body: `När Ljusdals kommun skulle revidera sin serviceplan 2023 märkte servicesamordnaren att nästan ingen under 30 år hade deltagit i dialogmötena. Samtidigt visade kommunens egen statistik att många unga från byarna flyttade direkt efter gymnasiet.

## Ungdomsforumet
Kommunen bjöd in unga mellan 14 och 24 år från byarna till ett ungdomsforum, med hjälp av skolor, idrottsföreningar och sociala medier. 24 unga deltog i fem träffar under ett halvår. De fick ersättning i form av presentkort och fri mat.

## Vad de kom fram till
Ungdomarna fotograferade och kartlade sin vardag: var de väntar på bussen, var de handlar, var de träffas. Tre saker stack ut:

1. Det går ingen buss hem från Ljusdal efter kl. 18, vilket gör det omöjligt att träna eller jobba extra.
2. Det finns ingen plats att vara på i byarna efter skolan.
3. Ingen frågar dem.

## Vad som hände
Region Gävleborg lade in två kvällsturer på prov. En bygdeförening upplät ett rum i bygdegården som ungdomslokal. Ungdomarnas rapport blev ett eget kapitel i serviceplanen, och forumet har en fast plats i kommunbygderådet.

## Vem gjorde vad
Kommunens servicesamordnare och fritidsgård höll i forumet. Ungdomarna gjorde kartläggningen och presenterade den för kommunstyrelsen och regionen.`,
    municipalities: ['2161'],
    startedYear: 2023,
    projectStatus: 'pågående',
    outcomes: `- Två nya kvällsturer från Ljusdal kl. 19.30 och 21.30, med i snitt 14 resenärer per kväll.
- En ungdomslokal i bygdegården med öppet två kvällar i veckan och omkring 25 besökare per kväll.
- Ungdomarnas kapitel i serviceplanen innehåller sex åtgärder, varav tre är genomförda.
- 9 av de 24 deltagarna är fortfarande aktiva i forumet.`,
    lessons: `Det som fungerade var att ungdomarna fick arbeta med egna metoder, som foto och kartor, och att de presenterade själva för politikerna. Det gjorde intryck och ledde till snabba beslut.

Det som inte fungerade var att hålla kvar deltagarna. Flera slutade när de började gymnasiet i en annan kommun. Kvällsturerna är dessutom bara beslutade på prov, och regionen har sagt att de kan dras in om resandet sjunker under tio per kväll. Forumet behöver nya deltagare varje år.`,
    funding: `- Ljusdals kommun, 45 000 kronor för träffar, mat och presentkort.
- Region Gävleborg, kostnad för kvällsturerna omkring 350 000 kronor om året under försöket.
- Bygdeföreningen upplåter lokalen utan kostnad.`,
    organisations: ['Ljusdals kommun', 'Region Gävleborg', 'Ungdomsforum Ljusdalsbygden'],
    methods: ['ungdomars-medskapande', 'serviceplan-med-medborgardialog'],
    serviceAreas: ['kollektivtrafik-och-mobilitet', 'motesplatser-och-kultur'],
    topics: ['ungdomar', 'medskapande', 'kommunal serviceplan', 'kollektivtrafik'],
    publishedDaysAgo: 55,
    lastVerifiedDaysAgo: 18,
  },
  {
    key: 'ovanaker-gardsbo-handel',
    title: 'Gärdsbo handel räddades av 260 andelsägare',
    summary:
      'När handlaren i Gärdsbo ville sluta bildade byborna en ekonomisk förening och köpte butiken. Butiken är i dag servicepunkt med paketombud och apoteksombud och har särskilt driftsstöd.',
    body: `Gärdsbo är en skogsby i Ovanåkers kommun med omkring 350 invånare i byn och kringliggande bygd. Butiken hade drivits av samma familj i två generationer när ägarna 2018 berättade att de ville sälja. Ingen extern köpare hörde av sig.

## Vad byborna gjorde
Byalaget ordnade ett stormöte där över hundra personer kom. En interimsstyrelse med en före detta bankman, en elektriker och en butiksanställd tog fram en affärsplan tillsammans med en rådgivare. Planen visade att butiken kunde gå runt med en omsättning på 6,5 miljoner kronor, om den också blev ett nav för paket och apoteksvaror.

Gärdsbo Handel ekonomisk förening bildades i januari 2019. Andelar om 2 000 kronor såldes vid möten och genom att styrelsen knackade dörr.

## Servicepunkten
Kommunen gav butiken uppdraget som servicepunkt med paketombud, apoteksombud och kommunens information. Regionen beviljade investeringsstöd till ny kyl och frys och, från 2020, särskilt driftsstöd.

## Vem gjorde vad
- **Föreningen**: köp, affärsplan, anställning av föreståndare.
- **Ovanåkers kommun**: servicepunktsuppdrag och hemsändningsbidrag.
- **Region Gävleborg**: investeringsstöd och särskilt driftsstöd.`,
    municipalities: ['2121'],
    coordinates: { lat: 61.45, lon: 15.68 },
    startedYear: 2018,
    projectStatus: 'pågående',
    outcomes: `- 260 andelsägare och ett andelskapital på 520 000 kronor.
- Omsättningen har ökat från 5,9 miljoner kronor (2018) till 7,2 miljoner kronor (2024).
- Omkring 1 100 kundbesök i veckan.
- Paketombudet hanterar omkring 150 paket i veckan, apoteksombudet 90 recept i månaden.
- Två heltidstjänster och tre timanställda ungdomar.`,
    lessons: `Det som fungerade var att affärsplanen byggde på både handel och service. Ombudstjänsterna drar kunder som annars inte hade kommit. Att styrelsen hade ekonomisk kompetens från början gjorde bankkontakterna enkla.

Det som inte fungerade var andra året, när omsättningen sjönk igen när nyhetens behag hade lagt sig. Föreningen införde medlemskvällar med provsmakning och en tydlig kampanj om att butikens framtid hänger på varje medlems handel. Det har också varit svårt att rekrytera ny föreståndare; den första slutade efter 18 månader.`,
    funding: `- Andelskapital, 520 000 kronor.
- Investeringsstöd från Region Gävleborg, 340 000 kronor.
- Särskilt driftsstöd från Region Gävleborg, omkring 200 000 kronor om året sedan 2020.
- Banklån, 800 000 kronor för fastigheten.`,
    organisations: ['Gärdsbo Handel ekonomisk förening', 'Ovanåkers kommun', 'Region Gävleborg'],
    methods: ['kooperativ-butik-ekonomisk-forening', 'servicepunkt-i-lanthandeln'],
    serviceAreas: ['dagligvaror', 'servicepunkt', 'post-och-paket', 'apotek-och-lakemedel'],
    topics: ['ekonomisk förening', 'lanthandel', 'driftsstöd', 'servicepunkt'],
    publishedDaysAgo: 395,
    lastVerifiedDaysAgo: 140,
  },
  {
    key: 'nordanstig-digitalhjalpare',
    title: 'Digitalhjälpare i tre bygdegårdar i Nordanstig',
    summary:
      'Ett tvåårigt projekt lät gymnasieelever och pensionärer hjälpa äldre med BankID, Swish och 1177 i tre bygdegårdar. 380 personer fick hjälp, och biblioteket tog över verksamheten när projektet slutade.',
    body: `Nordanstigs kommun har en äldre befolkning än riksgenomsnittet och många byar långt från centralorterna. När banker, vård och kollektivtrafik blev allt mer digitala hörde bygdegårdsföreningarna att många äldre kände sig utestängda.

## Projektet
Tre bygdegårdsföreningar, kommunens bibliotek och ett studieförbund startade 2020 ett tvåårigt projekt. Varje bygdegård hade öppet hus varannan vecka med två till fyra digitalhjälpare: gymnasieelever som fick timersättning och pensionärer som var vana vid datorer.

Deltagarna tog med sina egna telefoner. De vanligaste frågorna gällde BankID, Swish, 1177, att känna igen bedrägerier och att beställa resor.

## Pandemin
Projektet startade under pandemin, och de första månaderna fick träffarna ske utomhus eller per telefon. Det visade sig att behovet då var som störst, eftersom många äldre plötsligt måste handla och boka vård digitalt.

## Efter projektet
När projektet avslutades 2022 tog biblioteket över verksamheten i en enklare form: öppet hus en gång i månaden i varje bygdegård, med bibliotekspersonal och frivilliga.

## Vem gjorde vad
Bygdegårdsföreningarna upplät lokaler och ordnade fika. Studieförbundet rekryterade och utbildade hjälpare. Biblioteket samordnade och tog över driften.`,
    municipalities: ['2132'],
    startedYear: 2020,
    projectStatus: 'avslutat',
    outcomes: `- 380 unika personer fick hjälp under projekttiden, med sammanlagt omkring 1 050 besök.
- 112 personer skaffade BankID med hjälp av projektet.
- 14 gymnasieelever arbetade som digitalhjälpare; fyra av dem har sommarjobbat inom hemtjänsten.
- Verksamheten lever vidare i bibliotekets regi med omkring 25 besök i månaden.`,
    lessons: `Det som fungerade var mötet mellan generationer. Gymnasieeleverna var tålmodiga och de äldre uppskattade kontakten. Att ha träffarna i bygdegårdarna i stället för i centralorten gjorde att fler kom.

Det som inte fungerade var att bara annonsera. De första träffarna hade få besökare, och det var först när hemtjänsten och kyrkan började tipsa personligen som fler kom. Efter projektet minskade också antalet hjälpare när timersättningen för eleverna upphörde.`,
    funding: `- Leader, 420 000 kronor för två år.
- Nordanstigs kommun, 80 000 kronor per år i medfinansiering.
- Studieförbundet bidrog med cirkelledare och material.`,
    organisations: ['Nordanstigs kommun', 'Bygdegårdsföreningen Åsbacka'],
    methods: ['digitalhjalpare-for-aldre', 'leader-som-startkapital'],
    serviceAreas: ['bredband-och-digital-service', 'motesplatser-och-kultur', 'offentlig-service'],
    topics: ['digital delaktighet', 'äldre', 'ungdomar', 'bygdegård', 'leader'],
    publishedDaysAgo: 470,
    lastVerifiedDaysAgo: 260,
  },
  {
    key: 'malung-salen-ojesjo-drivmedel',
    title: 'Öjesjö fick en bygdeägd drivmedelsstation',
    summary:
      'Byborna i Öjesjö i Malung-Sälens kommun byggde en obemannad drivmedelsstation med bensin, diesel och HVO genom en ekonomisk förening. Närmaste pump låg 48 kilometer bort.',
    body: `Öjesjö är en by med omkring 230 fastboende och ett stort antal fritidshus i Malung-Sälens kommun. Byns station stängde 2012, och sedan dess har närmaste tankställe legat 48 kilometer bort. Jordbrukare, skogsentreprenörer och hemtjänsten har fått lägga mycket tid på att tanka.

## Förstudien
Efter ett bymöte 2019 gjorde en arbetsgrupp en förstudie med stöd från kommunen. Gruppen kartlade förbrukningen hos hushåll, företag och fritidsboende och kom fram till en möjlig årsvolym på omkring 380 kubikmeter. Två skogsentreprenörer och en åkare skrev avsiktsförklaringar om att tanka i byn.

## Bygget
Öjesjö Drivmedel ekonomisk förening bildades i början av 2020 och sålde andelar om 5 000 kronor till hushåll och 25 000 kronor till företag. Föreningen köpte en obemannad station med tre produkter: bensin, diesel och HVO100. Ett drivmedelsbolag levererar och sköter betalsystemet mot en fast avgift.

Stationen invigdes i oktober 2020, efter drygt sex månaders väntan på tillstånd.

## Vem gjorde vad
- **Föreningen**: förstudie, andelar, upphandling, tillsyn.
- **Region Dalarna**: investeringsstöd.
- **Malung-Sälens kommun**: bidrag till förstudien och arrende av tomten.`,
    municipalities: ['2023'],
    coordinates: { lat: 60.95, lon: 13.25 },
    startedYear: 2019,
    projectStatus: 'avslutat',
    outcomes: `- Försäljningen var 410 kubikmeter 2024, varav 85 kubikmeter HVO.
- Avståndet till närmaste drivmedel minskade från 48 till 0 kilometer för byn.
- Föreningen har 184 andelsägare, varav 11 företag.
- Hemtjänsten uppskattar att den sparar 3 500 mil bilkörning per år.`,
    lessons: `Det som fungerade var avsiktsförklaringarna från företagen, som gjorde kalkylen trovärdig för både regionen och drivmedelsbolaget. Att erbjuda HVO från början lockade skogsentreprenörerna.

Det som inte fungerade var tidplanen för tillståndet, som drog ut på grund av frågor om avstånd till en brunn. Föreningen hade också underskattat kostnaden för markarbeten, som blev 180 000 kronor dyrare än offerten efter att man stött på berg.`,
    funding: `- Investeringsstöd från Region Dalarna, 1,4 miljoner kronor av 2,2 miljoner kronor.
- Andelskapital, 620 000 kronor.
- Banklån, 250 000 kronor.
- Förstudiebidrag från Malung-Sälens kommun, 30 000 kronor.`,
    organisations: ['Öjesjö Drivmedel ekonomisk förening', 'Region Dalarna', 'Malung-Sälens kommun'],
    methods: ['drivmedelsstation-ekonomisk-forening', 'hvo-och-laddstolpe-vid-butiken'],
    serviceAreas: ['drivmedel'],
    topics: ['drivmedel', 'hvo', 'ekonomisk förening', 'investeringsstöd'],
    publishedDaysAgo: 315,
    lastVerifiedDaysAgo: 120,
  },
  {
    key: 'orsa-servicekartlaggning-gis',
    title: 'Servicekartan som visade sårbarheten i Orsa finnmark',
    summary:
      'Orsa kommun gjorde en restidsanalys av servicen i hela kommunen. Den visade att en enda butiks nedläggning skulle ge 410 hushåll mer än 30 minuter till närmaste dagligvarubutik.',
    body: `Orsa kommun hade länge en känsla av att servicen i de norra delarna var sårbar, men inga siffror. Inför revideringen av serviceplanen beslutade kommunen 2026 att göra en servicekartläggning med GIS.

## Vad som gjordes
Kommunens GIS-ingenjör samlade in adresser till butiker, drivmedel, paketombud, apoteksombud och uttagsautomater, och räknade restid med bil från varje bostadsadress. Byalagen fick granska listorna; de hittade två ombud som lagt ned och en gårdsbutik som inte fanns med.

Därefter testades vad som händer om ett serviceställe i taget försvinner.

## Resultatet
Analysen visade att en butik i den norra kommundelen är den enda inom 30 minuter för 410 hushåll. Om den stänger ökar restiden till i snitt 42 minuter. Butiken pekades därför ut som strategisk i serviceplanen, och kommunen har inlett samtal med handlaren om framtiden.

## Pågående arbete
Kartorna ska presenteras på öppna möten i byarna under våren och uppdateras vartannat år.

*Utkast: resultat och lärdomar ska kompletteras när mötena är genomförda.*`,
    municipalities: ['2034'],
    startedYear: 2026,
    projectStatus: 'pågående',
    outcomes: `- Restid till närmaste dagligvarubutik beräknad för samtliga 3 400 bostadsadresser.
- 410 hushåll är beroende av en enda butik inom 30 minuter.
- Två felaktiga registeruppgifter rättades av byalagen.`,
    lessons: `Det som fungerade hittills var att låta byalagen granska underlaget innan analysen. Det som inte fungerade var att få fram uppgifter om uttagsautomater; flera ägare ville inte lämna ut placeringar, och kartan är därför ofullständig för kontanter.`,
    funding: 'Arbetstid för kommunens GIS-ingenjör, omkring 180 timmar. Inga externa medel.',
    organisations: ['Orsa kommun', 'Region Dalarna'],
    methods: ['servicekartlaggning-med-gis'],
    serviceAreas: ['dagligvaror', 'offentlig-service'],
    topics: ['gis', 'kommunal serviceplan'],
    draft: true,
    publishedDaysAgo: 3,
  },
  {
    key: 'vansbro-skalby-servicehus',
    title: 'Servicehuset i Skålby startade som Leaderprojekt',
    summary:
      'Skålby bygdeförening köpte den nedlagda affären med stöd från Leader och gjorde om den till ett servicehus med butik, paketombud, kafé och bygdens gym. Projektet avslutades 2020 och huset drivs vidare.',
    body: `Skålby i Vansbro kommun förlorade sin butik 2016. Byggnaden stod tom och byn hade tre mil till närmaste affär. Bygdeföreningen ville få tillbaka en mötesplats, men insåg att en vanlig butik inte skulle bära sig.

## Idén
Föreningen tog fram en plan för ett servicehus: en liten butik med basvaror, paketombud, kafé, ett rum för föreningarnas möten och ett enkelt gym. Genom att samla flera verksamheter under ett tak skulle hyresintäkterna räcka till huset, och butiken kunna drivas med låg hyra.

## Leader som startkapital
Föreningen sökte och fick stöd från Leader 2017 för att köpa och renovera fastigheten. Projektet pågick i tre år och omfattade också en förstudie om butikens ekonomi och rekrytering av en handlare.

## Hur det blev
En lokal företagare driver sedan 2018 butik och kafé i huset och betalar en låg hyra. Paketombudet drivs av butiken. Gymmet har 90 medlemmar som betalar en årsavgift till föreningen, och rummet hyrs ut till föreningar och för kalas.

## Vem gjorde vad
- **Bygdeföreningen**: äger huset, ansökningar, renovering med ideellt arbete.
- **Leaderområdet**: projektstöd.
- **Vansbro kommun**: medfinansiering och rådgivning.
- **Region Dalarna**: investeringsstöd till butikens kyldiskar.`,
    municipalities: ['2021'],
    coordinates: { lat: 60.52, lon: 14.1 },
    startedYear: 2017,
    projectStatus: 'avslutat',
    outcomes: `- Butiken har omkring 450 kundbesök i veckan och öppet 45 timmar.
- Paketombudet tar emot omkring 90 paket i veckan.
- Gymmet har 90 medlemmar och mötesrummet hyrs ut omkring 60 gånger per år.
- Föreningen har haft positivt resultat sedan 2019 och har börjat amortera fastighetslånet.`,
    lessons: `Det som fungerade var att tänka på huset som helhet och inte bara på butiken. Gymmet och uthyrningen ger föreningen en stabil intäkt som gör att butiken kan ha låg hyra.

Det som inte fungerade var projektets administration. Leaderstödet betalades ut i efterhand, och föreningen fick ta ett kortfristigt lån för att klara likviditeten. Redovisningen tog också mycket mer tid än väntat. Kaféet har dessutom haft svårt att bära sig vintertid och har nu bara öppet på helger från oktober till april.`,
    funding: `- Leader, 1,1 miljoner kronor 2017–2020.
- Vansbro kommun, medfinansiering 150 000 kronor.
- Investeringsstöd från Region Dalarna, 180 000 kronor till butikens kyldiskar.
- Ideellt arbete, omkring 2 500 timmar vid renoveringen.`,
    organisations: ['Skålby bygdeförening', 'Vansbro kommun', 'Region Dalarna'],
    methods: ['leader-som-startkapital', 'servicepunkt-i-lanthandeln'],
    serviceAreas: ['servicepunkt', 'dagligvaror', 'post-och-paket', 'motesplatser-och-kultur'],
    topics: ['leader', 'servicepunkt', 'mötesplats', 'lanthandel'],
    publishedDaysAgo: 575,
    lastVerifiedDaysAgo: 310,
  },
  {
    key: 'rattvik-bystammor-serviceplan',
    title: 'Tolv bystämmor blev underlag för Rättviks serviceplan',
    summary:
      'Rättviks kommun och länsavdelningen i Dalarna höll tolv bystämmor på ett halvår. 520 personer deltog, och byarnas prioriteringar styr nu den nya serviceplanen.',
    body: `Rättviks kommuns förra serviceplan hade tagits fram av tjänstepersoner med en enkät som underlag. Få kände till den, och byalagen upplevde att deras frågor inte fanns med. När planen skulle revideras 2024 ville kommunen göra annorlunda.

## Samarbetet
Kommunen bad länsavdelningen i Dalarna om hjälp med att hålla bystämmor. Länsavdelningen hade metoden och kontakter med byalagen; kommunen hade lokalerna, kartorna och mandatet.

## Stämmorna
Tolv bystämmor hölls mellan september 2024 och februari 2025, i bygdegårdar, en skola och ett församlingshem. Varje stämma följde samma upplägg:

1. Kommunen visade en karta över servicen i kommundelen och restider.
2. Deltagarna kompletterade och rättade kartan.
3. Deltagarna valde tre frågor som var viktigast för just deras bygd.
4. Varje fråga fick en kontaktperson i byn.

## Från stämma till plan
Länsavdelningen sammanställde alla stämmor i en rapport. Kommunens servicesamordnare skrev planen utifrån rapporten och skickade utkastet till byalagen innan det gick till politiken.

## Vem gjorde vad
Länsavdelningen ledde stämmorna och skrev rapporten. Rättviks kommun stod för kartor, lokaler och planarbetet. Byalagen bjöd in och utsåg kontaktpersoner.`,
    municipalities: ['2031'],
    startedYear: 2024,
    projectStatus: 'pågående',
    outcomes: `- 12 stämmor med sammanlagt 520 deltagare, varav omkring 15 procent under 30 år.
- 36 prioriterade frågor, där drivmedel, kollektivtrafik till kvällsaktiviteter och paketutlämning var vanligast.
- Serviceplanen antogs i juni 2025 med 19 åtgärder, varav 14 bygger direkt på stämmornas prioriteringar.
- 31 namngivna kontaktpersoner i byarna.`,
    lessons: `Det som fungerade var samarbetet mellan kommunen och länsavdelningen. Byalagen litade på länsavdelningen, och kommunen kunde visa att den menade allvar genom att delta på varje stämma.

Det som inte fungerade var tidpunkten för några av stämmorna. De som hölls i december hade betydligt färre deltagare. Byarna närmast centralorten var också svårare att engagera, eftersom de inte upplever servicen som hotad. Kommunen har heller ännu inte bestämt hur byarna ska få löpande återkoppling på vad som händer med deras frågor nu när planen är antagen.`,
    funding: `- Rättviks kommun, 110 000 kronor för länsavdelningens arbete och sammanställning.
- Ideellt arbete i byalagen.`,
    organisations: ['Rättviks kommun', 'Landsbygdsrörelsen Dalarna'],
    methods: ['bystamma-om-service', 'serviceplan-med-medborgardialog'],
    serviceAreas: ['offentlig-service', 'dagligvaror', 'drivmedel', 'kollektivtrafik-och-mobilitet'],
    topics: ['kommunal serviceplan', 'medskapande', 'flernivåsamverkan'],
    publishedDaysAgo: 22,
    lastVerifiedDaysAgo: 8,
  },
  {
    key: 'torsby-kvarnasen-flernivasamverkan',
    title: 'By, kommun, region och stat i samma rum för Kvarnåsens servicepunkt',
    summary:
      'När både butik och drivmedel i Kvarnåsen i Torsby kommun var hotade samlade byalaget alla nivåer kring ett gemensamt åtgärdspaket. Servicepunkten finns kvar och har fått ny drivmedelspump.',
    body: `Kvarnåsen är en by med omkring 300 invånare i norra Torsby kommun, nära norska gränsen. 2021 stod butiken inför ett generationsskifte, drivmedelspumpen behövde bytas och paketombudet hade sagt upp avtalet. Utan butiken skulle närmaste dagligvaror ligga fem mil bort.

## Flernivåsamverkan
Byalaget insåg att ingen enskild aktör kunde lösa alla tre frågorna. Med hjälp av kommunens servicesamordnare bjöd byalaget in till ett gemensamt möte med Region Värmland, som ansvarar för det regionala serviceprogrammet, Tillväxtverket och Trafikverket, som ansvarar för vägen.

På mötet gick parterna igenom frågorna en och en och bestämde vem som gör vad:

- **Byalaget**: letar ny handlare och samordnar ortens önskemål.
- **Torsby kommun**: ger butiken uppdrag som servicepunkt och hemsändningsbidrag.
- **Region Värmland**: prioriterar investeringsstöd till pumpen och särskilt driftsstöd.
- **Tillväxtverket**: bjuder in byn som exempel i det nationella arbetet med serviceprogrammen.

## Resultat
En ny handlare tog över 2022. Pumpen byttes samma år, och butiken blev servicepunkt med paketombud och apoteksombud. Parterna träffas sedan dess en gång om året för att stämma av.

## Vem gjorde vad
Byalaget tog initiativet och höll ihop arbetet. Servicesamordnaren såg till att rätt personer kom till mötet.`,
    municipalities: ['1737'],
    coordinates: { lat: 60.62, lon: 12.72 },
    startedYear: 2021,
    projectStatus: 'pågående',
    outcomes: `- Butiken är kvar med ny handlare sedan april 2022 och har öppet 52 timmar i veckan.
- Den nya pumpen säljer omkring 290 kubikmeter per år.
- Paketombudet hanterar omkring 120 paket i veckan.
- Avståndet till närmaste dagligvarubutik förblir 0 kilometer för byn, mot 50 kilometer om butiken stängt.
- Den årliga avstämningen har hållits fyra år i rad.`,
    lessons: `Det som fungerade var att samla alla nivåer samtidigt i stället för att gå till var och en. Det blev tydligt att frågorna hängde ihop, och regionen kunde prioritera stöd när kommunen samtidigt gav ett servicepunktsuppdrag.

Det som inte fungerade var att rekrytera handlare. Det tog ett år, och den första kandidaten hoppade av när bostaden föll igenom. Byalaget har lärt sig att boende för nya handlare måste ingå i planen. Trafikverkets medverkan gav heller inget konkret resultat; frågan om en säkrare infart till butiken ligger kvar.`,
    funding: `- Investeringsstöd från Region Värmland, 650 000 kronor till pump och ombyggnad.
- Särskilt driftsstöd från Region Värmland, omkring 230 000 kronor om året.
- Ersättning från Torsby kommun för servicepunkten, 50 000 kronor om året, och hemsändningsbidrag.`,
    organisations: ['Kvarnåsens byalag', 'Torsby kommun', 'Region Värmland'],
    methods: ['flernivasamverkan-regionalt-serviceprogram', 'servicepunkt-i-lanthandeln'],
    serviceAreas: ['servicepunkt', 'drivmedel', 'dagligvaror', 'post-och-paket'],
    topics: ['flernivåsamverkan', 'regionalt serviceprogram', 'servicepunkt', 'driftsstöd'],
    publishedDaysAgo: 200,
    lastVerifiedDaysAgo: 35,
    en: {
      title: 'Village, municipality, region and state in one room for the Kvarnåsen service point',
      summary:
        'When both the shop and the fuel pump in Kvarnåsen, Torsby municipality, were under threat, the village association gathered every level around a joint package of measures. The service point remains and has a new fuel pump.',
      body: `Kvarnåsen is a village of about 300 residents in northern Torsby municipality, near the Norwegian border. In 2021 the shop faced a change of owner, the fuel pump needed replacing and the parcel agent had terminated its contract. Without the shop the nearest groceries would be 50 km away.

## Multi-level cooperation
The village association realised that no single actor could solve all three issues. With help from the municipality's service coordinator it invited Region Värmland, responsible for the regional service programme, the Swedish Agency for Economic and Regional Growth and the Transport Administration, responsible for the road, to a joint meeting.

At the meeting the parties went through the issues one by one and agreed who does what:

- **The village association**: finds a new shopkeeper and gathers the village's wishes.
- **Torsby municipality**: gives the shop a service-point assignment and home-delivery grants.
- **Region Värmland**: prioritises investment support for the pump and special operating support.
- **The growth agency**: invites the village as an example in the national work on service programmes.

## Results
A new shopkeeper took over in 2022. The pump was replaced the same year, and the shop became a service point with parcel and pharmacy agents. The parties have met once a year since.

## Who did what
The village association took the initiative and held the work together. The service coordinator made sure the right people came to the meeting.`,
      outcomes: `- The shop remains, with a new shopkeeper since April 2022, open 52 hours a week.
- The new pump sells about 290 cubic metres a year.
- The parcel agent handles about 120 parcels a week.
- The distance to the nearest grocery store stays at 0 km for the village, against 50 km had the shop closed.
- The annual review has been held four years running.`,
      lessons: `What worked was gathering all levels at once rather than going to each in turn. It became clear that the issues were linked, and the region could prioritise support when the municipality at the same time gave a service-point assignment.

What did not work was recruiting a shopkeeper. It took a year, and the first candidate pulled out when housing fell through. The association has learned that housing for new shopkeepers must be part of the plan. The Transport Administration's participation gave no concrete result; a safer entrance to the shop is still an open issue.`,
      funding: `- Investment support from Region Värmland, SEK 650,000 for the pump and rebuilding.
- Special operating support from Region Värmland, about SEK 230,000 a year.
- Fee from Torsby municipality for the service point, SEK 50,000 a year, and home-delivery grants.`,
    },
  },
  {
    key: 'arjang-eda-samakning-over-gransen',
    title: 'Samåkning till jobben i Norge från Årjäng och Eda',
    summary:
      'Byalag i Årjäng och Eda startade en gemensam samåkningsgrupp för pendlare till arbetsplatser på norska sidan. Kommunerna märkte upp fyra samåkningsplatser vid butiker och hållplatser.',
    body: `I gränsbygderna i västra Värmland pendlar många till arbetsplatser i Norge, ofta på tider när ingen kollektivtrafik går. Samtidigt har flera byar förlorat sina busslinjer. Många hushåll har två bilar bara för att klara pendlingen.

## Hur det började
Två byalag, ett i Årjängs kommun och ett i Eda kommun, gjorde hösten 2022 en enkel enkät om resvanor. 140 personer svarade, och det visade sig att ett femtiotal körde ungefär samma väg till samma områden i Norge, vid samma tider.

## Samåkningsgruppen
Byalagen startade en gemensam grupp i en chattapp, med enkla regler: resor läggs upp senast kvällen före, kostnaden delas efter kilometer och den som inte kan köra meddelar i god tid. Två personer i varje byalag modererar.

## Samåkningsplatser
Årjängs och Eda kommuner märkte gemensamt upp fyra samåkningsplatser med skylt, belysning och väderskydd: två vid lanthandlare och två vid busshållplatser. Region Värmland bidrog med skyltarna och med information i sin reseplanerare.

## Vem gjorde vad
Byalagen startade och driver gruppen. Kommunerna iordningställde platserna. Regionen hjälpte till med information.`,
    municipalities: ['1765', '1730'],
    startedYear: 2022,
    projectStatus: 'pågående',
    outcomes: `- Samåkningsgruppen har 230 medlemmar.
- Omkring 60 samåkningsresor läggs upp per vecka; uppskattningsvis 40 av dem blir av.
- De fyra samåkningsplatserna används av i snitt 25 bilar per vardag.
- 11 hushåll uppger i en uppföljande enkät att de har kunnat sälja en bil.`,
    lessons: `Det som fungerade var att börja med enkäten. Den visade att det fanns underlag, och gjorde det lättare att få kommunerna att investera i platserna. Att samarbeta över kommungränsen var självklart för pendlarna, även om det krävde två kommunala beslut.

Det som inte fungerade var att få äldre och ungdomar att använda samåkningen. Gruppen används nästan bara av pendlare. Skiftarbetare har också svårt att hitta matchande resor. En regional samåkningsapp prövades ett halvår men övergavs eftersom få ville byta från chattgruppen.`,
    funding: `- Årjängs och Eda kommuner, 95 000 kronor sammanlagt för samåkningsplatserna.
- Region Värmland, skyltar och information för omkring 20 000 kronor.
- Ideellt arbete i byalagen.`,
    organisations: ['Årjängs kommun', 'Eda kommun', 'Region Värmland'],
    methods: ['samakning-i-bygden'],
    serviceAreas: ['kollektivtrafik-och-mobilitet'],
    topics: ['samåkning', 'kollektivtrafik', 'medskapande'],
    publishedDaysAgo: 280,
    lastVerifiedDaysAgo: 170,
  },
  {
    key: 'filipstad-hyttbacken-mack',
    title: 'Macken i Hyttbacken som stängde igen',
    summary:
      'Byalaget i Hyttbacken tog över en nedlagd mack 2020 och drev den i tre år. Volymen räckte inte, och när pumpen behövde bytas 2023 valde föreningen att avveckla. Lärdomarna används nu i länet.',
    body: `Hyttbacken är ett gammalt bruksamhälle med omkring 180 invånare i Filipstads kommun. Drivmedelsbolaget stängde stationen 2019, och närmaste mack låg därefter 26 kilometer bort.

## Övertagandet
Byalaget bildade en ekonomisk förening och köpte pumpen och automaten av bolaget för 50 000 kronor. Cisternerna var inte gamla, och föreningen fick ett avtal med ett annat bolag om leverans. Stationen öppnade igen i juni 2020, driven av frivilliga.

## Vad som hände
Försäljningen blev omkring 180 kubikmeter per år, långt under de 300 kubikmeter som drivmedelsbolaget hade angett som gräns för ett långsiktigt avtal. Flera pendlare fortsatte att tanka i tätorten där priset var lägre. 2023 behövde betalautomaten bytas för att klara nya kortstandarder, och kostnaden var 320 000 kronor.

Föreningen räknade på alternativen och beslutade att avveckla. Stationen stängde i oktober 2023.

## Efteråt
Byalaget har skrivit ned sina erfarenheter och delat dem med länsavdelningen och regionen. Erfarenheterna har använts i två andra byar i Värmland som planerat liknande övertaganden.

## Vem gjorde vad
Byalaget och föreningen drev macken. Filipstads kommun gav ett startbidrag. Region Värmland gav investeringsstöd vid övertagandet men kunde inte motivera ett nytt stöd 2023 med så låg volym.`,
    municipalities: ['1782'],
    startedYear: 2020,
    projectStatus: 'avslutat',
    outcomes: `- Stationen var öppen i 40 månader och sålde sammanlagt omkring 600 kubikmeter.
- 14 frivilliga deltog i tillsynen.
- Föreningen kunde avveckla utan skulder; andelsägarna fick tillbaka 60 procent av sina insatser.
- Avståndet till närmaste drivmedel är åter 26 kilometer.`,
    lessons: `Det som fungerade var det ideella engagemanget och att föreningen avvecklade i ordning innan skulderna växte.

Det som inte fungerade var kalkylen. Föreningen räknade med att alla i byn skulle tanka där, men priset var 40–60 öre högre per liter än i tätorten, och pendlarna valde det billigare. Det saknades också stora kunder som åkerier. Byalaget säger i dag att en förstudie med avsiktsförklaringar från företag borde ha gjorts innan köpet, och att gränsen för volym bör tas på allvar.`,
    funding: `- Investeringsstöd från Region Värmland, 90 000 kronor vid övertagandet.
- Startbidrag från Filipstads kommun, 25 000 kronor.
- Andelskapital från 95 andelsägare, 190 000 kronor.`,
    organisations: ['Hyttbackens byalag', 'Filipstads kommun', 'Region Värmland'],
    methods: ['overtagande-av-nedlagd-mack'],
    serviceAreas: ['drivmedel'],
    topics: ['drivmedel', 'ekonomisk förening'],
    publishedDaysAgo: 230,
    lastVerifiedDaysAgo: 200,
  },
  {
    key: 'hagfors-munkfors-narttrafik',
    title: 'Gemensam närtrafik i Hagfors och Munkfors',
    summary:
      'Hagfors och Munkfors kommuner delade upp landsbygden i elva zoner för anropsstyrd närtrafik, med resor över kommungränsen. Turerna anpassades till vårdcentralen och butikerna i båda centralorterna.',
    body: `I Klarälvdalen ligger Hagfors och Munkfors nära varandra, och många invånare har närmare till grannkommunens centralort än till sin egen. Tidigare var närtrafiken ordnad per kommun, och resor över gränsen var inte möjliga.

## Samarbetet
2019 kom kommunerna och Region Värmland överens om en gemensam modell för anropsstyrd närtrafik. Landsbygden i de två kommunerna delades in i elva zoner. Resenärerna kan välja att åka till någon av de två centralorterna, oavsett vilken kommun de bor i.

## Turerna
Varje zon har trafik två dagar i veckan, med ankomst till centralorten före kl. 10 och avresa efter kl. 14. Resan beställs senast kl. 17 dagen före via regionens beställningscentral. Taxi och skolskjutsfordon utför resorna.

## Information
Kommunerna skickade en folder till alla hushåll i zonerna. Pensionärsföreningar och byalag fick en genomgång, och hemtjänstens personal visade brukare hur man beställer.

## Vem gjorde vad
Region Värmland ansvarar för trafiken och beställningscentralen. Kommunerna delar på kostnaden efter antal resor från respektive kommun och står för informationen.`,
    municipalities: ['1783', '1762'],
    startedYear: 2019,
    projectStatus: 'pågående',
    outcomes: `- Omkring 2 600 resor per år, varav 22 procent över kommungränsen.
- Vårdcentralen i Hagfors är det vanligaste resmålet, följt av de två största dagligvarubutikerna.
- Kostnad omkring 340 kronor per resa för kommunerna och regionen.
- Tre zoner med under 50 resor per år slogs ihop 2023.`,
    lessons: `Det som fungerade var att låta resenärerna välja centralort. Resor över gränsen var den största efterfrågan som ingen hade tänkt på tidigare. Att fördela kostnaden efter antal resor gjorde avtalet enkelt.

Det som inte fungerade var beställningen via app, som infördes 2022. De flesta resenärer fortsatte att ringa, och appen används för under tio procent av resorna. Sammanslagningen av zoner ledde till längre restider för några byar, och byalagen upplevde att de inte blev tillfrågade.`,
    funding: `- Trafiken kostar omkring 880 000 kronor om året, delat mellan Region Värmland (hälften) och kommunerna efter antal resor.
- Informationsmaterial, 35 000 kronor, delat lika mellan kommunerna.`,
    organisations: ['Hagfors kommun', 'Munkfors kommun', 'Region Värmland'],
    methods: ['anropsstyrd-narttrafik'],
    serviceAreas: ['kollektivtrafik-och-mobilitet', 'vard-och-omsorg'],
    topics: ['anropsstyrd trafik', 'kollektivtrafik', 'äldre'],
    publishedDaysAgo: 445,
    lastVerifiedDaysAgo: 160,
  },
  {
    key: 'ljusnarsberg-rullande-medborgarkontor',
    title: 'Biblioteksbussen blev rullande medborgarkontor i Ljusnarsberg',
    summary:
      'Ljusnarsbergs kommun byggde om biblioteksbussen så att den också fungerar som medborgarkontor. Personal från servicekontoret åker med en gång i månaden, och digitalhjälpare finns ombord varje vecka.',
    body: `Ljusnarsberg är en liten kommun i Bergslagen med omkring 4 700 invånare, där många bor i byar långt från centralorten. Biblioteksbussen var länge den enda kommunala verksamhet som regelbundet besökte byarna.

## Idén
När bussen skulle bytas 2021 föreslog biblioteket och kommunens servicesamordnare att den nya bussen skulle byggas för mer än böcker. Den fick en avskild arbetsplats med uppkoppling, skrivare och skanner, och en surfplatta för kunder.

## Vad bussen erbjuder
- Bibliotek som tidigare.
- Digitalhjälp varje vecka: personalen hjälper till med BankID, 1177, ansökningar och bokning av närtrafik.
- Kommunens tjänster: blanketter, frågor om avgifter, felanmälningar.
- En gång i månaden åker personal från det statliga servicekontoret i grannkommunen med, och då kan besökarna få hjälp med ärenden hos Försäkringskassan, Skatteverket och Pensionsmyndigheten.

## Turlistan
Bussen besöker 16 hållplatser varannan vecka, ofta vid butiker och bygdegårdar. Turlistan anpassades så att bussen står vid butiken samtidigt som hemsändningen lastas, och vid bygdegården när pensionärsföreningen träffas.

## Vem gjorde vad
Kommunen köpte och byggde om bussen. Biblioteket bemannar den. Statens servicecenter står för personal vid de månatliga besöken. Region Örebro län bidrog till utrustningen.`,
    municipalities: ['1864'],
    startedYear: 2021,
    projectStatus: 'pågående',
    outcomes: `- Omkring 5 800 besök per år, varav 1 300 gäller digitalhjälp eller kommunala ärenden.
- De månatliga besöken från servicekontoret har i snitt 9 besökare per tur.
- 64 personer har skaffat BankID med hjälp på bussen.
- Utlåningen ökade med 12 procent efter bytet, trots att bussen nu delar utrymmet med kontoret.`,
    lessons: `Det som fungerade var att bygga vidare på något som redan fanns och som folk litade på. Biblioteksbussen var välkänd, och det var lätt för äldre att kliva på och fråga.

Det som inte fungerade var uppkopplingen på fyra av hållplatserna, där mobilnätet är för svagt för servicekontorets system. Bussen har flyttat de hållplatserna några kilometer. Ombyggnaden blev också dyrare än planerat, eftersom arbetsplatsen krävde extra isolering och värme för att fungera vintertid.`,
    funding: `- Ljusnarsbergs kommun, bussen inklusive ombyggnad 3,2 miljoner kronor.
- Region Örebro län, 150 000 kronor till it-utrustning.
- Statens servicecenter står för sin personal.`,
    organisations: ['Ljusnarsbergs kommun', 'Region Örebro län', 'Statens servicecenter'],
    methods: ['ambulerande-statlig-service', 'digitalhjalpare-for-aldre'],
    serviceAreas: ['offentlig-service', 'bredband-och-digital-service', 'motesplatser-och-kultur'],
    topics: ['mobil service', 'statlig service', 'digital delaktighet'],
    publishedDaysAgo: 380,
    lastVerifiedDaysAgo: 110,
  },
  {
    key: 'hallefors-uthamtningsskap-lakemedel',
    title: 'Uthämtningsskåp för läkemedel i Sävsjönäs',
    summary:
      'Lanthandeln i Sävsjönäs i Hällefors kommun kompletterade apoteksombudet med ett uthämtningsskåp som öppnas med kod. Kunderna kan hämta läkemedel dygnet runt.',
    body: `Sävsjönäs är en by med omkring 200 invånare i Hällefors kommun. Butiken har varit apoteksombud i många år, men med öppettider 10–18 på vardagar och 10–14 på lördagar. Pendlare och skiftarbetare hade svårt att hinna hämta sina läkemedel.

## Vad som gjordes
Våren 2024 installerade handlaren ett uthämtningsskåp med 24 fack vid butikens entré, i samarbete med apotekskedjan som butiken är ombud för. När kundens läkemedel har kommit får kunden ett sms med en kod, och kan öppna facket när som helst på dygnet.

Skåpet är temperaturövervakat. Läkemedel som kräver kylförvaring och narkotikaklassade läkemedel lämnas fortfarande ut i kassan.

## Information
Byalaget och handlaren berättade om skåpet i byns Facebookgrupp och vid ett möte med pensionärsföreningen. Vårdcentralen informerade sina patienter i byn.

## Vem gjorde vad
Handlaren förhandlade med apotekskedjan och installerade skåpet. Hällefors kommun gav ett bidrag till installationen. Byalaget informerade.`,
    municipalities: ['1863'],
    coordinates: { lat: 59.86, lon: 14.5 },
    startedYear: 2024,
    projectStatus: 'pågående',
    outcomes: `- Omkring 140 uthämtningar i månaden, varav 45 procent via skåpet.
- 38 procent av skåputhämtningarna sker mellan kl. 18 och 07.
- Tiden som personalen lägger på apoteksombudet har minskat med omkring fyra timmar i veckan.
- Butiken har fått omkring 15 nya stamkunder som tidigare hämtade läkemedel i tätorten.`,
    lessons: `Det som fungerade var att kombinera skåpet med det befintliga ombudet. Kunderna fick välja, och de som behöver rådgivning kan fortfarande få det i kassan.

Det som inte fungerade var att alla läkemedel inte kan läggas i skåpet. Det skapade förvirring de första månaderna, när kunder fick sms men sedan ändå måste komma under öppettid. Handlaren och apotekskedjan har nu ändrat texten i sms:et så att det framgår var läkemedlet ska hämtas.`,
    funding: `- Handlarens investering, 85 000 kronor.
- Bidrag från Hällefors kommun, 40 000 kronor.`,
    organisations: ['Sävsjönäs Livs', 'Hällefors kommun'],
    methods: ['apoteksombud-och-uthamtningsskap'],
    serviceAreas: ['apotek-och-lakemedel', 'dagligvaror'],
    topics: ['apoteksombud', 'lanthandel'],
    publishedDaysAgo: 48,
    lastVerifiedDaysAgo: 16,
  },
  {
    key: 'skinnskatteberg-hyttskogen-fiber',
    title: 'Hyttskogens fiberförening byggde till de sista 90 hushållen',
    summary:
      'När den kommersiella utbyggnaden i Skinnskattebergs kommun var klar återstod 90 hushåll i skogsbygden. En fiberförening byggde nätet på två år med bredbandsstöd och kommunal medfinansiering.',
    body: `I Skinnskattebergs kommun byggde en kommersiell operatör fiber i tätorterna och de större byarna fram till 2019. Kvar stod omkring 90 hushåll i skogsbygden norr om centralorten, med långa avstånd mellan gårdarna. Operatören sa nej till att bygga vidare.

## Föreningen
Hyttskogens Fiberförening bildades 2021 av boende som hade tröttnat på att vänta. Med en insats på 25 000 kronor per fastighet och en hög anslutningsgrad, 84 procent, gick det att räkna hem projektet med bredbandsstöd.

## Bygget
Nätet omfattar 48 kilometer. Föreningen upphandlade en entreprenör för grävning och plöjning och anlitade en projektör. Medlemmarna grävde själva på sina tomter och hjälpte till med röjning längs sträckningen. Kommunens bredbandssamordnare hjälpte föreningen med stödansökan och kontakter med Trafikverket om vägkorsningar.

Nätet togs i drift i etapper under 2022 och 2023.

## Vem gjorde vad
Föreningen ägde och drev projektet. Skinnskattebergs kommun bidrog med samordning och medfinansiering. Region Västmanland samordnade bredbandsstödet i länet.`,
    municipalities: ['1904'],
    startedYear: 2021,
    projectStatus: 'avslutat',
    outcomes: `- 76 fastigheter anslutna, varav 58 permanentbostäder.
- 48 kilometer nät, kostnad 12,4 miljoner kronor, motsvarande 163 000 kronor per ansluten fastighet.
- Två företag i skogsbygden har kunnat anställa personal som arbetar på distans.
- Tre familjer har flyttat in i tidigare fritidshus sedan nätet togs i drift.`,
    lessons: `Det som fungerade var den höga anslutningsgraden. Föreningen knackade dörr hos alla och förklarade varför varje anslutning var viktig för kalkylen. Kommunens hjälp med Trafikverket sparade flera månader.

Det som inte fungerade var kostnaden per fastighet, som blev mycket hög på grund av de långa avstånden. Utan bredbandsstödet hade projektet inte gått att genomföra. Föreningen hade också svårt att få driftavtal med en kommunikationsoperatör för ett så litet nät och fick till slut ansluta sig till en större förenings avtal.`,
    funding: `- Bredbandsstöd via Region Västmanland, 8,6 miljoner kronor.
- Medlemsinsatser, 1,9 miljoner kronor.
- Kommunal medfinansiering från Skinnskattebergs kommun, 900 000 kronor.
- Banklån, 1 miljon kronor.`,
    organisations: ['Hyttskogens Fiberförening', 'Skinnskattebergs kommun', 'Region Västmanland'],
    methods: ['fiberforening'],
    serviceAreas: ['bredband-och-digital-service'],
    topics: ['fiberförening', 'bredband'],
    publishedDaysAgo: 265,
    lastVerifiedDaysAgo: 190,
  },
  {
    key: 'osthammar-skargard-hemsandning',
    title: 'Hemsändning med båt till öarna i Östhammars skärgård',
    summary:
      'Lanthandeln i Storskär kör ut dagligvaror med båt till fyra öar utan fast förbindelse, en gång i veckan året runt och två gånger på sommaren. Kommunens hemsändningsbidrag gör det möjligt.',
    body: `I Östhammars skärgård bor omkring 60 personer året runt på öar utan bro eller färja. Den närmaste butiken är lanthandeln i Storskär på fastlandet. Tidigare fick öborna själva åka båt eller, vintertid, ta sig över isen eller med svävare.

## Upplägget
Sedan 2018 kör butiken hemsändning med en egen båt till fyra öar. Vintertid, när isen lägger sig, sker leveranserna med svävare som hyrs av en lokal entreprenör.

- En tur i veckan året runt, två i veckan juni–augusti.
- Beställning per telefon eller e-post senast dagen före.
- Butiken tar med paket från sitt paketombud och läkemedel från apoteksombudet.
- Varorna levereras till bryggor där öborna har låsbara kylboxar.

## Finansiering
Östhammars kommun ger hemsändningsbidrag per tur, och kommunen får delvis statlig medfinansiering. Butiken tar ut en mindre leveransavgift av fritidsboende sommartid.

## Vem gjorde vad
Handlaren kör och planerar turerna. Östhammars kommun betalar bidraget. Skärgårdsföreningen har ordnat kylboxar och samordnar önskemål från öborna.`,
    municipalities: ['0382'],
    coordinates: { lat: 60.32, lon: 18.45 },
    startedYear: 2018,
    projectStatus: 'pågående',
    outcomes: `- 24 helårshushåll får hemsändning regelbundet; sommartid tillkommer omkring 70 hushåll.
- Omkring 1 900 leveranser per år.
- Leveranserna har bara ställts in 9 gånger på sju år, alla på grund av svag is.
- Butiken uppger att hemsändningen står för omkring 12 procent av omsättningen.`,
    lessons: `Det som fungerade var att kombinera varor, paket och läkemedel på samma tur. För öborna blev båten den viktigaste serviceförbindelsen. Kylboxarna på bryggorna gjorde att ingen behöver vänta vid bryggan.

Det som inte fungerade var perioderna med svag is, när varken båt eller svävare kan köra. Öborna har fått lägga upp förråd inför de veckorna. Kostnaden för svävaren är hög, och kommunen har diskuterat att sänka bidraget vintertid, vilket skulle göra turerna olönsamma.`,
    funding: `- Hemsändningsbidrag från Östhammars kommun, omkring 240 000 kronor om året.
- Investeringsstöd från Region Uppsala till båten, 180 000 kronor.
- Leveransavgifter från fritidsboende, omkring 40 000 kronor per sommar.`,
    organisations: ['Storskärs Handel', 'Östhammars kommun', 'Region Uppsala'],
    methods: ['hemsandningsbidrag-i-samverkan'],
    serviceAreas: ['dagligvaror', 'post-och-paket', 'apotek-och-lakemedel'],
    topics: ['hemsändning', 'skärgård', 'lanthandel'],
    publishedDaysAgo: 420,
    lastVerifiedDaysAgo: 145,
  },
  {
    key: 'norrtalje-lovskar-obutik',
    title: 'Öbutiken på Lövskär blev obemannad vintertid',
    summary:
      'Butiken på Lövskär i Norrtälje skärgård var tidigare stängd från oktober till april. Med digital nyckel och självbetjäning håller den nu öppet året runt för de 110 bofasta.',
    body: `Lövskär är en ö i Norrtälje kommun med omkring 110 bofasta och över 500 fritidshus. Butiken har länge haft öppet på sommaren, men var stängd från oktober till april eftersom kundunderlaget inte räckte för att bemanna den. Vintertid fick de bofasta åka färja och bil till fastlandet för att handla, en resa på minst tre timmar.

## Vad som gjordes
Öföreningen, som äger butikslokalen, gick 2022 ihop med handlaren och sökte stöd för att bygga om butiken för obemannad drift. Ombyggnaden omfattade ett digitalt lås, kameror, en självbetjäningskassa och en mindre sortiment vintertid med fokus på basvaror.

Butiken blev samtidigt servicepunkt med paketskåp och apoteksombud, så att de bofasta kan hämta sina läkemedel på ön.

## Så fungerar det
- Sommartid (juni–augusti): bemannad butik 9–19.
- Resten av året: obemannad 7–21, bemannad lördagar 10–13.
- Handlaren fyller på två gånger i veckan med färjan.
- Öföreningens medlemmar har ett jourschema om något krånglar.

## Vem gjorde vad
Öföreningen äger lokalen och sökte stödet. Handlaren driver butiken. Norrtälje kommun ger ersättning för servicepunkten, och Länsstyrelsen i Stockholms län gav investeringsstöd.`,
    municipalities: ['0188'],
    coordinates: { lat: 59.86, lon: 18.98 },
    startedYear: 2022,
    projectStatus: 'pågående',
    outcomes: `- Butiken är öppen året runt; vintertid 98 timmar i veckan mot 0 tidigare.
- 96 av de 110 bofasta har registrerat sig för den digitala nyckeln.
- Vinterförsäljningen är omkring 45 000 kronor i månaden.
- Paketskåpet tar emot i snitt 30 paket i veckan vintertid och 150 på sommaren.
- Apoteksombudet lämnar ut omkring 50 recept i månaden vintertid.`,
    lessons: `Det som fungerade var att öföreningen äger lokalen och kunde ta ansvar för ombyggnaden, medan handlaren fokuserade på varorna. Jourschemat gör att små problem, som en dörr som inte stängs, löses snabbt.

Det som inte fungerade var vinterns första månader, när sortimentet var för smalt och de bofasta ändå åkte till fastlandet. Efter en enkät utökades sortimentet med färskvaror som kan beställas i förväg. Leveranserna är också beroende av färjan, och vid inställda turer har hyllorna varit tomma i upp till fem dagar.`,
    funding: `- Investeringsstöd från Länsstyrelsen i Stockholms län, 420 000 kronor.
- Öföreningens egna medel, 120 000 kronor.
- Ersättning från Norrtälje kommun för servicepunkten, 40 000 kronor om året.`,
    organisations: ['Lövskärs öförening', 'Norrtälje kommun', 'Länsstyrelsen i Stockholms län'],
    methods: ['obemannad-butik-digital-nyckel', 'servicepunkt-i-lanthandeln'],
    serviceAreas: ['dagligvaror', 'servicepunkt', 'post-och-paket', 'apotek-och-lakemedel'],
    topics: ['obemannad butik', 'skärgård', 'servicepunkt', 'investeringsstöd'],
    publishedDaysAgo: 175,
    lastVerifiedDaysAgo: 40,
    en: {
      title: 'The island shop on Lövskär went unstaffed in winter',
      summary:
        'The shop on Lövskär in the Norrtälje archipelago used to close from October to April. With a digital key and self-service it is now open all year for the 110 permanent residents.',
      body: `Lövskär is an island in Norrtälje municipality with about 110 permanent residents and more than 500 holiday homes. The shop has long been open in summer but closed from October to April, as there were too few customers to staff it. In winter residents had to take the ferry and drive to the mainland to shop, a trip of at least three hours.

## What was done
In 2022 the island association, which owns the shop premises, teamed up with the shopkeeper and applied for support to rebuild the shop for unstaffed operation. The work included a digital lock, cameras, a self-checkout and a smaller winter range focused on basics.

The shop also became a service point with parcel lockers and a pharmacy agent, so residents can collect medicines on the island.

## How it works
- Summer (June–August): staffed shop 9 am–7 pm.
- The rest of the year: unstaffed 7 am–9 pm, staffed on Saturdays 10 am–1 pm.
- The shopkeeper restocks twice a week via the ferry.
- Members of the island association keep an on-call rota in case something goes wrong.

## Who did what
The island association owns the premises and applied for support. The shopkeeper runs the shop. Norrtälje municipality pays a fee for the service point, and the County Administrative Board of Stockholm gave investment support.`,
      outcomes: `- The shop is open all year; in winter 98 hours a week against 0 before.
- 96 of the 110 permanent residents have registered for the digital key.
- Winter sales are about SEK 45,000 a month.
- The parcel locker receives on average 30 parcels a week in winter and 150 in summer.
- The pharmacy agent hands out about 50 prescriptions a month in winter.`,
      lessons: `What worked was that the island association owns the premises and could take responsibility for the rebuild, while the shopkeeper focused on the goods. The on-call rota means small problems, such as a door that will not close, are fixed quickly.

What did not work was the first winter months, when the range was too narrow and residents still went to the mainland. After a survey the range was extended with fresh goods that can be pre-ordered. Deliveries also depend on the ferry, and when sailings are cancelled the shelves have been empty for up to five days.`,
      funding: `- Investment support from the County Administrative Board of Stockholm, SEK 420,000.
- The island association's own funds, SEK 120,000.
- Fee from Norrtälje municipality for the service point, SEK 40,000 a year.`,
    },
  },
  {
    key: 'vingaker-skolskjuts-for-alla',
    title: 'Skolskjutsen öppnades för alla i Vingåker',
    summary:
      'Vingåkers kommun och Region Sörmland gjorde sju skolskjutslinjer tillgängliga för vuxna resenärer med vanlig biljett. Byar utan busslinje fick kollektivtrafik på skoldagar till en låg kostnad.',
    body: `På landsbygden i Vingåkers kommun går skolskjutsen till byar där det inte finns någon annan kollektivtrafik. Bussarna hade ofta lediga platser, men vuxna fick inte åka med.

## Vad som gjordes
Inför en ny upphandling av skolskjutsen 2020 beslutade kommunen, tillsammans med Region Sörmland, att sju skolskjutslinjer skulle vara öppna för allmänheten. Det skrevs in i upphandlingen att fordonen ska ha plats för minst fyra vuxna utöver eleverna och att biljetter från regionens kollektivtrafik ska gälla.

## Regler
- Vuxna får åka om det finns plats; eleverna har alltid förtur.
- Resenären behöver anmäla sig senast dagen före, så att chauffören vet.
- Turerna visas i regionens reseplanerare.

## Koppling till servicen
Två av linjerna har en hållplats vid lanthandeln i den största byn, och bussen väntar där i 20 minuter innan den åker tillbaka på eftermiddagen. Det gör att vuxna kan handla och hinna hem samma dag.

## Vem gjorde vad
Vingåkers kommun ändrade upphandlingen och skötte informationen. Region Sörmland lade in turerna i sin trafikinformation och biljettsystem. Byalagen hjälpte till att sprida information.`,
    municipalities: ['0428'],
    startedYear: 2020,
    projectStatus: 'pågående',
    outcomes: `- Omkring 1 500 vuxenresor per år på de sju linjerna.
- 34 vuxna reser regelbundet, varav hälften är över 70 år.
- Merkostnaden för kommunen är omkring 60 000 kronor om året, främst för större fordon på två linjer.
- Lanthandeln uppger att omkring 15 kunder i veckan kommer med skolbussen.`,
    lessons: `Det som fungerade var att skriva in det i upphandlingen från början. Kostnaden blev låg eftersom fordonen ändå körs, och chaufförerna visste vad som gällde.

Det som inte fungerade var loven. Skolskjutsen går inte på lov, och då står de vuxna resenärerna utan resa. Kommunen har diskuterat att komplettera med anropsstyrd trafik på loven men inte fattat beslut. Föranmälan har också upplevts som ett hinder för spontana resor.`,
    funding: `- Vingåkers kommun, merkostnad omkring 60 000 kronor om året.
- Region Sörmland, biljettsystem och trafikinformation inom befintlig budget.`,
    organisations: ['Vingåkers kommun', 'Region Sörmland'],
    methods: ['skolskjuts-oppen-for-alla'],
    serviceAreas: ['kollektivtrafik-och-mobilitet', 'skola-och-forskola', 'dagligvaror'],
    topics: ['skolskjuts', 'kollektivtrafik', 'äldre'],
    publishedDaysAgo: 350,
    lastVerifiedDaysAgo: 220,
  },
  {
    key: 'valdemarsvik-paket-med-skargardsbaten',
    title: 'Paketen kommer med skärgårdsbåten till Ytterskär',
    summary:
      'Skärgårdsföreningen i Ytterskär ordnade paketutlämning i bryggboden. Paketen åker med den reguljära skärgårdsbåten och föreningens frivilliga delar ut dem tre dagar i veckan.',
    body: `Ytterskär är en grupp öar i Valdemarsviks kommun med omkring 70 bofasta och många sommarboende. Närmaste paketombud finns i tätorten på fastlandet, en båtresa och en bilresa bort. För de bofasta innebar varje paket en halv dags resa.

## Upplägget
Skärgårdsföreningen tecknade 2023 ett avtal med ett paketföretag om att bli ombud. Paketen körs till bryggan på fastlandet och tas med av den reguljära skärgårdsbåten till föreningens bryggbod. Föreningens frivilliga delar ut paketen tisdagar, torsdagar och lördagar.

Bryggboden fick hyllor, en låsbar dörr, belysning och en handdator för registrering. Föreningen har ett schema med tolv frivilliga.

## Mer än paket
Utlämningen har blivit ett tillfälle att träffas. Föreningen serverar kaffe på lördagarna, och den som hämtar paket tar ofta med sig grannens också.

## Vem gjorde vad
Skärgårdsföreningen förhandlade med paketföretaget och driver utlämningen. Valdemarsviks kommun gav bidrag till bryggboden. Rederiet tar med paketen utan extra kostnad inom ramen för sitt avtal med regionen.`,
    municipalities: ['0563'],
    coordinates: { lat: 58.16, lon: 16.84 },
    startedYear: 2023,
    projectStatus: 'pågående',
    outcomes: `- I snitt 35 paket i veckan vintertid och 140 på sommaren.
- De bofasta sparar uppskattningsvis en halv dags resa per paket.
- Ersättningen från paketföretaget, omkring 25 000 kronor om året, täcker bryggbodens el och underhåll.`,
    lessons: `Det som fungerade var att använda en båt som ändå går. Paketföretaget var tveksamt i början men accepterade när föreningen kunde visa volymen från sommaren.

Det som inte fungerade var stora paket och returer, som inte får plats eller inte kan hanteras av föreningen. Sommartid blir arbetsbelastningen hög för de frivilliga, och föreningen har svårt att få sommarboende att ta pass.`,
    funding: `- Bidrag från Valdemarsviks kommun, 30 000 kronor till bryggboden.
- Ersättning från paketföretaget per paket.
- Ideellt arbete, omkring 300 timmar om året.`,
    organisations: ['Ytterskärs skärgårdsförening', 'Valdemarsviks kommun'],
    methods: ['paketombud-i-bygdegarden'],
    serviceAreas: ['post-och-paket', 'motesplatser-och-kultur'],
    topics: ['paketombud', 'skärgård'],
    publishedDaysAgo: 90,
    lastVerifiedDaysAgo: 60,
  },
  {
    key: 'ydre-kinda-regionalt-serviceprogram',
    title: 'Ydre och Kinda gick ihop inom länets serviceprogram',
    summary:
      'Två grannkommuner i södra Östergötland samordnade sitt servicearbete med länsstyrelsens regionala serviceprogram. En gemensam servicesamordnare och ett årligt servicemöte med alla nivåer gav fler stödansökningar och bättre beslut.',
    body: `Ydre och Kinda är två landsbygdskommuner i södra Östergötland med tillsammans omkring 13 000 invånare. Båda har ett fåtal lanthandlar och drivmedelsstationer som är beroende av stöd, men kommunerna hade sällan kontakt med länsstyrelsen om det regionala serviceprogrammet.

## Vad som gjordes
När länets nya serviceprogram togs fram 2022 bjöd länsstyrelsen in kommunerna att delta i en pilot för flernivåsamverkan. Ydre och Kinda valde att gå in tillsammans. De anställde en gemensam servicesamordnare på halvtid och tog fram en gemensam handlingsplan.

## Det årliga servicemötet
Kärnan i samarbetet är ett årligt servicemöte där alla nivåer deltar:
- handlare och ombud från båda kommunerna,
- byalag och bygdeföreningar,
- kommunernas näringslivsenheter,
- länsstyrelsen,
- och vid något tillfälle Tillväxtverket.

På mötet går man igenom vilka butiker och ombud som är hotade, vilka stöd som finns och vem som gör vad under året.

## Vem gjorde vad
Länsstyrelsen i Östergötlands län ledde piloten och gav medfinansiering. Kommunerna delade på tjänsten. Byalagen deltog i mötena och bidrog med lokal kunskap.`,
    municipalities: ['0512', '0513'],
    startedYear: 2022,
    projectStatus: 'pågående',
    outcomes: `- Antalet ansökningar om investeringsstöd från de två kommunerna ökade från 2 (2021) till 9 (2023).
- Sammanlagt 2,4 miljoner kronor i investerings- och driftsstöd beviljades 2022–2024.
- Tre servicemöten har hållits med i snitt 45 deltagare.
- Ingen dagligvarubutik har stängt i kommunerna sedan 2022.`,
    lessons: `Det som fungerade var det årliga mötet. För många handlare var det första gången de träffade länsstyrelsens handläggare, och det sänkte tröskeln för att söka stöd.

Det som inte fungerade var halvtidstjänsten, som blev för liten för två kommuner. Samordnaren hann med stödärenden men inte med det långsiktiga arbetet med serviceplanerna. Kommunerna har diskuterat att utöka tjänsten men inte kommit överens om finansieringen.`,
    funding: `- Medfinansiering från Länsstyrelsen i Östergötlands län, 200 000 kronor per år under piloten.
- Ydre och Kinda kommuner, 150 000 kronor vardera per år för tjänsten.`,
    organisations: ['Ydre kommun', 'Kinda kommun', 'Länsstyrelsen i Östergötlands län'],
    methods: ['flernivasamverkan-regionalt-serviceprogram', 'servicesamordnare-i-kommunen'],
    serviceAreas: ['offentlig-service', 'dagligvaror', 'drivmedel'],
    topics: ['flernivåsamverkan', 'regionalt serviceprogram', 'servicesamordnare', 'investeringsstöd'],
    publishedDaysAgo: 155,
    lastVerifiedDaysAgo: 50,
  },
  {
    key: 'aneby-lommaryd-sjalvscanning',
    title: 'Självscanning gav Lommarydsbutiken tid för service',
    summary:
      'Lanthandeln i Lommaryd i Aneby kommun införde självscanning och en självbetjäningskassa. Kassatiden minskade med tolv timmar i veckan, som handlaren i stället lägger på hemsändning och ombudstjänster.',
    body: `Lommaryd är en by med omkring 400 invånare i Aneby kommun. Lanthandeln drivs av ett par som tillsammans arbetar omkring 100 timmar i veckan. Stora delar av tiden gick åt till kassan, och det fanns ingen tid för hemsändning eller för att utveckla ombudstjänsterna.

## Vad som gjordes
2021 installerade butiken en självbetjäningskassa och handskannrar som kunderna kan använda medan de handlar. Kunder som vill kan fortfarande betala i den bemannade kassan, och kontantbetalning sker där.

Handlarna visade systemet för kunderna under två veckor, och byalaget ordnade en eftermiddag med kaffe där äldre kunde prova i lugn och ro.

## Vad tiden användes till
Den frigjorda tiden lades på tre saker:
1. Hemsändning två dagar i veckan till hushåll i byarna runt omkring.
2. Paketombud för ytterligare ett paketföretag.
3. Beställning av specialvaror till kunder, till exempel glutenfritt och större förpackningar till föreningar.

## Vem gjorde vad
Handlarna valde system och installerade. Region Jönköpings län gav investeringsstöd. Aneby kommun betalar hemsändningsbidrag. Byalaget hjälpte äldre kunder att komma igång.`,
    municipalities: ['0604'],
    coordinates: { lat: 57.92, lon: 14.7 },
    startedYear: 2021,
    projectStatus: 'pågående',
    outcomes: `- 58 procent av köpen sker via självscanning eller självbetjäningskassan.
- Bemannad kassatid minskade med omkring 12 timmar i veckan.
- Hemsändning till 26 hushåll, omkring 45 leveranser i månaden.
- Paketvolymen ökade från 90 till 170 paket i veckan med det nya ombudet.
- Svinnet är oförändrat, omkring 0,8 procent av omsättningen.`,
    lessons: `Det som fungerade var att se självscanningen som ett sätt att frigöra tid för service, inte som ett sätt att minska bemanningen. Kunderna förstod och accepterade det när handlarna förklarade varför.

Det som inte fungerade var viktvaror som frukt och lösgodis, där självbetjäningskassan krånglade och kunderna behövde hjälp. Butiken har nu förpackat mer frukt i färdiga påsar. Ett fåtal äldre kunder tycker fortfarande att det känns opersonligt och handlar numera på andra tider när handlarna står i kassan.`,
    funding: `- Investeringsstöd från Region Jönköpings län, 190 000 kronor av 310 000 kronor.
- Handlarnas egen investering, 120 000 kronor.
- Hemsändningsbidrag från Aneby kommun, omkring 70 000 kronor om året.`,
    organisations: ['Lommaryds Lanthandel', 'Aneby kommun', 'Region Jönköpings län'],
    methods: ['sjalvscanning-i-lanthandeln', 'hemsandningsbidrag-i-samverkan'],
    serviceAreas: ['dagligvaror', 'post-och-paket', 'kontanter-och-betaltjanster'],
    topics: ['självscanning', 'lanthandel', 'hemsändning', 'investeringsstöd'],
    publishedDaysAgo: 235,
    lastVerifiedDaysAgo: 80,
  },
  {
    key: 'vetlanda-kommunbygderad',
    title: 'Vetlanda kommunbygderåd och serviceplanen som byarna skrev',
    summary:
      'Vetlanda kommunbygderåd fick uppdraget att ta fram landsbygdens del av kommunens serviceplan. 28 byar deltog, och rådet följer nu upp planen tillsammans med kommunen två gånger om året.',
    body: `Vetlanda kommun har ett stort landsbygdsområde med ett fyrtiotal byar och mindre orter. 2019 bildade byalag och bygdeföreningar ett kommunbygderåd för att få en gemensam röst gentemot kommunen.

## Uppdraget
När kommunen skulle ta fram en ny serviceplan 2020 föreslog rådet att det självt skulle samla landsbygdens underlag. Kommunstyrelsen gick med på det och gav rådet ett bidrag för arbetet.

## Så gjorde rådet
- Varje by fick en enkel mall: vilken service finns, vad används, vad saknas, vad är hotat, vad kan byn göra själv.
- Rådet höll fyra områdesmöten där byarna presenterade sina svar för varandra.
- En arbetsgrupp sammanställde underlaget och prioriterade tio åtgärder för hela landsbygden.

Pandemin gjorde att två av områdesmötena fick hållas digitalt, vilket fungerade bättre än väntat för de yngre men sämre för de äldre.

## Uppföljningen
Planen antogs 2021. Rådet och kommunens landsbygdsutvecklare träffas två gånger om året och går igenom åtgärderna. Rådet presenterar uppföljningen för kommunstyrelsen varje höst.

## Vem gjorde vad
Kommunbygderådet samlade och sammanställde underlaget. Vetlanda kommun skrev och antog planen, och har en landsbygdsutvecklare som kontaktperson.`,
    municipalities: ['0685'],
    startedYear: 2019,
    projectStatus: 'pågående',
    outcomes: `- 28 av omkring 40 byar lämnade underlag.
- 10 prioriterade åtgärder i planen, varav 7 genomförda 2024.
- Bland de genomförda: ett hemsändningsbidrag för hela kommunen, skyltade samåkningsplatser vid fyra butiker och ett årligt servicemöte med länets stödgivare.
- Rådet har 34 medlemsföreningar, mot 21 vid starten.`,
    lessons: `Det som fungerade var att byarna fick ett tydligt uppdrag och en enkel mall. Rådets sammanställning blev konkret, och kommunen kunde ta in den nästan oförändrad i planen.

Det som inte fungerade var att nå byar utan aktiv förening. Tolv byar lämnade inget underlag, och det är troligen de som har störst behov. Rådet har också upplevt att kommunens förvaltningar, utöver näringslivsenheten, har svårt att se planen som sin.`,
    funding: `- Bidrag från Vetlanda kommun, 80 000 kronor för arbetet med underlaget och 40 000 kronor om året i verksamhetsbidrag.
- Ideellt arbete i rådet och byarna.`,
    organisations: ['Vetlanda kommunbygderåd', 'Vetlanda kommun'],
    methods: ['kommunbygderad', 'serviceplan-med-medborgardialog'],
    serviceAreas: ['offentlig-service', 'dagligvaror', 'kollektivtrafik-och-mobilitet'],
    topics: ['kommunal serviceplan', 'medskapande', 'samåkning'],
    publishedDaysAgo: 505,
    lastVerifiedDaysAgo: 175,
  },
  {
    key: 'uppvidinge-hultanas-bybutik',
    title: 'Hultanäs bybutik har ägts av byborna i tio år',
    summary:
      'Bybutiken i Hultanäs köptes av en ekonomisk förening 2016. Tio år senare finns butiken kvar med särskilt driftsstöd, hemsändning och 230 medlemmar, men föreningen söker nya styrelseledamöter.',
    body: `Hultanäs är en by i Uppvidinge kommun med omkring 280 invånare. När den siste handlaren lade ned 2015 stod butiken tom i ett halvår. Närmaste dagligvarubutik låg 22 kilometer bort.

## Start
Byalaget bjöd in till stormöte i januari 2016 och över 150 personer kom. En interimsstyrelse tog fram en affärsplan med hjälp av en rådgivare, och föreningen Hultanäs Bybutik ekonomisk förening bildades i april. Medlemmarna köpte andelar om 1 500 kronor.

Föreningen köpte fastigheten och anställde en föreståndare och två deltidsanställda. Butiken öppnade igen i september 2016.

## Tio år senare
Butiken har klarat sig i tio år, med några tuffa perioder. Den får särskilt driftsstöd och hemsändningsbidrag, och har paketombud och apoteksombud. Föreningen har också lärt sig att den behöver förnya sig: de senaste åren har butiken börjat sälja lokalproducerat och har ett litet kafé.

## Framtiden
Den stora frågan nu är styrelsen. Fyra av sju ledamöter har suttit sedan starten och vill lämna. Föreningen har börjat en generationsväxling med två yngre ledamöter som adjungerats.

## Vem gjorde vad
- **Föreningen**: äger och driver butiken.
- **Länsstyrelsen i Kronobergs län**: investeringsstöd och särskilt driftsstöd.
- **Uppvidinge kommun**: hemsändningsbidrag och stöd vid starten.`,
    municipalities: ['0760'],
    coordinates: { lat: 57.1, lon: 15.5 },
    startedYear: 2016,
    projectStatus: 'pågående',
    outcomes: `- 230 medlemmar och en omsättning på omkring 5,8 miljoner kronor (2024).
- Butiken har omkring 900 kundbesök i veckan och är öppen 56 timmar.
- Hemsändning till omkring 30 hushåll.
- Avståndet till närmaste dagligvarubutik är 0 kilometer för byn, mot 22 kilometer 2015–2016.`,
    lessons: `Det som fungerade var den lokala förankringen. Medlemmarna känner ansvar för butiken och handlar där. Särskilt driftsstöd har varit avgörande under de svåra åren.

Det som inte fungerade var planeringen för styrelsens förnyelse. Föreningen borde tidigt ha haft en plan för hur nya ledamöter ska komma in. Ett försök med självscanning 2019 avbröts också efter ett år eftersom kunderna inte använde det; butikens kunder vill ha personlig service.`,
    funding: `- Andelskapital, 345 000 kronor.
- Investeringsstöd från Länsstyrelsen i Kronobergs län, 420 000 kronor 2016 och 150 000 kronor 2022.
- Särskilt driftsstöd, omkring 180 000 kronor om året.
- Hemsändningsbidrag från Uppvidinge kommun, omkring 60 000 kronor om året.`,
    organisations: ['Hultanäs Bybutik ekonomisk förening', 'Uppvidinge kommun', 'Länsstyrelsen i Kronobergs län'],
    methods: ['kooperativ-butik-ekonomisk-forening', 'hemsandningsbidrag-i-samverkan'],
    serviceAreas: ['dagligvaror', 'servicepunkt'],
    topics: ['ekonomisk förening', 'lanthandel', 'driftsstöd', 'hemsändning'],
    publishedDaysAgo: 690,
    lastVerifiedDaysAgo: 250,
  },
  {
    key: 'tingsryd-laddning-vid-bygdegarden',
    title: 'Laddstolpar vid butik och bygdegård i Ekesjö',
    summary:
      'Bygdeföreningen i Ekesjö i Tingsryds kommun satte upp fyra laddpunkter vid bygdegården och butiken. Intäkterna går till bygdegården och turister stannar längre i byn.',
    body: `Ekesjö är en by i Tingsryds kommun med omkring 220 invånare, en lanthandel och en bygdegård. Byn ligger vid en sjö som lockar fiske- och kanotturister på sommaren. Närmaste laddstation låg 25 kilometer bort, och bygdeföreningen märkte att elbilsturister inte stannade.

## Vad som gjordes
Bygdeföreningen och handlaren gick ihop 2023 och satte upp två laddpunkter på 22 kW vid bygdegården och två vid butiken. Föreningen äger laddarna och har avtal med en laddoperatör som sköter betalning och support mot en avgift per laddning.

Samtidigt gjorde föreningen en enkel karta över byn som sitter vid laddarna: butik, kafé, badplats och vandringsled.

## Kostnader och intäkter
Laddarna kostade omkring 190 000 kronor inklusive installation. Föreningen sökte stöd från ett nationellt laddstöd och fick bidrag från kommunen. Intäkterna, efter el och avgifter, går till bygdegården.

## Vem gjorde vad
Bygdeföreningen drev projektet och äger laddarna. Handlaren upplät plats och el. Tingsryds kommun gav bidrag och hjälpte till med kontakterna med elnätsbolaget.`,
    municipalities: ['0763'],
    coordinates: { lat: 56.48, lon: 15.1 },
    startedYear: 2023,
    projectStatus: 'pågående',
    outcomes: `- Omkring 1 100 laddningar det första året, varav 70 procent juni–augusti.
- Nettointäkt till bygdegården omkring 35 000 kronor per år.
- Handlaren uppger att omkring hälften av laddkunderna handlar, i snitt för 180 kronor.
- Laddpunkterna används också av sex bybor som saknar egen laddmöjlighet.`,
    lessons: `Det som fungerade var att bygdeföreningen ägde laddarna och att en operatör skötte betalningen. Föreningen slapp administrationen men behöll intäkterna. Kartan vid laddarna gjorde att turisterna hittade till butik och badplats.

Det som inte fungerade var vintern. Laddningarna är få från oktober till april, och intäkterna räcker då knappt till el och avgifter. Normalladdare på 22 kW är också för långsamma för genomresande, och några turister har klagat. Föreningen överväger en snabbladdare men har inte råd utan ett större stöd.`,
    funding: `- Nationellt laddstöd, 80 000 kronor.
- Bidrag från Tingsryds kommun, 40 000 kronor.
- Föreningens egna medel, 70 000 kronor.`,
    organisations: ['Ekesjö bygdeförening', 'Tingsryds kommun'],
    methods: ['hvo-och-laddstolpe-vid-butiken'],
    serviceAreas: ['drivmedel', 'motesplatser-och-kultur'],
    topics: ['laddinfrastruktur', 'bygdegård', 'turism'],
    publishedDaysAgo: 130,
    lastVerifiedDaysAgo: 55,
  },
  {
    key: 'hogsby-kontanter-tre-butiker',
    title: 'Kontanter och dagskassor i tre lanthandlar i Högsby',
    summary:
      'När det sista bankkontoret och två uttagsautomater försvann i Högsby kommun fick tre lanthandlar stöd för att erbjuda kontantuttag och ta emot dagskassor. Kontanter finns nu inom 15 minuter för nästan alla.',
    body: `Högsby kommun har omkring 5 800 invånare. När bankkontoret i centralorten stängde 2019 och två uttagsautomater i byarna monterades ned året efter, blev det svårt att få tag på kontanter och att sätta in dagskassor. Föreningar, campingplatser och loppisar hade inget ställe att lämna sina kontanter.

## Kartläggning
Kommunens näringslivsenhet gjorde 2020 en kartläggning tillsammans med Region Kalmar län. Den visade att omkring 900 invånare hade mer än 20 minuter till närmaste uttagsmöjlighet, och att ett fyrtiotal föreningar och företag hanterade kontanter regelbundet.

## Lösningen
Tre lanthandlar, utvalda för att tillsammans täcka kommunen, erbjöd sig att ta över kontantservicen:

- Kontantuttag i kassan, upp till 2 000 kronor per tillfälle, med eller utan köp.
- Mottagning av förseglade dagskassor från föreningar och företag.
- Möjlighet att betala räkningar med kontanter via en betaltjänst.

Regionen beviljade stöd för grundläggande betaltjänster till de tre butikerna, som täcker en del av kostnaderna för värdetransport och försäkring.

## Vem gjorde vad
Kommunen gjorde kartläggningen och samordnade butikerna. Region Kalmar län beviljade stödet. Handlarna driver tjänsten.`,
    municipalities: ['0821'],
    startedYear: 2020,
    projectStatus: 'pågående',
    outcomes: `- Omkring 550 kontantuttag per månad i de tre butikerna.
- 31 föreningar och företag lämnar dagskassor, omkring 120 påsar per månad under sommaren.
- Andelen invånare med mer än 20 minuter till kontantuttag minskade från omkring 16 till 4 procent.
- Betalning av räkningar med kontanter har omkring 60 användare i månaden, nästan alla över 70 år.`,
    lessons: `Det som fungerade var att välja butiker utifrån var de ligger, så att hela kommunen täcktes. Stödet för betaltjänster gjorde det möjligt för butikerna att ta på sig ansvaret utan att förlora pengar.

Det som inte fungerade var tiden för insättning av dagskassor, som ibland blev upp till tio dagar. Det skapade problem för föreningar med små marginaler. En av butikerna har också haft svårt att få försäkringsbolaget att godta de högre kontantbeloppen i kassan, och har fått sänka uttagsgränsen till 1 000 kronor.`,
    funding: `- Stöd för grundläggande betaltjänster från Region Kalmar län, 75 000 kronor per butik och år.
- Högsby kommun, arbetstid för kartläggning och samordning.`,
    organisations: ['Högsby kommun', 'Region Kalmar län'],
    methods: ['kontantuttag-i-kassan', 'servicekartlaggning-med-gis'],
    serviceAreas: ['kontanter-och-betaltjanster', 'dagligvaror'],
    topics: ['kontanter', 'dagskassa', 'lanthandel', 'gis'],
    publishedDaysAgo: 300,
    lastVerifiedDaysAgo: 65,
    en: {
      title: 'Cash and daily takings in three village shops in Högsby',
      summary:
        'When the last bank branch and two cash machines disappeared in Högsby municipality, three village shops received support to offer cash withdrawals and accept daily takings. Cash is now within 15 minutes for almost everyone.',
      body: `Högsby municipality has about 5,800 residents. When the bank branch in the main town closed in 2019 and two cash machines in the villages were removed the following year, it became hard to get cash and to deposit daily takings. Associations, campsites and flea markets had nowhere to take their cash.

## Mapping
In 2020 the municipality's business unit carried out a mapping with Region Kalmar län. It showed that about 900 residents had more than 20 minutes to the nearest place to withdraw cash, and that some forty associations and businesses handled cash regularly.

## The solution
Three village shops, chosen so that together they cover the municipality, offered to take over cash services:

- Cash withdrawal at the till, up to SEK 2,000 at a time, with or without a purchase.
- Acceptance of sealed daily takings from associations and businesses.
- Paying bills in cash through a payment service.

The region granted support for basic payment services to the three shops, covering part of the cost of cash transport and insurance.

## Who did what
The municipality did the mapping and coordinated the shops. Region Kalmar län granted the support. The shopkeepers run the service.`,
      outcomes: `- About 550 cash withdrawals a month in the three shops.
- 31 associations and businesses deposit daily takings, about 120 bags a month in summer.
- The share of residents with more than 20 minutes to a cash withdrawal fell from about 16 to 4 per cent.
- Paying bills in cash has about 60 users a month, almost all over 70.`,
      lessons: `What worked was choosing shops by location so the whole municipality was covered. The payment-services support let the shops take on the responsibility without losing money.

What did not work was the time to deposit daily takings, which sometimes took up to ten days. That caused problems for associations with small margins. One shop also had trouble getting its insurer to accept larger amounts of cash in the till and had to lower its withdrawal limit to SEK 1,000.`,
      funding: `- Support for basic payment services from Region Kalmar län, SEK 75,000 per shop and year.
- Högsby municipality, staff time for mapping and coordination.`,
    },
  },
  {
    key: 'borgholm-norrvik-aret-runt',
    title: 'Norrviks handel håller öppet året runt på norra Öland',
    summary:
      'Butiken i Norrvik på norra Öland har tiodubbel omsättning på sommaren jämfört med vintern. Ett avtal med kommunen om hemsändning och ett vinterabonnemang för fritidsboende gör att den kan hålla öppet året runt.',
    body: `Norrvik är ett fiskeläge på norra Öland i Borgholms kommun med omkring 150 bofasta och flera tusen sommargäster. Butiken säljer lika mycket en vecka i juli som under hela januari. Tidigare handlare har stängt under vintern, vilket lämnat de bofasta med tre mil till närmaste butik.

## Vad som gjordes
När en ny handlare tog över 2022 kom hon, byalaget och kommunen överens om ett upplägg för att klara vintern:

- **Hemsändning**: butiken kör ut varor till bofasta i norra Öland två dagar i veckan från oktober till april, med kommunalt hemsändningsbidrag.
- **Vinterabonnemang**: fritidsboende kan betala en årsavgift på 500 kronor för att stödja vinteröppet. De får en rabatt på sommarhandeln och ett nyhetsbrev.
- **Reducerade öppettider**: vintertid är butiken öppen 10–16 vardagar och 10–13 lördagar.
- **Samarbete med turistnäringen**: campingar och stugbyar beställer frukostvaror från butiken i stället för från grossist.

## Vem gjorde vad
Handlaren driver butiken och hemsändningen. Byalaget sålde vinterabonnemangen. Borgholms kommun betalar hemsändningsbidraget. Region Kalmar län gav investeringsstöd till en kylbil.`,
    municipalities: ['0885'],
    coordinates: { lat: 57.15, lon: 16.95 },
    startedYear: 2022,
    projectStatus: 'pågående',
    outcomes: `- Butiken har varit öppen året runt tre vintrar i rad.
- 310 fritidsboende betalar vinterabonnemang, omkring 155 000 kronor om året.
- Hemsändning till omkring 40 hushåll vintertid.
- Leveranser till fem campingar och stugbyar, omkring 18 procent av sommaromsättningen.`,
    lessons: `Det som fungerade var vinterabonnemanget. Många fritidsboende ville bidra men visste inte hur, och abonnemanget gav dem ett konkret sätt. Leveranserna till turistnäringen gjorde sommaren ännu starkare.

Det som inte fungerade var att få de bofasta att handla tillräckligt vintertid. Omsättningen under vinterveckorna täcker fortfarande inte kostnaderna, och butiken är beroende av sommaren och abonnemangen. Handlaren har sagt att hon behöver särskilt driftsstöd för att orka fortsätta, men butiken uppfyller inte alla villkor eftersom sommaromsättningen är hög.`,
    funding: `- Vinterabonnemang från fritidsboende, omkring 155 000 kronor om året.
- Hemsändningsbidrag från Borgholms kommun, omkring 90 000 kronor om året.
- Investeringsstöd från Region Kalmar län, 160 000 kronor till kylbil.`,
    organisations: ['Norrviks Handel', 'Borgholms kommun', 'Region Kalmar län'],
    methods: ['fritidsboende-som-kunder', 'hemsandningsbidrag-i-samverkan'],
    serviceAreas: ['dagligvaror'],
    topics: ['fritidsboende', 'hemsändning', 'turism', 'lanthandel'],
    publishedDaysAgo: 110,
    lastVerifiedDaysAgo: 35,
  },
  {
    key: 'gotland-ljungarve-bygdegard',
    title: 'Ljungarve bygdegård blev servicepunkt på södra Gotland',
    summary:
      'Bygdegårdsföreningen i Ljungarve gjorde om sin bygdegård till servicepunkt utan butik: paketskåp, digitalhjälp, besök av Regionens mobila mottagning och en lördagsmarknad med lokala producenter.',
    body: `Ljungarve är en socken på södra Gotland med omkring 180 bofasta. Butiken lades ned 2014 och sedan dess har bygdegården varit den enda gemensamma lokalen. Närmaste butik ligger 15 kilometer bort, och busstrafiken går bara några gånger om dagen.

## Idén
Bygdegårdsföreningen ville göra bygdegården till mer än en festlokal. Efter en bystämma 2021 bestämdes fyra delar:

1. **Paketskåp** vid entrén, i samarbete med ett paketföretag.
2. **Digitalhjälp** en gång i månaden, med frivilliga från bygden.
3. **Mobil mottagning**: Region Gotland besöker bygdegården med distriktssköterska varannan månad.
4. **Lördagsmarknad** från maj till september där lokala producenter säljer grönsaker, bröd, kött och ägg.

## Genomförande
Föreningen renoverade köket, byggde om ett rum till mottagningsrum med dörr och handfat, och drog in fiber. Regionen, som också är kommun på Gotland, gav stöd till ombyggnaden och står för mottagningen.

## Vem gjorde vad
Bygdegårdsföreningen drev projektet och driver verksamheten. Region Gotland gav stöd och står för den mobila mottagningen. Leader bidrog till marknaden.`,
    municipalities: ['0980'],
    coordinates: { lat: 57.35, lon: 18.42 },
    startedYear: 2021,
    projectStatus: 'pågående',
    outcomes: `- Paketskåpet tar emot omkring 60 paket i veckan, 130 på sommaren.
- Den mobila mottagningen har i snitt 14 besökare per tillfälle.
- Lördagsmarknaden har 8–12 försäljare och omkring 200 besökare per gång.
- Digitalhjälpen har hjälpt omkring 70 personer på tre år.`,
    lessons: `Det som fungerade var att bygga servicen kring bygdegården som alla redan känner till. Marknaden har gjort bygdegården till en naturlig mötesplats även för sommargäster.

Det som inte fungerade var försöket att få en dagligvaruleverantör att ställa upp ett kylskåp med basvaror i bygdegården. Volymen var för liten och leverantören drog sig ur efter fyra månader. Föreningen har också haft svårt att hitta frivilliga till digitalhjälpen vintertid.`,
    funding: `- Region Gotland, 250 000 kronor till ombyggnad av mottagningsrum och fiberanslutning.
- Leader, 95 000 kronor till marknadsutrustning och marknadsföring.
- Föreningens egna medel och ideellt arbete, omkring 800 timmar.`,
    organisations: ['Ljungarve bygdegårdsförening', 'Region Gotland'],
    methods: ['paketombud-i-bygdegarden', 'mobil-vardmottagning', 'bystamma-om-service'],
    serviceAreas: ['servicepunkt', 'post-och-paket', 'vard-och-omsorg', 'motesplatser-och-kultur'],
    topics: ['bygdegård', 'servicepunkt', 'paketombud', 'leader', 'vårdcentral'],
    publishedDaysAgo: 185,
    lastVerifiedDaysAgo: 70,
  },
  {
    key: 'olofstrom-ungdomar-kartlade-servicen',
    title: 'Ungdomar kartlade servicen med mobilen i Olofström',
    summary:
      'Högstadieelever i Olofströms kommun fotograferade och kartlade servicen i sina byar under en temavecka. Deras resultat presenterades för kommunfullmäktige och regionen och ledde till en ny ungdomslinje.',
    body: `Olofströms kommun ville 2024 få ungdomarnas syn på servicen i byarna inför arbetet med en ny serviceplan. Tidigare dialoger hade nästan bara nått äldre.

## Temaveckan
I samarbete med två högstadieskolor ordnade kommunen en temavecka om service i byarna för årskurs 8. Eleverna fick i uppdrag att:

- fotografera platser där de väntar, handlar, träffas eller saknar något,
- märka ut platserna på en gemensam digital karta,
- intervjua en vuxen i sin by om hur servicen har förändrats.

Kommunens servicesamordnare och en medarbetare från Region Blekinge var med under veckan och svarade på frågor.

## Resultatet
Eleverna lade in 340 bilder och kommentarer på kartan. Det tydligaste resultatet var att ungdomar i byarna inte kan ta sig hem från aktiviteter i centralorten efter kl. 17. Många beskrev också att de saknar en plats att vara på i byn.

En grupp elever presenterade resultatet för kommunfullmäktige och för regionens kollektivtrafikenhet.

## Vem gjorde vad
Skolorna och kommunens servicesamordnare planerade veckan. Eleverna gjorde kartläggningen. Region Blekinge tog emot resultatet och prövade en ny ungdomslinje.`,
    municipalities: ['1060'],
    startedYear: 2024,
    projectStatus: 'pågående',
    outcomes: `- 110 elever deltog och lade in 340 bilder och kommentarer.
- Region Blekinge prövar en kvällstur kl. 20.15 på fredagar och under lov, med i snitt 11 resenärer.
- Kartan används som underlag i kommunens serviceplan.
- Två byar har startat ungdomskvällar i sina bygdegårdar efter elevernas förslag.`,
    lessons: `Det som fungerade var att använda skolan för att nå alla ungdomar, inte bara de som redan är engagerade. Eleverna tog uppgiften på allvar när de visste att resultatet skulle presenteras för politiker.

Det som inte fungerade var uppföljningen med eleverna. När temaveckan var slut fick de inte veta vad som hände med resultatet förrän ett halvår senare, och flera uppfattade det som att ingen lyssnat. Kommunen har nu lovat återkoppling inom en månad. Kartverktyget krävde också inloggning, vilket skapade problem för elever utan skolkonto.`,
    funding: `- Olofströms kommun, 30 000 kronor för kartverktyg och presentationer.
- Region Blekinge, kostnaden för kvällsturen, omkring 120 000 kronor per år under försöket.`,
    organisations: ['Olofströms kommun', 'Region Blekinge'],
    methods: ['ungdomars-medskapande', 'servicekartlaggning-med-gis'],
    serviceAreas: ['kollektivtrafik-och-mobilitet', 'skola-och-forskola', 'motesplatser-och-kultur'],
    topics: ['ungdomar', 'medskapande', 'kollektivtrafik', 'gis'],
    publishedDaysAgo: 27,
    lastVerifiedDaysAgo: 12,
  },
  {
    key: 'goinge-osby-byabuss',
    title: 'Byabussen i norra Göinge kör till två kommuner',
    summary:
      'Byaföreningen Norra Göinge köpte en elminibuss som kör bybor till butik, vårdcentral och aktiviteter i Östra Göinge och Osby. Frivilliga chaufförer och ett bokningssystem på nätet håller i gång trafiken.',
    body: `Byarna i skogsbygden i norra Östra Göinge har närmare till Osby än till den egna kommunens centralort, men busslinjerna går bara inom kommunen. Många äldre saknar bil, och ungdomar har svårt att ta sig till aktiviteter.

## Bussen
Byaföreningen Norra Göinge köpte 2021 en eldriven minibuss för åtta passagerare, med stöd från Leader och båda kommunerna. Bussen laddas vid bygdegården, där föreningen satte upp en laddbox.

Bussen kör:
- en fast handlingstur till Osby varje onsdag och till Broby varje fredag,
- bokade resor till vårdcentral och apotek,
- ungdomar till träningar och till simhallen på lördagar,
- föreningarnas utflykter.

## Organisation
Föreningen har 16 frivilliga chaufförer. Resorna bokas i ett enkelt bokningssystem på nätet eller per telefon hos en samordnare. Medlemmarna betalar en årsavgift och en kilometerersättning som täcker el och försäkring.

## Vem gjorde vad
Byaföreningen äger bussen och samordnar chaufförerna. Östra Göinge och Osby kommuner gav investeringsbidrag och ger årligt föreningsbidrag. Leader bidrog till inköpet.`,
    municipalities: ['1256', '1273'],
    coordinates: { lat: 56.35, lon: 14.15 },
    startedYear: 2021,
    projectStatus: 'pågående',
    outcomes: `- Omkring 2 800 resor per år.
- Bussen kör omkring 1 400 mil per år till en energikostnad på omkring 1,20 kronor per mil och passagerare.
- 112 hushåll är medlemmar i bussföreningen.
- Handlingsturerna har i snitt sex resenärer.`,
    lessons: `Det som fungerade var att bussen inte var bunden till en kommun. Resmålen styrdes av var folk faktiskt vill åka. Elbussen har låga driftskostnader, vilket gör att kilometerersättningen kan hållas låg.

Det som inte fungerade var räckvidden vintertid, då bussen ibland inte klarar en hel dag utan laddning. Föreningen har fått lägga om turerna vintertid. Bokningssystemet på nätet används mest av yngre; de äldre ringer samordnaren, som blivit en flaskhals.`,
    funding: `- Leader, 350 000 kronor till inköp av buss och laddbox.
- Investeringsbidrag från Östra Göinge och Osby kommuner, 100 000 kronor vardera.
- Föreningsbidrag från båda kommunerna, 20 000 kronor vardera per år.
- Årsavgifter och kilometerersättning från medlemmarna.`,
    organisations: ['Byaföreningen Norra Göinge', 'Östra Göinge kommun', 'Osby kommun'],
    methods: ['byabuss', 'leader-som-startkapital'],
    serviceAreas: ['kollektivtrafik-och-mobilitet', 'vard-och-omsorg'],
    topics: ['byabuss', 'leader', 'äldre', 'ungdomar', 'laddinfrastruktur'],
    publishedDaysAgo: 245,
    lastVerifiedDaysAgo: 90,
  },
  {
    key: 'osterlen-mobil-halsomottagning',
    title: 'Hälsobussen på Österlen',
    summary:
      'Region Skåne och kommunerna Simrishamn och Tomelilla startade en mobil hälsomottagning som besöker tio byar. Distriktssköterska, provtagning och hemtjänstens kontaktperson finns ombord.',
    body: `På Österlen är befolkningen äldre än i resten av Skåne, och vårdcentralerna ligger i tätorterna. För äldre i byarna utan bil kan ett provtagningsbesök ta en halv dag med buss och gång.

## Hälsobussen
Region Skåne, Simrishamns kommun och Tomelilla kommun startade 2022 en mobil hälsomottagning i en ombyggd buss. Bussen har ett undersökningsrum, provtagningsutrustning och ett väntrum.

Bussen besöker tio byar i de två kommunerna enligt ett schema, varje by en gång var fjärde vecka. Den står oftast vid butiken eller bygdegården.

## Vad som erbjuds
- Provtagning, blodtryck och såromläggning.
- Vaccinationer enligt säsong.
- Rådgivning om läkemedel och hjälp att förnya recept.
- Kommunernas hemtjänst har en kontaktperson med vid varannan tur, som kan svara på frågor om hemtjänst och trygghetslarm.

## Vem gjorde vad
Region Skåne står för personal och medicinsk utrustning. Kommunerna delade på kostnaden för bussen och står för kontaktpersonerna från hemtjänsten. Byföreningarna upplåter plats och el.`,
    municipalities: ['1291', '1270'],
    startedYear: 2022,
    projectStatus: 'pågående',
    outcomes: `- Omkring 2 100 besök per år, i snitt 16 per tillfälle.
- 72 procent av besökarna är över 70 år.
- Vaccinationstäckningen mot influensa bland personer över 65 år i de tio byarna ökade med 9 procentenheter.
- Hemtjänstens kontaktperson har omkring 5 samtal per tur, ofta om trygghetslarm och matdistribution.`,
    lessons: `Det som fungerade var att samla regionens vård och kommunens omsorg i samma buss. Många frågor som besökarna har gäller båda, och de slapp ringa två olika ställen.

Det som inte fungerade var platserna vid vissa butiker, där parkeringen var för liten för bussen. Bussen fick flytta till bygdegårdar, vilket gav färre spontanbesök. Bussen har också haft tekniska problem med värmen vintertid och stått still i sammanlagt sex veckor under två år.`,
    funding: `- Region Skåne, personal och driftkostnader omkring 1,6 miljoner kronor om året.
- Simrishamns och Tomelilla kommuner, ombyggnad av bussen 1,8 miljoner kronor sammanlagt.
- Byföreningarna upplåter plats och el utan kostnad.`,
    organisations: ['Region Skåne', 'Simrishamns kommun', 'Tomelilla kommun'],
    methods: ['mobil-vardmottagning'],
    serviceAreas: ['vard-och-omsorg'],
    topics: ['vårdcentral', 'mobil service', 'äldre', 'hemtjänst'],
    publishedDaysAgo: 65,
    lastVerifiedDaysAgo: 22,
    en: {
      title: 'The health bus on Österlen',
      summary:
        'Region Skåne and the municipalities of Simrishamn and Tomelilla started a mobile health clinic that visits ten villages. A district nurse, sampling and a home-care contact person are on board.',
      body: `On Österlen the population is older than in the rest of Skåne, and the health centres are in the towns. For older villagers without a car, a blood test can take half a day by bus and on foot.

## The health bus
In 2022 Region Skåne, Simrishamn municipality and Tomelilla municipality started a mobile health clinic in a converted bus. The bus has an examination room, sampling equipment and a waiting area.

The bus visits ten villages in the two municipalities on a schedule, each village once every four weeks. It usually parks by the shop or the village hall.

## What is offered
- Blood tests, blood pressure and wound care.
- Seasonal vaccinations.
- Advice on medicines and help renewing prescriptions.
- The municipalities' home care has a contact person on every other trip who can answer questions about home care and safety alarms.

## Who did what
Region Skåne provides staff and medical equipment. The municipalities shared the cost of the bus and provide the home-care contact people. The village associations provide space and electricity.`,
      outcomes: `- About 2,100 visits a year, on average 16 per stop.
- 72 per cent of visitors are over 70.
- Flu vaccination coverage among over-65s in the ten villages rose 9 percentage points.
- The home-care contact person has about 5 conversations per trip, often about safety alarms and meal delivery.`,
      lessons: `What worked was bringing the region's health care and the municipality's social care into the same bus. Many visitors' questions concern both, and they avoided calling two different places.

What did not work was parking at some shops, where there was not enough room for the bus. It had to move to village halls, which meant fewer drop-in visits. The bus has also had heating problems in winter and been out of service for six weeks in total over two years.`,
      funding: `- Region Skåne, staff and running costs of about SEK 1.6 million a year.
- Simrishamn and Tomelilla municipalities, conversion of the bus SEK 1.8 million in total.
- The village associations provide space and electricity free of charge.`,
    },
  },
  {
    key: 'hylte-trygghetspunkter',
    title: 'Trygghetspunkter i fem byar i Hylte',
    summary:
      'Hylte kommun och fem byalag inrättade trygghetspunkter i bygdegårdar och en lanthandel. Vid långa strömavbrott eller andra kriser finns värme, information, vatten och laddning för mobiler.',
    body: `Hylte kommun består till stor del av skog, och stormar har flera gånger gett långa strömavbrott i byarna. Under en storm 2022 var några byar utan ström i tre dygn, och kommunen hade svårt att nå ut med information.

## Vad som gjordes
Kommunens säkerhetssamordnare bjöd 2023 in byalag i de mest utsatta byarna till ett samarbete om trygghetspunkter. Fem byar deltog, bland dem Kvarnalta. Tillsammans valdes lokaler: fyra bygdegårdar och en lanthandel.

Varje trygghetspunkt har:
- anslutning för reservkraft och ett aggregat som kommunen äger,
- en radio och en kommunikationsradio för kontakt med kommunen,
- dricksvatten i dunkar, filtar och en första hjälpen-låda,
- en pärm med rutiner och kontaktuppgifter.

## Roller
Byalagen har utsett två eller tre ansvariga per trygghetspunkt som öppnar lokalen när kommunen begär det, eller på eget initiativ om strömmen varit borta i mer än tolv timmar. Kommunen underhåller utrustningen och håller en övning per år.

Lanthandeln fick samtidigt stöd för att kunna hålla öppet vid strömavbrott, så att byborna kan handla mat och drivmedel.

## Vem gjorde vad
Hylte kommun samordnade och står för utrustningen. Byalagen ansvarar för lokalerna och bemanningen. Region Halland gav stöd till lanthandelns reservkraft.`,
    municipalities: ['1315'],
    coordinates: { lat: 57.05, lon: 13.2 },
    startedYear: 2023,
    projectStatus: 'pågående',
    outcomes: `- Fem trygghetspunkter med sammanlagt 14 utbildade ansvariga.
- Två trygghetspunkter har aktiverats vid ett strömavbrott på 22 timmar och tog emot omkring 60 personer.
- Lanthandeln höll öppet med reservkraft under hela avbrottet.
- Alla fem punkter har övat en gång om året sedan 2023.`,
    lessons: `Det som fungerade var att låta byarna själva välja lokaler och ansvariga. De känner till vilka som bor ensamma och behöver extra stöd. Övningarna har gjort att byborna vet var trygghetspunkten finns.

Det som inte fungerade var kommunikationsradion, som flera av de ansvariga tyckte var svår att använda. Vid aktiveringen fick kommunen i stället köra ut med information. Kommunen har nu ordnat en kortare utbildning varje höst. Två byar som ville vara med kunde inte, eftersom deras bygdegårdar saknar anslutning för reservkraft och ombyggnaden var för dyr.`,
    funding: `- Hylte kommun, 450 000 kronor för aggregat, radio och utrustning till fem punkter.
- Investeringsstöd från Region Halland till lanthandelns reservkraft, 110 000 kronor.
- Ideellt arbete i byalagen.`,
    organisations: ['Hylte kommun', 'Kvarnalta byalag', 'Region Halland'],
    methods: ['krisberedskap-i-bygden'],
    serviceAreas: ['servicepunkt', 'motesplatser-och-kultur', 'dagligvaror'],
    topics: ['krisberedskap', 'bygdegård', 'lanthandel'],
    publishedDaysAgo: 98,
    lastVerifiedDaysAgo: 28,
  },
  {
    key: 'tanum-skargardsfiber',
    title: 'Fiber till skärgård och kustbyar i Tanum',
    summary:
      'En fiberförening i Tanums kommun byggde fibernät till 1 150 fastigheter längs kusten och på tre öar, med sjökabel. Projektet pågick 2015–2020 och är ett av de större föreningsnäten i Bohuslän.',
    body: `Kustbygden i Tanums kommun har många fritidshus och ett mindre antal helårsboende, ofta spridda på öar och längs vikar. Kommersiella operatörer byggde i tätorterna men inte längs kusten.

## Föreningen
Tanums Skärgårdsfiber ekonomisk förening bildades 2015 efter att en grupp helårsboende och fritidsboende samlat intresseanmälningar. Insatsen var 20 000 kronor per fastighet för fastboende och 25 000 kronor för fritidsboende, eftersom de senare ansågs ha mindre nytta vintertid men lika hög kostnad.

## Bygget
Nätet byggdes i fem etapper. Den svåraste delen var att nå tre öar utan fast förbindelse, där föreningen lade sjökabel. Det krävde tillstånd från länsstyrelsen och samråd med fiskare.

Kommunens bredbandssamordnare hjälpte till med stödansökningar och kontakt med Trafikverket om vägkorsningar.

## Efter bygget
Nätet drivs sedan 2020 av föreningen med en upphandlad driftleverantör. Fler fritidshus har blivit helårsbostäder, och flera företag i kustbyarna har kunnat växa.

## Vem gjorde vad
Föreningen ägde projektet. Tanums kommun bidrog med samordning och medfinansiering. Västra Götalandsregionen och länsstyrelsen hanterade bredbandsstöd och tillstånd.`,
    municipalities: ['1435'],
    coordinates: { lat: 58.72, lon: 11.25 },
    startedYear: 2015,
    projectStatus: 'avslutat',
    outcomes: `- 1 150 fastigheter anslutna, varav 420 helårsbostäder.
- 340 kilometer nät, varav 6 kilometer sjökabel.
- Total kostnad 68 miljoner kronor.
- Antalet helårsboende i föreningens område ökade med omkring 8 procent 2020–2024.
- Tre lanthandlar i området kunde införa digitala betalsystem och paketautomater.`,
    lessons: `Det som fungerade var att tidigt ta med fritidsboende i styrelsen. De bidrog med kunskap och kapital och kunde övertyga andra fritidsboende.

Det som inte fungerade var tidplanen för sjökabeln, som försenades ett år av tillståndsprocessen. Differentierade insatser mellan fast- och fritidsboende skapade också diskussioner, och vissa fritidsboende valde att inte ansluta. Föreningen har fått sälja anslutningar i efterhand till ett högre pris.`,
    funding: `- Bredbandsstöd, 32 miljoner kronor.
- Medlemsinsatser, 26 miljoner kronor.
- Kommunal medfinansiering från Tanums kommun, 4 miljoner kronor.
- Banklån, 6 miljoner kronor.`,
    organisations: ['Tanums Skärgårdsfiber ekonomisk förening', 'Tanums kommun', 'Västra Götalandsregionen'],
    methods: ['fiberforening'],
    serviceAreas: ['bredband-och-digital-service'],
    topics: ['fiberförening', 'bredband', 'skärgård', 'fritidsboende'],
    publishedDaysAgo: 640,
    lastVerifiedDaysAgo: 330,
  },
  {
    key: 'orust-vasteron-butik-och-mack',
    title: 'Butik och mack i samma förening på Västerön',
    summary:
      'På Västerön på Orust äger en ekonomisk förening både byns butik och drivmedelsstation. Drivmedlet ger ett stabilt överskott som bär butiken under vintern.',
    body: `Västerön är en ö i Orust kommun med omkring 400 helårsboende och ett stort antal sommargäster. 2017 stod både butiken och drivmedelsstationen utan ägare: handlaren ville gå i pension och drivmedelsbolaget ville stänga stationen.

## Lösningen
Byalaget föreslog att en förening skulle ta över båda. Tanken var att drivmedelsstationen, med båttrafik och turister, skulle ge ett överskott som kunde bära butiken när den har få kunder.

Västeröns Handel och Drivmedel ekonomisk förening bildades 2017. Föreningen köpte butiksfastigheten och tog över drivmedelsanläggningen, som byggdes om med en ny automat och en pump vid bryggan för båtar.

## Driften
Föreningen anställer en föreståndare och tre deltidsanställda i butiken. Drivmedlet levereras av ett bolag som sköter betalsystemet. Föreningen står för tillsyn.

## Vem gjorde vad
- **Byalaget och föreningen**: förstudie, andelsförsäljning och drift.
- **Länsstyrelsen i Västra Götalands län**: investeringsstöd till både butik och station.
- **Orust kommun**: tillstånd och hjälp med arrende för bryggpumpen.`,
    municipalities: ['1421'],
    coordinates: { lat: 58.2, lon: 11.45 },
    startedYear: 2017,
    projectStatus: 'pågående',
    outcomes: `- Föreningen har 410 medlemmar.
- Drivmedelsförsäljningen är omkring 620 kubikmeter per år, varav 180 kubikmeter till båtar.
- Drivmedlet ger ett överskott på omkring 250 000 kronor om året som täcker butikens vinterunderskott.
- Butiken har hållit öppet året runt sedan 2018 med minst 45 timmar i veckan.`,
    lessons: `Det som fungerade var att se butik och mack som en helhet. Överskottet från drivmedlet gör att butiken klarar vintern utan särskilt driftsstöd.

Det som inte fungerade var beroendet av drivmedlet. När försäljningen till båtar minskade under ett regnigt år minskade också marginalen, och butiken gick med förlust. Föreningen har därför byggt upp en buffert. Båtpumpen har också krävt mer tillsyn än väntat, och föreningen har fått anlita en person på timmar sommartid.`,
    funding: `- Investeringsstöd från Länsstyrelsen i Västra Götalands län, 1,3 miljoner kronor.
- Andelskapital, 820 000 kronor.
- Banklån, 1,1 miljoner kronor.`,
    organisations: [
      'Västeröns Handel och Drivmedel ekonomisk förening',
      'Orust kommun',
      'Länsstyrelsen i Västra Götalands län',
    ],
    methods: ['kooperativ-butik-ekonomisk-forening', 'drivmedelsstation-ekonomisk-forening'],
    serviceAreas: ['dagligvaror', 'drivmedel'],
    topics: ['ekonomisk förening', 'drivmedel', 'lanthandel', 'skärgård'],
    publishedDaysAgo: 590,
    lastVerifiedDaysAgo: 280,
  },
  {
    key: 'bengtsfors-servicesamordnare',
    title: 'En servicesamordnare med mandat i Bengtsfors',
    summary:
      'Bengtsfors kommun inrättade en tjänst som servicesamordnare direkt under kommundirektören. Tjänsten samlar butiker, ombud, byalag och förvaltningar och har gjort kommunen till en aktiv part i länets servicearbete.',
    body: `I Bengtsfors kommun i Dalsland var servicefrågorna tidigare utspridda: näringslivsenheten hade kontakt med butikerna, socialtjänsten med hemsändningen och samhällsbyggnad med kollektivtrafiken. Ingen hade helhetsbilden.

## Tjänsten
2021 inrättade kommunen en tjänst som servicesamordnare, placerad direkt under kommundirektören. Tjänsten fick tre uppgifter:

1. Vara en väg in för butiker, ombud och byalag i servicefrågor.
2. Samordna kommunens förvaltningar kring servicen på landsbygden.
3. Representera kommunen i länets arbete med det regionala serviceprogrammet.

## Arbetssätt
Servicesamordnaren besöker varje lanthandel minst två gånger om året och håller ett årligt servicemöte med byalagen. Samordnaren har också tagit fram en lathund för förvaltningarna om när de ska kontakta henne, till exempel innan en busslinje ändras eller en skolskjuts upphandlas.

## Serviceplanen
Samordnaren reviderade serviceplanen 2022 tillsammans med byalagen, med utgångspunkt i en GIS-analys av restider.

## Vem gjorde vad
Kommunledningen inrättade tjänsten och gav den mandat. Länsstyrelsen i Västra Götalands län bidrog med kunskap och nätverk.`,
    municipalities: ['1460'],
    startedYear: 2021,
    projectStatus: 'pågående',
    outcomes: `- Samtliga sju lanthandlar i kommunen har fått minst ett besök per år sedan 2021.
- Fem ansökningar om investeringsstöd har beviljats, sammanlagt 1,7 miljoner kronor.
- Två lanthandlar har fått uppdrag som servicepunkter.
- Förvaltningarna har kontaktat samordnaren inför 14 beslut som påverkar servicen, bland annat två ändringar av busslinjer.`,
    lessons: `Det som fungerade var placeringen under kommundirektören. Det gav tjänsten tyngd i förvaltningarna och gjorde det lättare att samordna.

Det som inte fungerade var att det tog lång tid innan förvaltningarna började använda lathunden. Det första året fattades två beslut om kollektivtrafik utan att samordnaren fick veta. Samordnaren har också upplevt att det är svårt att hinna med både det löpande arbetet och länssamarbetet på en tjänst.`,
    funding: 'Bengtsfors kommun, lönekostnad omkring 720 000 kronor om året.',
    organisations: ['Bengtsfors kommun', 'Länsstyrelsen i Västra Götalands län'],
    methods: ['servicesamordnare-i-kommunen', 'serviceplan-med-medborgardialog', 'servicekartlaggning-med-gis'],
    serviceAreas: ['offentlig-service', 'servicepunkt', 'dagligvaror'],
    topics: ['servicesamordnare', 'kommunal serviceplan', 'regionalt serviceprogram'],
    publishedDaysAgo: 270,
    lastVerifiedDaysAgo: 100,
  },
  {
    key: 'dals-ed-servicekontorsfilial',
    title: 'Servicekontorsfilial i kommunhuset i Dals-Ed',
    summary:
      'Dals-Eds kommun och Statens servicecenter planerar en filial med digitala möten och personal på plats en dag i veckan i kommunhuset. Försöket startar under året.',
    body: `Dals-Ed är en av de mindre kommunerna i Västra Götaland, och det är flera mil till närmaste statliga servicekontor. Kommunens kontaktcenter får många frågor om myndighetsärenden som de inte kan svara på.

## Planen
Kommunen och Statens servicecenter har kommit överens om ett försök:

- Ett rum i kommunhuset görs om till filial med två arbetsplatser och en skärm för digitala möten.
- Personal från servicekontoret finns på plats en dag i veckan.
- Övriga dagar kan invånare boka digitala möten, med hjälp av kommunens kontaktcenter.

## Varför just kommunhuset
Kommunhuset ligger centralt, har kontaktcenter med öppet varje vardag och är redan en plats dit invånarna går med frågor. Kontaktcentrets personal kan hjälpa till att boka och starta digitala möten, och hänvisa vidare när en fråga gäller en statlig myndighet.

## Status
Rummet byggs om under vintern och försöket startar efter årsskiftet. Det ska pågå i två år och utvärderas efter ett år tillsammans med byalagen i kommunen.

*Utkast: fylls på med resultat när försöket har startat.*`,
    municipalities: ['1438'],
    startedYear: 2026,
    projectStatus: 'pågående',
    outcomes:
      'Inga resultat ännu. Målet är minst 15 besök per vecka och att 80 procent av besökarna ska få hjälp utan att behöva resa vidare.',
    lessons:
      'För tidigt att säga. Planeringen har visat att it-säkerhetskraven för servicekontorets system tar längre tid att lösa än ombyggnaden av rummet.',
    funding:
      'Dals-Eds kommun står för lokal och ombyggnad, omkring 150 000 kronor. Statens servicecenter står för personal och system.',
    organisations: ['Dals-Eds kommun', 'Statens servicecenter'],
    methods: ['ambulerande-statlig-service'],
    serviceAreas: ['offentlig-service'],
    topics: ['statlig service', 'flernivåsamverkan'],
    draft: true,
    publishedDaysAgo: 1,
  },
  {
    key: 'overkalix-butiksbil-langs-alven',
    title: 'Butiksbilen längs älven i Överkalix',
    summary:
      'En handlare i Överkalix kör butiksbil till 17 byar längs älvdalen. Genom att dela bilen med hemtjänstens matdistribution och ta med apoteksvaror och paket har den klarat sig i sex år.',
    body: `I Överkalix kommun ligger många byar utspridda längs älven, långt från centralorten. Flera byabutiker har stängt sedan 2000-talet, och de äldre som bor kvar har svårt att ta sig till butik.

## Upplägget
Älvbygdens Handel i centralorten köpte 2019 en butiksbil med kyl och frys och omkring 450 artiklar. Bilen kör tre dagar i veckan enligt fast schema till 17 byar, med stopp på 15–30 minuter.

Till skillnad från många andra butiksbilar delar den på uppdragen:
- Hemtjänstens matlådor till brukare i byarna följer med bilen, vilket ger kommunen en lägre kostnad för matdistribution.
- Bilen tar med apoteksvaror från ombudet i butiken och paket från paketombudet.
- Kunder kan förbeställa varor som inte finns i bilen.

## Finansiering
Kommunen betalar för matdistributionen och ger hemsändningsbidrag för förbeställda varor. Regionen gav investeringsstöd till bilen.

## Vem gjorde vad
Handlaren äger och kör bilen. Överkalix kommun samordnade med hemtjänsten och betalar för matdistributionen. Region Norrbotten gav investeringsstöd.`,
    municipalities: ['2513'],
    startedYear: 2019,
    projectStatus: 'pågående',
    outcomes: `- Omkring 130 kunder per vecka.
- 42 brukare får matlådor via bilen.
- Kommunens kostnad för matdistribution i byarna minskade med omkring 30 procent.
- Omkring 25 förbeställningar och 40 paket per vecka.`,
    lessons: `Det som fungerade var att dela bilen med hemtjänstens matdistribution. Det gav en stabil grundintäkt som inte beror på hur många som handlar. Bilen fungerar också som social kontakt; chauffören har flera gånger larmat när en kund inte kommit ut.

Det som inte fungerade var vintern i början. Bilen var inte byggd för att stå still i stark kyla med dörrarna öppna, och frysen fick problem. Handlaren byggde om med en extra värmare. Att få tag på en reservchaufför med rätt körkort har också varit svårt; vid sjukdom har turer ställts in.`,
    funding: `- Investeringsstöd från Region Norrbotten, 480 000 kronor.
- Ersättning från Överkalix kommun för matdistribution, omkring 260 000 kronor om året.
- Hemsändningsbidrag för förbeställda varor, omkring 50 000 kronor om året.`,
    organisations: ['Älvbygdens Handel', 'Överkalix kommun', 'Region Norrbotten'],
    methods: ['mobil-butik', 'hemtjanst-handlar-lokalt'],
    serviceAreas: ['dagligvaror', 'vard-och-omsorg', 'apotek-och-lakemedel', 'post-och-paket'],
    topics: ['mobil service', 'hemtjänst', 'äldre', 'lanthandel'],
    publishedDaysAgo: 160,
    lastVerifiedDaysAgo: 45,
  },
  {
    key: 'ockelbo-hemtjansten-handlar-i-byn',
    title: 'Hemtjänsten handlar i byns butik i Ockelbo',
    summary:
      'Ockelbo kommun ändrade rutinerna så att hemtjänsten beställer brukarnas varor från närmaste lanthandel i stället för att handla i centralorten. Butiken i Västerbo fick 35 nya kunder och hemtjänsten sparade tid.',
    body: `I Ockelbo kommun handlade hemtjänsten tidigare alla brukares varor i den stora butiken i centralorten, även för brukare som bodde nära en lanthandel. Personalen fick lägga mycket tid på inköp, och lanthandlarna gick miste om kunder som de tidigare haft.

## Förändringen
När kommunen 2022 såg över hemtjänstens rutiner föreslog servicesamordnaren att hemtjänsten skulle använda lanthandlarna. Butiken i Västerbo var först ut.

Upplägget:
- Hemtjänsten gör en beställningslista tillsammans med brukaren och skickar den till butiken senast dagen före.
- Butiken plockar och packar varorna per brukare.
- Hemtjänstens personal hämtar kassarna i butiken på väg ut, eller så levererar butiken med sin hemsändning.
- Brukarna betalar via faktura från butiken, så att personalen inte hanterar pengar.

## Varför det spelar roll
För lanthandeln betyder hemtjänstens inköp en stabil grundvolym. För hemtjänsten sparas tid och körsträcka. För brukarna innebär det att de handlar i sin egen by, och ofta får varor de känner igen.

## Vem gjorde vad
Ockelbo kommuns hemtjänst och servicesamordnare tog fram rutinen. Butiken i Västerbo anpassade plock och fakturering. Region Gävleborg bidrog med erfarenheter från andra kommuner i länet.`,
    municipalities: ['2101'],
    coordinates: { lat: 60.98, lon: 16.45 },
    startedYear: 2022,
    projectStatus: 'pågående',
    outcomes: `- 35 brukare handlar via butiken i Västerbo, omkring 140 beställningar i månaden.
- Butikens omsättning ökade med omkring 9 procent.
- Hemtjänsten uppskattar att den sparar 6–8 timmar personaltid i veckan.
- Körsträckan för inköp minskade med omkring 12 000 kilometer per år.
- Ytterligare en lanthandel har börjat med samma rutin 2024.`,
    lessons: `Det som fungerade var faktureringen direkt från butiken, som löste frågan om hur personalen hanterar brukarnas pengar. Att börja med en butik och utvärdera gjorde det lättare att få med resten av hemtjänsten.

Det som inte fungerade var att alla brukare inte ville byta. Några var vana vid den stora butikens sortiment och priser. Butiken har också haft svårt att hantera beställningar som kommer sent, och rutinen har fått skärpas så att beställningar efter kl. 14 levereras dagen därpå.`,
    funding:
      'Ingen extra finansiering. Förändringen gjordes inom hemtjänstens befintliga budget, och butiken tar en plockavgift på 25 kronor per beställning.',
    organisations: ['Ockelbo kommun', 'Västerbo Lanthandel', 'Region Gävleborg'],
    methods: ['hemtjanst-handlar-lokalt'],
    serviceAreas: ['vard-och-omsorg', 'dagligvaror'],
    topics: ['hemtjänst', 'lanthandel', 'äldre'],
    publishedDaysAgo: 75,
    lastVerifiedDaysAgo: 30,
  },
  {
    key: 'sjobo-ekebotorp-servicepunkt',
    title: 'Ekebotorps handel blev servicepunkt i Sjöbo',
    summary:
      'Lanthandeln i Ekebotorp fick uppdrag som servicepunkt av Sjöbo kommun, med apoteksombud, paketombud, kontantuttag och kommunens information. Butiken är den enda i en radie av 12 kilometer.',
    body: `Ekebotorp är en by med omkring 600 invånare i Sjöbo kommun. Butiken är den enda dagligvarubutiken i ett område med flera mindre byar, och den hade under flera år haft sjunkande omsättning när fler handlade i Sjöbo och Ystad.

## Servicepunkten
I kommunens serviceplan från 2020 pekades butiken ut som strategisk. Kommunen och handlaren tecknade 2021 ett avtal om att butiken skulle bli servicepunkt, med:

- apoteksombud,
- paketombud för tre paketföretag,
- kontantuttag i kassan,
- en anslagstavla och en surfplatta med kommunens e-tjänster,
- en hjärtstartare som är tillgänglig dygnet runt.

## Ombyggnad
Handlaren byggde om entrén med en servicedisk och en hylla för paket. Ombyggnaden fick investeringsstöd från Länsstyrelsen i Skåne län.

## Vem gjorde vad
Handlaren driver servicepunkten och rapporterar till kommunen. Sjöbo kommun betalar en årlig ersättning. Länsstyrelsen i Skåne län gav investeringsstöd.`,
    municipalities: ['1265'],
    coordinates: { lat: 55.68, lon: 13.85 },
    startedYear: 2021,
    projectStatus: 'pågående',
    outcomes: `- Omkring 1 500 kundbesök i veckan, en ökning med 14 procent sedan 2020.
- Paketombudet hanterar omkring 280 paket i veckan.
- Apoteksombudet lämnar ut omkring 130 recept i månaden.
- Omkring 80 kontantuttag i månaden.`,
    lessons: `Det som fungerade var att tre paketföretag samlades i samma butik. Kunderna behöver inte längre åka till olika ställen beroende på vilket företag som levererar.

Det som inte fungerade var surfplattan med kommunens e-tjänster, som knappt används. Kunderna vill hellre ha hjälp av en person. Paketvolymen har också vuxit mer än handlaren räknat med, och lagerutrymmet räcker inte till före jul. Handlaren har fått hyra en container.`,
    funding: `- Investeringsstöd från Länsstyrelsen i Skåne län, 210 000 kronor.
- Ersättning från Sjöbo kommun för servicepunkten, 50 000 kronor om året.`,
    organisations: ['Ekebotorps Handel', 'Sjöbo kommun', 'Länsstyrelsen i Skåne län'],
    methods: ['servicepunkt-i-lanthandeln', 'kontantuttag-i-kassan', 'apoteksombud-och-uthamtningsskap'],
    serviceAreas: ['servicepunkt', 'post-och-paket', 'apotek-och-lakemedel', 'kontanter-och-betaltjanster'],
    topics: ['servicepunkt', 'paketombud', 'apoteksombud', 'kontanter'],
    publishedDaysAgo: 205,
    lastVerifiedDaysAgo: 75,
  },
  {
    key: 'arvidsjaur-skolskjuts-och-narttrafik',
    title: 'Skolskjuts och närtrafik planeras tillsammans i Arvidsjaur',
    summary:
      'Arvidsjaurs kommun och Region Norrbotten samplanerar skolskjuts och anropsstyrd närtrafik. Vuxna kan åka med skolskjutsen och närtrafiken fyller luckorna på lov och eftermiddagar.',
    body: `I Arvidsjaurs kommun är avstånden långa och befolkningen gles. Skolskjutsen körs av kommunen och närtrafiken av regionen, men tidigare planerades de var för sig. Det ledde till att fordon ibland körde samma väg med en halvtimmes mellanrum, och att byar saknade trafik helt på loven.

## Samplaneringen
2021 kom kommunen och regionen överens om att planera skolskjuts och närtrafik tillsammans. En gemensam trafikplanerare går igenom behoven varje termin.

- Skolskjutsen är öppen för vuxna resenärer på de flesta linjer.
- Närtrafiken kör på beställning på eftermiddagar, kvällar och lov, när skolskjutsen inte går.
- Samma fordon används i båda systemen när det går, vilket ger bättre beläggning.

## Information
Kommunen har tagit fram en gemensam turlista för varje by, som delats ut till alla hushåll och finns i lanthandlarna.

## Vem gjorde vad
Arvidsjaurs kommun och Region Norrbotten delar på trafikplaneraren och har ett avtal om kostnadsfördelning. Byalagen har bidragit med önskemål om tider.`,
    municipalities: ['2505'],
    startedYear: 2021,
    projectStatus: 'pågående',
    outcomes: `- Omkring 2 000 vuxenresor per år med skolskjutsen.
- Närtrafiken har omkring 1 300 resor per år, varav 40 procent på lov.
- Den sammanlagda körsträckan minskade med omkring 8 procent genom samordningen.
- Samtliga byar med mer än tio helårsboende har nu någon form av kollektivtrafik året runt.`,
    lessons: `Det som fungerade var den gemensamma trafikplaneraren, som ser hela bilden. Byarna fick en turlista i stället för två, vilket gjorde det lättare att förstå.

Det som inte fungerade var avtalen med entreprenörerna, som var skrivna för antingen skolskjuts eller närtrafik. Det tog två år innan alla avtal var omförhandlade. Att blanda skolbarn och vuxna i samma fordon har också väckt frågor från föräldrar, och kommunen har fått ta fram tydligare regler.`,
    funding: `- Trafikplaneraren delas lika mellan Arvidsjaurs kommun och Region Norrbotten, omkring 320 000 kronor vardera per år.
- Trafiken finansieras inom befintliga budgetar för skolskjuts och närtrafik.`,
    organisations: ['Arvidsjaurs kommun', 'Region Norrbotten'],
    methods: ['skolskjuts-oppen-for-alla', 'anropsstyrd-narttrafik'],
    serviceAreas: ['kollektivtrafik-och-mobilitet', 'skola-och-forskola'],
    topics: ['skolskjuts', 'anropsstyrd trafik', 'kollektivtrafik', 'flernivåsamverkan'],
    publishedDaysAgo: 325,
    lastVerifiedDaysAgo: 130,
  },
  {
    key: 'smedjebacken-hagbyns-byskola',
    title: 'Hagbyns byskola blev bygdens vardagsrum',
    summary:
      'När kommunen ville lägga ned skolan i Hagbyn startade föräldrar och bybor en friskola som ekonomisk förening. Skolan är i dag också bibliotek, mötesplats och paketutlämning för byn.',
    body: `Hagbyn är en by med omkring 350 invånare i Smedjebackens kommun. 2017 föreslog kommunen att den kommunala byskolan skulle läggas ned och eleverna flyttas till centralorten, en resa på 25 minuter med buss.

## Friskolan
Föräldrar och bybor bildade en ekonomisk förening och ansökte om att starta en friskola. Skolinspektionen godkände ansökan, och skolan öppnade i augusti 2018 med 32 elever i förskoleklass till årskurs 6. Föreningen hyr skolbyggnaden av kommunen.

## Mer än skola
Från början bestämde föreningen att skolan skulle vara öppen för bygden:

- Skolbiblioteket är öppet för alla två eftermiddagar i veckan.
- Byns föreningar använder matsalen och gymnastiksalen på kvällar och helger.
- Skolan tar emot paket för byborna i ett låst förråd, som föräldrar och bybor hämtar vid skolans öppettider.
- Varje höst ordnar skolan en bystämma i matsalen.

## Vem gjorde vad
Föreningen driver skolan och mötesplatsen. Smedjebackens kommun hyr ut lokalen och betalar skolpeng. Byns föreningar bidrar med frivilliga till kvällsverksamheten.`,
    municipalities: ['2061'],
    coordinates: { lat: 60.15, lon: 15.35 },
    startedYear: 2018,
    projectStatus: 'pågående',
    outcomes: `- Skolan har i dag 41 elever, mot 32 vid starten.
- Sju familjer har flyttat till byn sedan 2018 och uppger skolan som ett skäl.
- Matsalen och gymnastiksalen används omkring 150 kvällar per år av föreningarna.
- Paketutlämningen hanterar omkring 40 paket i veckan.`,
    lessons: `Det som fungerade var att göra skolan till hela byns angelägenhet från början. Många som inte har barn i skolan har ändå engagerat sig, och det har gett skolan ett starkt stöd.

Det som inte fungerade var ekonomin de första åren. Skolpengen räckte inte till en skola med så få elever, och föreningen gick med förlust två år i rad. Det löstes genom att förskolan flyttade in i samma byggnad. Paketutlämningen är också beroende av skolans öppettider, och på loven får byborna åka till centralorten.`,
    funding: `- Skolpeng från Smedjebackens kommun.
- Leader, 150 000 kronor till inredning av biblioteket och mötesplatsen.
- Föreningens medlemmar har bidragit med ideellt arbete vid renoveringar.`,
    organisations: ['Hagbyns Byskola ekonomisk förening', 'Smedjebackens kommun'],
    methods: ['byskola-som-motesplats', 'bystamma-om-service'],
    serviceAreas: ['skola-och-forskola', 'motesplatser-och-kultur', 'post-och-paket'],
    topics: ['byskola', 'mötesplats', 'ekonomisk förening', 'leader'],
    publishedDaysAgo: 415,
    lastVerifiedDaysAgo: 180,
  },
];
