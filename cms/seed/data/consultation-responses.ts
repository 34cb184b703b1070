import type { SeedConsultationResponse } from '../types.ts';

export const consultationResponses: SeedConsultationResponse[] = [
  {
    key: 'remiss-grundlaggande-betaltjanster',
    title: 'Svar om grundläggande betaltjänster på landsbygden',
    summary:
      'Nätverket stöder förslaget om en statlig bevakning av kontanttillgången men vill att avståndet till uttag och insättning mäts från där människor bor, inte från tätortens mitt.',
    body: `Landsbygdsnätverkets servicegrupp delar utredningens bild av att kontanter fortfarande behövs, särskilt för äldre, för föreningslivets kassor och som reserv när digitala betalningar slås ut.

## Våra huvudsakliga synpunkter
- **Mät avstånd där människor bor.** Utredningen föreslår att tillgången följs upp med avstånd från tätorter. På landsbygden bor många utanför tätorterna, och det är deras avstånd som avgör om tjänsten går att använda.
- **Insättning är lika viktigt som uttag.** För lanthandlare och föreningar är det ofta svårare att bli av med kontanter än att få tag på dem. Förslaget behöver omfatta insättning av dagskassor.
- **Ta vara på butikerna.** I Sörsjön och Vaattovaara har butiken blivit byns uttagsställe och tar emot förseglade dagskassor. Sådana lösningar är billiga för samhället men kräver att butiken får en rimlig ersättning.

## Förslag
Vi föreslår att länsstyrelserna får i uppdrag att tillsammans med kommunerna peka ut orter där kontanttjänster i butik behövs, och att bankerna ska bidra till ersättningen för sådana tjänster. Vi bifogar de två exemplen som underlag.`,
    consultationTitle: 'Ett säkrare och mer tillgängligt betalningssystem',
    issuer: 'Finansdepartementet',
    referenceNumber: 'Fi2026/00417',
    consultationDeadlineInDays: -60,
    submittedInDays: -62,
    respondent: 'Landsbygdsnätverkets servicegrupp',
    methods: ['kontantuttag-i-kassan'],
    caseStudies: ['sorsjon-servicepunkt', 'pajala-kontanter-i-kassan'],
    serviceAreas: ['kontanter-och-betaltjanster'],
    topics: ['kontanter', 'grundläggande betaltjänster', 'dagskassor'],
    publishedDaysAgo: 58,
    en: {
      title: 'Response on basic payment services in rural areas',
      summary:
        'The network supports the proposal for state monitoring of access to cash but wants the distance to withdrawal and deposit measured from where people live, not from the centre of the nearest town.',
      consultationTitle: 'A safer and more accessible payment system',
      body: `The network's service group shares the inquiry's view that cash is still needed, especially by older people, by associations and as a backup when digital payments fail.

## Our main points
- **Measure distance where people live.** The inquiry proposes following access by distance from urban localities. In rural areas many people live outside them, and their distance decides whether a service can be used.
- **Deposits matter as much as withdrawals.** For village shops and associations it is often harder to get rid of cash than to get hold of it. The proposal must cover deposits of daily takings.
- **Make use of the shops.** In Sörsjön and Vaattovaara the shop has become the village's cash point and accepts sealed deposits. Such solutions cost society little but need fair pay for the shop.

## Proposals
We propose that the county administrative boards, together with the municipalities, identify places where cash services in shops are needed, and that the banks contribute to paying for them. The two examples are attached.`,
    },
  },
  {
    key: 'remiss-forordning-kommersiell-service',
    title: 'Svar på översynen av stödet till kommersiell service',
    summary:
      'Nätverket välkomnar en enklare förordning om stöd till kommersiell service och vill att stödet också ska kunna gå till bygdeägda drivmedelsstationer och butiker med obemannade öppettider.',
    body: `Stödet till kommersiell service är det viktigaste statliga verktyget för att butiker och drivmedelsstationer ska finnas kvar på landsbygden. Vi välkomnar därför att departementet ser över förordningen.

## Det här vill vi behålla
- Att både investeringsstöd och särskilt driftsstöd finns, eftersom de löser olika problem
- Att regioner och länsstyrelser har handläggningen nära butikerna

## Det här vill vi ändra
- **Obemannade timmar.** Butiken i Gransjö har med digitalt lås gått från 38 till 119 öppettimmar i veckan. Förordningen bör tydligt tillåta stöd till sådana investeringar, så länge butiken också har bemannade tider för tjänster som kräver personal.
- **Bygdeägda stationer.** I Björkvattnet köpte byborna macken när bolaget ville stänga. Ekonomiska föreningar som driver drivmedel bör likställas med andra sökande och få stöd även när verksamheten är liten.
- **Lärdomar från Hyttbacken.** Där fick byalaget avveckla en övertagen mack när pumpen behövde bytas. Stödet bör kunna gå till en sådan investering innan det är för sent.
- **Enklare ansökan.** Små butiker lägger orimligt mycket tid på ansökningar. Vi föreslår en förenklad ansökan för belopp under 100 000 kronor.

## Sammanfattning
En mer flexibel förordning kan hålla kvar service på fler orter till låg kostnad för staten.`,
    consultationTitle: 'Översyn av förordningen om stöd till kommersiell service',
    issuer: 'Landsbygds- och infrastrukturdepartementet',
    referenceNumber: 'LI2025/02871',
    consultationDeadlineInDays: -200,
    submittedInDays: -203,
    respondent: 'Landsbygdsnätverkets servicegrupp',
    outcome: `Regeringen beslutade om en ändrad förordning som trädde i kraft vid årsskiftet. Ändringarna innebär bland annat att

- investeringar i obemannade öppettider uttryckligen kan få stöd, med krav på att butiken har bemannade tider,
- ekonomiska föreningar som driver drivmedelsstationer kan få stöd på samma villkor som andra,
- förslaget om en förenklad ansökan för mindre belopp **inte** genomfördes, men Tillväxtverket fick i uppdrag att ta fram en gemensam ansökningsmall.`,
    methods: ['obemannad-butik-digital-nyckel', 'drivmedelsstation-ekonomisk-forening'],
    caseStudies: ['sorsele-obemannad-butik', 'storuman-bjorkvattnet-mack', 'filipstad-hyttbacken-mack'],
    serviceAreas: ['dagligvaror', 'drivmedel'],
    topics: ['investeringsstöd', 'driftsstöd', 'obemannad butik'],
    publishedDaysAgo: 200,
    en: {
      title: 'Response to the review of support for commercial services',
      summary:
        'The network welcomes simpler rules for support to commercial services and wants the support to also reach community-owned filling stations and shops with unstaffed opening hours.',
      consultationTitle: 'Review of the ordinance on support for commercial services',
      body: `Support for commercial services is the state's most important tool for keeping shops and filling stations in rural areas. We therefore welcome the ministry's review of the ordinance.

## What we want to keep
- Both investment support and special operating support, as they solve different problems
- Regions and county administrative boards handling the support close to the shops

## What we want to change
- **Unstaffed hours.** With a digital lock, the shop in Gransjö went from 38 to 119 opening hours a week. The ordinance should clearly allow support for such investments, as long as the shop also has staffed hours for services that need staff.
- **Community-owned stations.** In Björkvattnet the villagers bought the filling station when the company wanted to close it. Cooperatives that run fuel sales should be treated like other applicants, even when small.
- **Lessons from Hyttbacken.** There the village association had to close a filling station it had taken over when the pump needed replacing. Support should reach such investments before it is too late.
- **Simpler applications.** Small shops spend far too much time on applications. We propose a simplified form for amounts under SEK 100,000.

## Summary
A more flexible ordinance can keep services in more places at low cost to the state.`,
      outcome: `The government adopted an amended ordinance that came into force at the turn of the year. Among other things

- investments in unstaffed opening hours can explicitly receive support, provided the shop has staffed hours,
- cooperatives running filling stations can receive support on the same terms as others,
- the proposed simplified application for small amounts was **not** adopted, but Tillväxtverket was tasked with producing a common application template.`,
    },
  },
  {
    key: 'remiss-pts-ombudsnatet',
    title: 'Synpunkter på PTS rapport om ombudsnätet för post och paket',
    summary:
      'Nätverket anser att PTS behöver följa upp ombudsnätet per by och inte bara per kommun, och att paketskåp i bygdegårdar och butiker bör räknas som en del av den grundläggande servicen.',
    body: `Post- och telestyrelsen har skickat ut en rapport om hur ombudsnätet för post och paket har förändrats. Vi delar bilden av att ombuden blir färre och att paketskåpen tar över, men vill lyfta landsbygdens perspektiv.

## Våra synpunkter
- **Uppföljning per by.** Rapporten redovisar hur många kommuner som har minst ett ombud. Det säger lite om avstånden för dem som bor utanför centralorten.
- **Skåp på rätt ställen.** I Tvärsjö, där det inte finns någon butik, fick bygdegårdsföreningen ett ombudsföretag att ställa upp ett skåp. Byborna slapp fyra mils resa för varje paket. I Ytterskär i Valdemarsviks skärgård delar föreningen ut paket som kommer med skärgårdsbåten. Sådana lösningar bör uppmuntras.
- **Ombudet håller uppe butiken.** I Sörsjön blev paketutlämningen en del av servicepunkten i lanthandeln. Ersättningen och kundflödet är viktiga för butikens ekonomi.

## Förslag
PTS bör i sin tillsyn och uppföljning redovisa avståndet till närmaste ombud eller skåp från bostäderna, och föra en dialog med paketföretagen om placering av skåp i orter som saknar ombud.`,
    consultationTitle: 'Utvecklingen av ombudsnätet för post- och pakettjänster',
    issuer: 'Post- och telestyrelsen',
    referenceNumber: 'PTS dnr 25-8842',
    consultationDeadlineInDays: -150,
    submittedInDays: -152,
    respondent: 'Landsbygdsnätverkets servicegrupp',
    outcome: `PTS slutrapport tog med ett nytt mått på avstånd till närmaste ombud eller paketskåp från befolkningen, redovisat per kommun och för gles- och landsbygd. Förslaget om dialog med paketföretagen om placering av skåp lyftes som en rekommendation, men blev inget krav.`,
    methods: ['paketombud-i-bygdegarden', 'servicepunkt-i-lanthandeln'],
    caseStudies: ['krokom-paketskap-bygdegard', 'valdemarsvik-paket-med-skargardsbaten', 'sorsjon-servicepunkt'],
    serviceAreas: ['post-och-paket'],
    topics: ['paketombud', 'paketskåp', 'post'],
    publishedDaysAgo: 148,
  },
  {
    key: 'remiss-tillvaxtverket-nationell-strategi',
    title: 'Svar på Tillväxtverkets förslag till nationell inriktning för kommersiell service',
    summary:
      'Nätverket stöder att kommunala serviceplaner blir navet i arbetet, men anser att kommunerna behöver resurser för en servicesamordnare och att byarna ska vara med från början.',
    body: `Tillväxtverket har tagit fram ett förslag till nationell inriktning för arbetet med kommersiell service de kommande åren. Vi har stämt av förslaget med länsavdelningarna och svarar samlat.

## Det vi stöder
- Att kommunala serviceplaner och regionala serviceprogram ska hänga ihop bättre
- Att flernivåsamverkan lyfts fram som arbetssätt
- Att uppföljningen ska bygga på avstånd till service, med stöd av serviceanalysen

## Det som saknas
- **Resurser till kommunerna.** Dorotea och Åsele har visat att två små kommuner kan dela på en servicesamordnare och få båda serviceplanerna reviderade. Utan någon som har tid och mandat blir planerna inte av.
- **Byarnas roll.** I Ragunda blev kommunbygderådet kommunens fasta samtalspart, och byarna skrev sina egna servicekartor. Förslaget beskriver dialog med invånare men inte hur de lokala grupperna ska vara med och äga arbetet.
- **Kartläggning som kan upprepas.** Orsa kommuns restidsanalys visade att en enda butiks nedläggning skulle ge 410 hushåll mer än 30 minuter till närmaste butik. Vi föreslår att Tillväxtverket tar fram en enkel modell för sådan kartläggning som kommunerna kan använda gemensamt.

## Sammanfattning
Inriktningen är bra, men den behöver pengar och en tydlig roll för första nivån för att göra skillnad.`,
    consultationTitle: 'Förslag till nationell inriktning för arbetet med kommersiell service',
    issuer: 'Tillväxtverket',
    referenceNumber: 'Dnr Ä 2026-0412',
    consultationDeadlineInDays: -30,
    submittedInDays: -31,
    respondent: 'Landsbygdsnätverkets servicegrupp',
    methods: ['bystamma-om-service', 'servicekartlaggning-med-gis'],
    caseStudies: ['dorotea-asele-servicesamordnare', 'ragunda-kommunbygderad', 'orsa-servicekartlaggning-gis'],
    serviceAreas: ['offentlig-service', 'servicepunkt'],
    topics: ['kommunal serviceplan', 'flernivåsamverkan', 'regionalt serviceprogram'],
    publishedDaysAgo: 30,
    en: {
      title: "Response to Tillväxtverket's proposed national direction for commercial services",
      summary:
        'The network supports making municipal service plans the hub of the work, but says municipalities need resources for a service coordinator and villages must be involved from the start.',
      consultationTitle: 'Proposed national direction for work on commercial services',
      body: `Tillväxtverket has drafted a national direction for work on commercial services in the coming years. We checked the proposal with the county branches and reply jointly.

## What we support
- Closer links between municipal service plans and regional service programmes
- Multi-level cooperation as the way of working
- Follow-up based on distance to services, using the service analysis

## What is missing
- **Resources for municipalities.** Dorotea and Åsele have shown that two small municipalities can share a service coordinator and revise both service plans. Without someone with time and a mandate, the plans do not happen.
- **The villages' role.** In Ragunda the municipal rural council became the municipality's standing partner, and the villages drew their own service maps. The proposal describes dialogue with residents but not how local groups will share ownership of the work.
- **Repeatable mapping.** Orsa municipality's travel-time analysis showed that closing a single shop would leave 410 households more than 30 minutes from the nearest grocery store. We propose that Tillväxtverket develop a simple model for such mapping that municipalities can use together.

## Summary
The direction is good, but it needs money and a clear role for the local level to make a difference.`,
    },
  },
  {
    key: 'remiss-trafikverket-laddning-mindre-vagnat',
    title: 'Svar om laddinfrastruktur längs det mindre vägnätet',
    summary:
      'Nätverket anser att Trafikverkets underlag bortser från landsbygdens butiker och drivmedelsstationer, som ofta är de enda platserna där det går att ladda och tanka förnybart längs de mindre vägarna.',
    body: `Trafikverket har remitterat ett underlag om hur laddinfrastrukturen ska byggas ut längs vägar som inte ingår i det större stamnätet. Vi välkomnar att de mindre vägarna uppmärksammas.

## Våra synpunkter
- **Utgå från befintlig service.** Lanthandeln och den lilla drivmedelsstationen är naturliga platser för laddning. De har redan el, parkering och något att göra medan bilen laddar. I Tännsjövallen har två snabbladdare vid butiken gett nya kunder som handlar för i snitt 240 kronor.
- **Elanslutningen är flaskhalsen.** Kostnaden för att förstärka anslutningen till en liten butik kan vara större än kostnaden för själva laddaren. Underlaget bör föreslå hur elnätsföretagen kan bidra.
- **Förnybar diesel behövs länge än.** Arbetsfordon i jord- och skogsbruk kommer att köra på diesel i många år. Stöd till HVO vid små stationer bör ingå i samma planering.

## Förslag
Trafikverket bör tillsammans med regionerna kartlägga vilka butiker och stationer som kan bli laddpunkter, och samordna sitt arbete med stödet till kommersiell service.`,
    consultationTitle: 'Underlag om laddinfrastruktur längs det mindre vägnätet',
    issuer: 'Trafikverket',
    referenceNumber: 'TRV 2025/45123',
    consultationDeadlineInDays: -95,
    submittedInDays: -95,
    respondent: 'Landsbygdsnätverkets servicegrupp',
    methods: ['hvo-och-laddstolpe-vid-butiken'],
    caseStudies: ['harjedalen-hvo-och-laddning'],
    serviceAreas: ['drivmedel', 'kollektivtrafik-och-mobilitet'],
    topics: ['laddinfrastruktur', 'hvo', 'drivmedel'],
    publishedDaysAgo: 92,
  },
  {
    key: 'remiss-rsp-vasterbotten',
    title: 'Länsavdelningens svar på Västerbottens regionala serviceprogram',
    summary:
      'Landsbygdsrörelsen Västerbotten ser positivt på förslaget till nytt serviceprogram men vill att servicelotsar, mobil vård och byabussar får en plats, och att programmet följs av pengar.',
    body: `Region Västerbotten har remitterat ett förslag till nytt regionalt serviceprogram. Länsavdelningen har samlat synpunkter från byalag, handlare och kommunbygderåd i länet.

## Det vi ser positivt på
- Att programmet tar ett helhetsgrepp om kommersiell och offentlig service
- Att regionen vill följa upp tillgången till service i alla kommuner varje år

## Det vi vill lägga till
- **Servicelotsar.** I Vilhelmina hjälper lotsar i fyra byar grannarna med närtrafik, e-tjänster och recept. Programmet bör lyfta modellen och uppmuntra fler kommuner att pröva den.
- **Vård nära byarna.** Den mobila mottagningen runt Lycksele visar att regionen kan ta vården till byarna. Vi vill att vård och omsorg får ett eget avsnitt i programmet.
- **Transport över kommungränser.** Byabussen mellan Vindeln och Bjurholm fungerar, men faller mellan stolarna eftersom ingen kommun ansvarar för den. Programmet bör ta upp hur sådana lösningar kan få stöd.
- **Obemannade timmar.** Erfarenheten från Gransjö bör användas när regionen prioriterar investeringsstöd.

## Resurser
Programmet saknar en budget. Vi föreslår att regionen anger hur mycket som ska gå till stöd för kommersiell service under programperioden.`,
    consultationTitle: 'Regionalt serviceprogram för Västerbottens län',
    issuer: 'Region Västerbotten',
    referenceNumber: 'RUN 2026/0312',
    consultationDeadlineInDays: -110,
    submittedInDays: -112,
    respondent: 'Landsbygdsrörelsen Västerbotten',
    outcome: `Regionfullmäktige antog programmet. Servicelotsar nämns som ett exempel på arbetssätt, och vård och omsorg fick ett eget avsnitt. Frågan om transporter över kommungränser hänvisades till kollektivtrafikmyndigheten. Programmet fick ingen egen budget, men regionen lovade en årlig redovisning av hur stödet fördelats.`,
    methods: ['byabuss', 'obemannad-butik-digital-nyckel'],
    caseStudies: [
      'vilhelmina-servicelotsar',
      'lycksele-mobil-vardmottagning',
      'vindeln-bjurholm-byabuss',
      'sorsele-obemannad-butik',
    ],
    serviceAreas: ['servicepunkt', 'vard-och-omsorg', 'kollektivtrafik-och-mobilitet'],
    topics: ['regionalt serviceprogram', 'flernivåsamverkan'],
    publishedDaysAgo: 108,
  },
  {
    key: 'remiss-rsp-jamtland-harjedalen',
    title: 'Länsavdelningens svar på Jämtlands regionala serviceprogram',
    summary:
      'Landsbygdsrörelsen Jämtland Härjedalen vill att det nya serviceprogrammet bygger på byarnas egna kartläggningar, tar vara på bygdegårdarna och lär av försök som inte lyckades.',
    body: `Region Jämtland Härjedalen har remitterat sitt förslag till regionalt serviceprogram. Länsavdelningen har hållit tre digitala möten med byalag och ett med handlare för att samla synpunkter.

## Våra synpunkter
- **Bygg på byarnas kunskap.** Ragunda kommunbygderåd har visat hur byarna kan göra egna servicekartor som kommunen sedan bygger sin plan på. Programmet bör uppmuntra alla kommuner att arbeta så.
- **Bygdegårdarna som servicepunkter.** I Tvärsjö, som saknar butik, blev bygdegården platsen för ett paketskåp. Bygdegårdar finns i nästan varje by och bör nämnas som en resurs i programmet.
- **Lär av det som inte fungerade.** Butiksbilen i norra Strömsund ersattes efter fem år av hemsändning. Programmet bör beskriva vad som gick fel, så att andra inte upprepar misstagen.
- **Bredband är en förutsättning.** Utan fiber fungerar varken digitala tjänster eller betalterminaler. Erfarenheterna från fiberföreningen i Östra Berg bör tas tillvara när de sista vita fläckarna ska byggas bort.

## Samverkan
Vi vill att regionen bildar en referensgrupp med kommuner, handlare och lokala grupper som följer programmet under hela perioden.`,
    consultationTitle: 'Regionalt serviceprogram för Jämtlands län',
    issuer: 'Region Jämtland Härjedalen',
    referenceNumber: 'RS/1187/2026',
    consultationDeadlineInDays: -70,
    submittedInDays: -72,
    respondent: 'Landsbygdsrörelsen Jämtland Härjedalen',
    outcome: `Programmet antogs av regionstyrelsen. Bygdegårdar nämns nu uttryckligen som möjliga servicepunkter, och regionen inrättade en referensgrupp där länsavdelningen har en plats. Förslaget om att redovisa erfarenheter från avslutade försök togs med i programmets uppföljningsdel.`,
    methods: ['paketombud-i-bygdegarden', 'fiberforening', 'bystamma-om-service'],
    caseStudies: [
      'ragunda-kommunbygderad',
      'krokom-paketskap-bygdegard',
      'stromsund-butiksbil',
      'berg-fiberforening-ostra-berg',
    ],
    serviceAreas: ['servicepunkt', 'post-och-paket', 'bredband-och-digital-service'],
    topics: ['regionalt serviceprogram', 'bygdegård', 'flernivåsamverkan'],
    publishedDaysAgo: 68,
  },
  {
    key: 'remiss-lansstyrelsen-beredskap-kommersiell-service',
    title: 'Svar om den kommersiella servicens roll i länets beredskap',
    summary:
      'Länsavdelningen vill att länsstyrelsens plan för civil beredskap räknar med lanthandeln och drivmedelsstationerna, och att butikerna får stöd till reservkraft och kontanthantering.',
    body: `Länsstyrelsen i Västerbottens län har remitterat ett förslag till regional plan för hur försörjningen av livsmedel och drivmedel ska tryggas vid kris och höjd beredskap. Vi välkomnar att frågan lyfts.

## Lanthandeln är redan en beredskapsresurs
I många byar är butiken den enda platsen där det går att köpa mat, och macken den enda platsen för bränsle. Vid ett längre strömavbrott avgör de om människor kan bo kvar hemma.

## Våra synpunkter
- **Reservkraft.** Få butiker har reservkraft. Vi föreslår att länsstyrelsen och regionen samordnar stöd till reservkraft för de butiker som är mest kritiska.
- **Kontanter.** Butiken i Vaattovaara erbjuder kontantuttag och tar emot dagskassor sedan automaten försvann. Sådana butiker är avgörande när kortbetalningar inte fungerar och bör pekas ut i planen.
- **Överenskommelser.** Kommunerna behöver skriftliga överenskommelser med butikerna om vad som förväntas vid kris, och vad butiken får i gengäld. I Ödsbyn i Bräcke kommun gjorde byalaget och kommunen en krisplan efter ett fyra dygn långt strömavbrott; butiken fick reservkraft och bygdegården blev trygghetspunkt.

## Förslag
Planen bör innehålla en förteckning över butiker och drivmedelsstationer som är särskilt viktiga för försörjningen, framtagen tillsammans med kommunerna och de lokala grupperna.`,
    consultationTitle: 'Regional plan för försörjning av livsmedel och drivmedel vid kris',
    issuer: 'Länsstyrelsen i Västerbottens län',
    referenceNumber: '450-2811-2026',
    consultationDeadlineInDays: -40,
    submittedInDays: -41,
    respondent: 'Landsbygdsrörelsen Västerbotten',
    methods: ['kontantuttag-i-kassan'],
    caseStudies: ['pajala-kontanter-i-kassan', 'storuman-bjorkvattnet-mack', 'bracke-krisberedskap-odsbyn'],
    serviceAreas: ['dagligvaror', 'drivmedel', 'kontanter-och-betaltjanster'],
    topics: ['krisberedskap', 'reservkraft', 'kontanter'],
    publishedDaysAgo: 38,
  },
  {
    key: 'remiss-apoteksmarknaden',
    title: 'Svar om tillgången till läkemedel i hela landet',
    summary:
      'Nätverket vill att staten säkrar apoteksombuden på landsbygden med en ersättning liknande glesbygdsbidraget till apotek, och att vården och apoteken samarbetar med servicepunkterna.',
    body: `Regeringen har remitterat en promemoria om hur tillgången till läkemedel kan tryggas i hela landet. Vi delar bilden av att apoteken har blivit fler i städerna men färre på landsbygden, och att ombuden är på väg att försvinna.

## Apoteksombuden
Ombuden är för många på landsbygden det enda sättet att hämta läkemedel utan att åka flera mil. I Sörsjön blev apoteksombudet en del av servicepunkten i lanthandeln och ger både service till byn och kunder till butiken. Men ersättningen till ombuden är låg och villkoren bestäms ensidigt av apoteksaktörerna.

## Våra förslag
- Inför en statlig ersättning till apoteksombud i glesbygd, på liknande sätt som det bidrag som i dag finns till apotek
- Låt regionerna ta med apoteksombud i de regionala serviceprogrammen
- Underlätta samarbete mellan vården och servicepunkterna. Den mobila mottagningen runt Lycksele visar hur receptförnyelse och uthämtning kan samordnas
- Se till att läkemedel som kräver kyla kan hanteras i butikerna
- Tillåt uthämtningsskåp för läkemedel i butiker och servicepunkter, som i Sävsjönäs och Skärsviken, så att kunderna kan hämta ut även när butiken är stängd

## Avslutning
Utan ombuden blir e-handel det enda alternativet, och den fungerar inte för alla.`,
    consultationTitle: 'Tillgång till läkemedel och apotekstjänster i hela landet',
    issuer: 'Socialdepartementet',
    referenceNumber: 'S2025/01876',
    consultationDeadlineInDays: -120,
    submittedInDays: -121,
    respondent: 'Landsbygdsnätverkets servicegrupp',
    methods: ['servicepunkt-i-lanthandeln'],
    caseStudies: [
      'sorsjon-servicepunkt',
      'kramfors-skarsviken-servicepunkt',
      'hallefors-uthamtningsskap-lakemedel',
      'lycksele-mobil-vardmottagning',
    ],
    serviceAreas: ['apotek-och-lakemedel', 'vard-och-omsorg'],
    topics: ['apoteksombud', 'servicepunkt'],
    publishedDaysAgo: 118,
    en: {
      title: 'Response on access to medicines throughout the country',
      summary:
        'The network wants the state to secure rural pharmacy agents with compensation similar to the grant for pharmacies in sparsely populated areas, and wants care services and pharmacies to work with service points.',
      consultationTitle: 'Access to medicines and pharmacy services throughout the country',
      body: `The government has circulated a memorandum on securing access to medicines throughout the country. We share the view that pharmacies have multiplied in cities but become fewer in rural areas, and that pharmacy agents are disappearing.

## Pharmacy agents
For many rural residents an agent is the only way to collect medicines without travelling tens of kilometres. In Sörsjön the pharmacy agent became part of the service point in the village shop, serving the village and bringing customers to the shop. But agents are poorly paid, and the pharmacy companies set the terms alone.

## Our proposals
- Introduce state compensation for pharmacy agents in sparsely populated areas, similar to the existing grant for pharmacies
- Let the regions include pharmacy agents in their regional service programmes
- Make it easier for care services and service points to work together. The mobile clinic around Lycksele shows how prescription renewal and collection can be coordinated
- Make sure medicines that need refrigeration can be handled in shops
- Allow collection lockers for medicines in shops and service points, as in Sävsjönäs and Skärsviken, so customers can collect when the shop is closed

## Conclusion
Without agents, online ordering becomes the only option, and it does not work for everyone.`,
    },
  },
  {
    key: 'remiss-kommunalekonomisk-utjamning',
    title: 'Svar om glesbygdens kostnader i den kommunalekonomiska utjämningen',
    summary:
      'Nätverket anser att utjämningssystemet bättre ska ersätta små kommuners merkostnader för service i glesbygd, inklusive kostnader för serviceplaner, servicesamordning och stöd till butiker.',
    body: `Finansdepartementet har remitterat ett betänkande med förslag till förändringar i den kommunalekonomiska utjämningen. Vi yttrar oss om de delar som rör glesbygdens kostnader.

## Bakgrund
Små landsbygdskommuner har högre kostnader per invånare för nästan allt: skolskjuts, hemtjänst, kollektivtrafik och stöd till kommersiell service. Utjämningssystemet ska kompensera för strukturella merkostnader som kommunerna inte kan påverka.

## Våra synpunkter
- **Servicen är en strukturell kostnad.** Kommunernas del av särskilt driftsstöd och hemsändningsbidrag, liksom arbetet med serviceplaner, beror på glesheten och bör räknas in i utjämningen.
- **Samverkan ska löna sig.** Dorotea och Åsele delar på en servicesamordnare. Systemet får inte utformas så att sådan samverkan minskar kommunernas ersättning.
- **Uppföljning.** Vi föreslår att effekterna för de minsta kommunerna följs upp särskilt.

## Sammanfattning
En utjämning som tar hänsyn till servicens kostnader gör det möjligt för små kommuner att hålla kvar grundläggande service.`,
    consultationTitle: 'Översyn av den kommunalekonomiska utjämningen',
    issuer: 'Finansdepartementet',
    referenceNumber: 'Fi2025/03321',
    consultationDeadlineInDays: -250,
    submittedInDays: -251,
    respondent: 'Landsbygdsnätverkets servicegrupp',
    outcome: `Regeringens proposition behöll den nuvarande modellen för glesbygdskostnader men justerade beräkningen av merkostnader för skolskjuts och hemtjänst. Kostnader för kommersiell service togs inte med som en egen del. Riksdagen antog propositionen.`,
    methods: [],
    caseStudies: ['dorotea-asele-servicesamordnare'],
    serviceAreas: ['offentlig-service', 'dagligvaror'],
    topics: ['kommunal serviceplan', 'driftsstöd', 'kommunal ekonomi'],
    publishedDaysAgo: 245,
  },
  {
    key: 'remiss-pts-bredbandsstod-prioriteringar',
    title: 'Svar om prioriteringarna i PTS bredbandsstöd',
    summary:
      'Nätverket vill att PTS vid fördelningen av bredbandsstöd väger in hur viktig en adress är för servicen, och att fiberföreningar får bättre möjligheter att söka.',
    body: `Post- och telestyrelsen har remitterat förslag till hur bredbandsstödet ska prioriteras i kommande omgångar. Vi välkomnar att PTS öppnar för synpunkter.

## Våra synpunkter
- **Service är en särskild grund.** Butiker, drivmedelsstationer, bygdegårdar och skolor som fungerar som servicepunkter behöver fiber för betalterminaler, paketsystem och digitala möten. Adresser som har sådan betydelse bör kunna prioriteras.
- **Fiberföreningar ska kunna söka.** Östra Bergs fiber byggde 210 kilometer nät till 640 fastigheter med bredbandsstöd, medlemsinsatser och eget grävarbete. I Skinnskatteberg byggde en förening nätet till de 90 hushåll som blev kvar efter den kommersiella utbyggnaden. Förslaget riskerar att gynna stora operatörer, eftersom kraven på kapacitet och säkerheter blir svåra för föreningar att möta.
- **Fritidshus räknas.** I många byar är fritidshusen fler än permanentbostäderna. De bidrar till underlaget för service och bör räknas in när PTS bedömer behovet.

## Förslag
Vi föreslår att PTS tar fram en förenklad väg för ekonomiska föreningar och att regionernas bredbandskoordinatorer får peka ut adresser som är viktiga för servicen.`,
    consultationTitle: 'Förslag till prioriteringsgrunder för bredbandsstöd',
    issuer: 'Post- och telestyrelsen',
    referenceNumber: 'PTS dnr 25-1234',
    consultationDeadlineInDays: -300,
    submittedInDays: -305,
    respondent: 'Landsbygdsnätverkets servicegrupp',
    outcome: `PTS beslutade om nya prioriteringsgrunder. Fritidshus räknas nu in med en lägre vikt, och regionernas koordinatorer kan lämna underlag om särskilt viktiga adresser. En förenklad väg för fiberföreningar infördes inte.`,
    methods: ['fiberforening'],
    caseStudies: ['berg-fiberforening-ostra-berg', 'skinnskatteberg-hyttskogen-fiber'],
    serviceAreas: ['bredband-och-digital-service'],
    topics: ['bredband', 'fiber'],
    publishedDaysAgo: 298,
  },
  {
    key: 'remiss-kollektivtrafik-i-hela-landet',
    title: 'Svar om kollektivtrafik i hela landet',
    summary:
      'Nätverket vill att anropsstyrd trafik och föreningsägda byabussar blir en erkänd del av kollektivtrafiken, med stöd från regionerna och enklare regler för samåkning.',
    body: `Landsbygds- och infrastrukturdepartementet har remitterat en promemoria om kollektivtrafikens ansvar på landsbygden. Vi delar utgångspunkten att alla ska kunna ta sig till grundläggande service, även den som inte har bil.

## Våra synpunkter
- **Anropsstyrd trafik fungerar.** I Jokkmokk fick sju byar utan linjetrafik närtrafik två dagar i veckan, anpassad efter butikens, apotekets och vårdcentralens öppettider. Hagfors och Munkfors har visat att närtrafiken kan gå över kommungränsen. Sådana lösningar bör bli en självklar del av regionernas trafikutbud.
- **Byabussar behöver stöd.** Byabussen mellan Vindeln och Bjurholm körs av frivilliga och finansieras av bygdeföreningen. Den fyller en lucka men saknar långsiktig finansiering. Regionerna bör kunna ge driftsbidrag till föreningsägd trafik.
- **Skolskjutsen för alla.** I Vingåker kan vuxna åka med skolskjutsen på vanlig biljett. Det är ett billigt sätt att ge byar utan linje kollektivtrafik.
- **Samåkning.** Regelverket för ersättning vid samåkning upplevs som oklart. Vi föreslår att reglerna förtydligas så att föreningar kan ordna samåkning utan risk.

## Förslag
Kollektivtrafikmyndigheterna bör i sina trafikförsörjningsprogram redovisa hur byar utan linjetrafik ska nå service, och samråda med kommunerna om kopplingen till de kommunala serviceplanerna.`,
    consultationTitle: 'Kollektivtrafik i hela landet – ansvar och finansiering',
    issuer: 'Landsbygds- och infrastrukturdepartementet',
    referenceNumber: 'LI2026/00788',
    consultationDeadlineInDays: -15,
    submittedInDays: -16,
    respondent: 'Landsbygdsnätverkets servicegrupp',
    methods: ['anropsstyrd-narttrafik', 'byabuss', 'samakning-i-bygden'],
    caseStudies: [
      'jokkmokk-anropsstyrd-narttrafik',
      'hagfors-munkfors-narttrafik',
      'vindeln-bjurholm-byabuss',
      'vingaker-skolskjuts-for-alla',
    ],
    serviceAreas: ['kollektivtrafik-och-mobilitet'],
    topics: ['anropsstyrd trafik', 'kollektivtrafik', 'samåkning'],
    publishedDaysAgo: 14,
  },
  {
    key: 'remiss-statliga-servicekontor',
    title: 'Svar om statliga servicekontor och service i byarna',
    summary:
      'Nätverket välkomnar fler statliga servicekontor men vill att servicen också når byarna, genom ambulerande besök och samarbete med servicepunkter, skolor och lokala servicelotsar.',
    body: `Finansdepartementet har remitterat en promemoria om hur den statliga servicen ska utvecklas. Vi välkomnar att servicekontoren blir fler, men de flesta ligger i centralorter och når inte dem som bor i byarna.

## Våra synpunkter
- **Ambulerande service.** Servicekontoren bör få i uppdrag att regelbundet besöka byarna. I Sollefteå kommun besöker servicekontoret tre mindre orter en gång i månaden, och i Ljusnarsberg åker personal med biblioteksbussen.
- **Samarbete med lokala servicepunkter.** I Rävåsen blev byskolan en servicenod med bibliotek, paketskåp och digital hjälp. Sådana platser är naturliga mötesplatser också för statens service.
- **Lokala lotsar.** I Vilhelmina hjälper servicelotsar grannarna med e-tjänster och bokningar. Statens servicecenter kan stödja sådana lotsar med utbildning och en direktlinje till handläggare.
- **Digital hjälp.** Många äldre behöver hjälp att använda e-tjänster. Digitalhjälpare på bygdegården eller biblioteket bör kunna samverka med servicekontoren.

## Förslag
Vi föreslår att Statens servicecenter får i uppdrag att tillsammans med kommunerna pröva ambulerande service och samarbete med lokala servicepunkter i minst fem län.`,
    consultationTitle: 'Utvecklad statlig service i hela landet',
    issuer: 'Finansdepartementet',
    referenceNumber: 'Fi2026/01102',
    consultationDeadlineInDays: -5,
    submittedInDays: -6,
    respondent: 'Landsbygdsnätverkets servicegrupp',
    methods: ['ambulerande-statlig-service', 'digitalhjalpare-for-aldre'],
    caseStudies: [
      'solleftea-ambulerande-servicekontor',
      'ljusnarsberg-rullande-medborgarkontor',
      'mala-byskola-servicenod',
      'vilhelmina-servicelotsar',
    ],
    serviceAreas: ['offentlig-service', 'servicepunkt'],
    topics: ['statliga servicekontor', 'servicepunkt', 'digitalisering'],
    publishedDaysAgo: 5,
  },
  {
    key: 'remiss-hemsandningsbidrag-villkor',
    title: 'Svar om ändrade villkor för hemsändningsbidrag',
    summary:
      'Utkast till nätverkets svar på Tillväxtverkets förslag om ändrade villkor för hemsändningsbidraget. Vi vill att bidraget även ska kunna gå till samordnade turer med paket och läkemedel.',
    body: `Tillväxtverket har remitterat ett förslag om ändrade villkor för hemsändningsbidraget. Svaret är under arbete; länsavdelningarna kan lämna synpunkter till servicegruppen.

## Preliminära synpunkter
- **Samordnade turer.** I Arjeplog kör lanthandeln i Kvarnviken ut varor till 14 byar två dagar i veckan, med ett avtal med hemtjänsten. Bidraget bör kunna täcka turer där samma bil kör varor, paket och läkemedel.
- **Lärdomar från butiksbilen.** Butiksbilen i norra Strömsund ersattes av hemsändning när kostnaderna blev för höga. Villkoren bör göra det möjligt att ställa om från en lösning till en annan utan att förlora stödet.
- **Alla färdsätt.** I Östhammars skärgård körs varorna med båt. Villkoren bör inte utgå från att leveransen sker med bil.
- **Administration.** Kommunernas redovisning av varje enskild leverans är betungande. Vi föreslår en enklare redovisning per månad.

## Att göra innan svaret skickas
- Stämma av med länsavdelningarna i Norrbotten och Jämtland
- Hämta in siffror från tre kommuner om antal leveranser och kostnad`,
    consultationTitle: 'Förslag till ändrade villkor för hemsändningsbidrag',
    issuer: 'Tillväxtverket',
    referenceNumber: 'Dnr Ä 2026-1187',
    consultationDeadlineInDays: 21,
    respondent: 'Landsbygdsnätverkets servicegrupp',
    methods: ['hemsandningsbidrag-i-samverkan'],
    caseStudies: ['arjeplog-hemsandning-fjallbyar', 'osthammar-skargard-hemsandning', 'stromsund-butiksbil'],
    serviceAreas: ['dagligvaror', 'vard-och-omsorg'],
    topics: ['hemsändning'],
    draft: true,
    publishedDaysAgo: 1,
  },
  {
    key: 'remiss-pts-mobiltackning-metod',
    title: 'Remiss om ny metod för att mäta mobiltäckning – vi tar emot synpunkter',
    summary:
      'PTS föreslår en ny metod för att kartlägga mobiltäckning. Nätverket förbereder ett svar och vill gärna ha exempel från byar där kartan och verkligheten inte stämmer överens.',
    body: `Post- och telestyrelsen har remitterat ett förslag om hur mobiltäckningen ska mätas och redovisas. Förslaget har stor betydelse för landsbygden, eftersom täckningskartorna används när krav ställs på operatörerna och när stöd fördelas.

## Vad vi tänker lyfta
- Täckning inne i bostäder och butiker, inte bara utomhus längs vägarna
- Att betalterminaler, trygghetslarm och hemtjänstens verktyg kräver stabil uppkoppling
- Att byalagens egna mätningar ska kunna tas med som underlag
- Att kopparnätets avveckling gör mobilnätet ännu viktigare där fiber saknas

## Så kan du bidra
Har er by gjort egna mätningar, eller vet ni var kartan visar täckning som inte finns? Skicka exempel till servicegruppen senast en vecka före svarsdatum. Berätta gärna vilken operatör det gäller och hur problemet märks i vardagen, till exempel att kortbetalning i butiken inte fungerar.

Svaret publiceras här när det är inskickat.`,
    consultationTitle: 'Metod för kartläggning av mobiltäckning',
    issuer: 'Post- och telestyrelsen',
    referenceNumber: 'PTS dnr 26-0456',
    consultationDeadlineInDays: 40,
    respondent: 'Landsbygdsnätverkets servicegrupp',
    methods: [],
    caseStudies: [],
    serviceAreas: ['bredband-och-digital-service'],
    topics: ['mobiltäckning', 'bredband'],
    publishedDaysAgo: 9,
  },
];
