import type { SeedEvent } from '../types.ts';

export const events: SeedEvent[] = [
  {
    key: 'natverkstraff-dalarna',
    title: 'Nätverksträff om service i Dalarna',
    summary:
      'Länsavdelningen bjuder in byalag, handlare och kommunernas landsbygdsutvecklare till en dag om servicepunkter, med studiebesök i byns butik och gemensam lunch.',
    body: `Vi träffas i bygdegården i Sörsjön för en dag om hur servicepunkter kan hållas levande i Dalarnas byar. Träffen riktar sig till alla som arbetar med service på landsbygden: byalag, bygdegårdsföreningar, handlare och tjänstepersoner i kommunerna.

## Program
- **10.00** Kaffe och välkommen
- **10.30** Sörsjöns byalag berättar om servicepunkten i bygdegården: vad som fungerar och vad som har varit svårt
- **11.30** Studiebesök i byns butik, som är paketombud och har kontantuttag
- **12.30** Lunch
- **13.30** Region Dalarna om investeringsstödet och det regionala serviceprogrammet
- **14.30** Samtal i grupper: vad behöver vi från kommunen och regionen?
- **15.30** Avslutning

## Praktiskt
Träffen är kostnadsfri, men lunchen kostar 150 kronor som betalas på plats, gärna med Swish eller kontant. Anmäl dig till länsavdelningen senast en vecka innan och berätta om du har önskemål om kost. Det går att samåka från Mora och Älvdalen; skriv i anmälan om du behöver skjuts eller kan erbjuda plats.`,
    kind: 'nätverksträff',
    startsInDays: 18,
    startTime: '10:00',
    endTime: '15:30',
    location: 'Bygdegården i Sörsjön, Älvdalen',
    municipality: '2039',
    organiser: 'Landsbygdsrörelsen Dalarna',
    serviceAreas: ['servicepunkt', 'dagligvaror'],
    topics: ['nätverk', 'servicepunkt', 'bygdegård'],
    publishedDaysAgo: 10,
  },
  {
    key: 'servicedagarna-lycksele',
    title: 'Servicedagarna: rikskonferens om service på landsbygden',
    summary:
      'Två dagar i Lycksele med föredrag, workshoppar och studiebesök om hur service kan finnas kvar där avstånden är långa. Dokumentation från konferensen finns hos nätverket.',
    body: `Servicedagarna samlade omkring 180 deltagare från byalag, butiker, kommuner, regioner och myndigheter. Temat var flernivåsamverkan: hur lokala grupper, kommun, region och stat kan arbeta tillsammans för att behålla service.

## Några av programpunkterna
- Tillväxtverket om det nationella ansvaret för kommersiell service och vad myndigheten ser framåt
- Tre byar från olika län om hur de tagit över sin butik som kooperativ
- Panelsamtal om kontanter och beredskap med representanter för handlare, region och en bank
- Workshop om kommunala serviceplaner, med exempel från inlandskommunerna
- Studiebesök på en servicepunkt som också är apoteksombud och vårdrum

## Vad tog vi med oss?
Deltagarna lyfte behovet av en långsiktig finansiering av servicepunkter, som i dag ofta bygger på projektpengar. Många efterfrågade också enklare ansökningar till stöden.

## Dokumentation
Presentationer och en sammanfattning av samtalen finns att få från nätverkets servicegrupp.`,
    kind: 'konferens',
    startsInDays: -120,
    startTime: '09:30',
    lastsDays: 1,
    endTime: '15:00',
    location: 'Folkets hus, Lycksele',
    municipality: '2481',
    organiser: 'Landsbygdsnätverkets servicegrupp',
    serviceAreas: ['servicepunkt', 'offentlig-service', 'kontanter-och-betaltjanster'],
    topics: ['flernivåsamverkan', 'konferens', 'kommunal serviceplan'],
    publishedDaysAgo: 200,
    en: {
      title: 'Service Days: national conference on rural services',
      summary:
        'Two days in Lycksele with talks, workshops and study visits on keeping services where distances are long. Documentation from the conference is available from the network.',
      body: `Service Days gathered about 180 participants from village associations, shops, municipalities, regions and agencies. The theme was multi-level cooperation: how local groups, municipalities, regions and the state can work together to keep services.

## Some of the sessions
- Tillväxtverket on the national responsibility for commercial services and what the agency sees ahead
- Three villages from different counties on how they took over their shop as a cooperative
- A panel on cash and preparedness with a shopkeeper, a region and a bank
- A workshop on municipal service plans, with examples from inland municipalities
- A study visit to a service point that is also a pharmacy agent and a remote care room

## What did we take home?
Participants stressed the need for long-term funding of service points, which today often depend on project money. Many also asked for simpler applications.

## Documentation
Presentations and a summary of the discussions are available from the network's service group.`,
      location: 'Folkets hus, Lycksele',
    },
  },
  {
    key: 'webbinarium-sarskilt-driftsstod',
    title: 'Webbinarium: så söker butiken särskilt driftsstöd',
    summary:
      'En timme om särskilt driftsstöd: vem som kan söka, vad regionen vill se i ansökan och hur kommunen kan bidra. Med en handlare som fått stöd i flera år.',
    body: `Särskilt driftsstöd kan vara avgörande för en butik i glesbygd, men många handlare upplever ansökan som krånglig. I det här webbinariet går vi igenom stödet steg för steg.

## Innehåll
- Vad särskilt driftsstöd är och hur det skiljer sig från investeringsstöd
- Vilka uppgifter regionen behöver: bokslut, budget och beskrivning av butikens tjänster
- Kommunens roll och hur ni får med kommunen i tid
- En handlare från inlandet berättar om sina erfarenheter av att söka varje år

## För vem?
Handlare, styrelser i butiksföreningar och kommunernas landsbygdsutvecklare i Västerbotten. Andra län är välkomna, men tänk på att villkoren kan skilja sig mellan länen.

## Efteråt
Webbinariet spelades in, och inspelningen finns hos länsavdelningen för den som vill ta del av den.`,
    kind: 'webbinarium',
    startsInDays: -45,
    startTime: '13:00',
    endTime: '14:30',
    onlineUrl: 'https://meet.example.se/driftsstod-vasterbotten',
    organiser: 'Landsbygdsrörelsen Västerbotten',
    serviceAreas: ['dagligvaror'],
    topics: ['driftsstöd', 'lanthandel'],
    publishedDaysAgo: 70,
  },
  {
    key: 'natverkstraff-ragunda',
    title: 'Nätverksträff i Jämtland: hemsändning och samåkning',
    summary:
      'Byalag och handlare i Jämtlands län träffades för att dela erfarenheter av hemsändning, samåkning och bybilar. Träffen hölls i en bygdegård i Ragunda kommun.',
    body: `Omkring 35 personer från ett tiotal byar kom till nätverksträffen i Norrvattnets bygdegård. Fokus låg på hur man tar sig till service när bussen inte går, och hur service kan komma till dem som inte kan ta sig.

## Det här pratade vi om
- Ragunda kommun berättade om den nya omgången av hemsändning och hur butikerna kan anmäla sig
- Två byalag delade erfarenheter av bybilar: bokning, försäkring och vem som tvättar bilen
- Regionens kollektivtrafik om anropsstyrd trafik och hur bokningen ska bli enklare
- Samtal om hur hemsändningens turer kan samordnas med paket och apoteksvaror

## Några slutsatser
Bybilarna fungerar bäst när en person har tydligt ansvar och när bokningen är enkel. Hemsändningen når inte alla som behöver den, eftersom många inte vet att den finns. Deltagarna föreslog att kommunen skickar information med hemtjänsten.

## Nästa träff
Länsavdelningen återkommer med datum för nästa träff, som planeras i Härjedalen.`,
    kind: 'nätverksträff',
    startsInDays: -20,
    startTime: '10:00',
    endTime: '15:00',
    location: 'Norrvattnets bygdegård, Ragunda',
    municipality: '2303',
    organiser: 'Landsbygdsrörelsen Jämtland Härjedalen',
    serviceAreas: ['kollektivtrafik-och-mobilitet', 'dagligvaror'],
    topics: ['hemsändning', 'samåkning', 'anropsstyrd trafik'],
    publishedDaysAgo: 50,
  },
  {
    key: 'kurs-kontanthantering-lanthandel',
    title: 'Kurs: kontanthantering och säkerhet i lanthandeln',
    summary:
      'En halvdagskurs för handlare och butiksföreningar om hur kontanter hanteras säkert och lönsamt, från kontantuttag i kassan till insättning av dagskassor.',
    body: `Kontanter är en viktig tjänst i många lanthandlar, men hanteringen kostar och innebär risker. Kursen gav praktiska verktyg för att göra den säkrare och billigare.

## Innehåll
- Vilka avtal som finns för kontantuttag i kassan och vad de ger i ersättning
- Rutiner för att räkna, förvara och transportera dagskassor
- Samarbete med andra butiker och föreningar om gemensam insättning
- Säkerhet: kameror, tidslås och hur personalen agerar vid ett rån
- Kontanter i krisberedskapen och vad kommunen kan förvänta sig av butiken

## Deltagare
Tolv handlare och tre representanter för butiksföreningar från Öland och fastlandet deltog. Kursen leddes av en säkerhetskonsult med lång erfarenhet från handeln och av en handlare som själv har byggt upp ett samarbete om dagskassor med två grannbutiker.

## Utvärdering
Deltagarna gav kursen högt betyg och efterfrågade en fortsättning om digitala betalningar.`,
    kind: 'kurs',
    startsInDays: -75,
    startTime: '13:00',
    endTime: '17:00',
    location: 'Bygdegården i Östra Kvarnby, Borgholm',
    municipality: '0885',
    organiser: 'Landsbygdsrörelsen Kalmar län',
    serviceAreas: ['kontanter-och-betaltjanster', 'dagligvaror'],
    topics: ['kontanter', 'dagskassor', 'krisberedskap'],
    publishedDaysAgo: 110,
  },
  {
    key: 'webbinarium-kontanter-beredskap',
    title: 'Webbinarium: kontanter, beredskap och lanthandelns roll',
    summary:
      'Nätverkets servicegrupp samlade handlare, kommuner och regioner för att diskutera hur lanthandeln kan bidra till beredskapen och vad den behöver för att kunna ta emot kontanter.',
    body: `Kontanternas roll i krisberedskapen har fått stor uppmärksamhet. I webbinariet diskuterade vi vad det betyder för butikerna på landsbygden.

## Program
- Inledning från nätverkets servicegrupp om läget för kontanter på landsbygden
- En kommun berättade om sin överenskommelse med två lanthandlare om öppethållande vid kris
- En handlare om reservkraft och om vad det kostar att ta emot kontanter
- Frågor och samtal

## Vad kom fram?
Många butiker vill bidra till beredskapen men saknar både reservkraft och en överenskommelse med kommunen om vad som förväntas. Deltagarna efterfrågade en mall för sådana överenskommelser. Servicegruppen har tagit med sig frågan och tar upp den i kommande remissvar.

## Inspelning
Inspelningen finns hos nätverkets servicegrupp.`,
    kind: 'webbinarium',
    startsInDays: -8,
    startTime: '09:00',
    endTime: '10:30',
    onlineUrl: 'https://meet.example.se/kontanter-beredskap',
    organiser: 'Landsbygdsnätverkets servicegrupp',
    serviceAreas: ['kontanter-och-betaltjanster', 'dagligvaror'],
    topics: ['kontanter', 'krisberedskap', 'reservkraft'],
    publishedDaysAgo: 30,
  },
  {
    key: 'lunchwebbinarium-leader-service',
    title: 'Lunchwebbinarium: så söker ni Leaderstöd för service i byn',
    summary:
      'En kort genomgång över lunchen om hur byalag och föreningar söker pengar från Leader till servicepunkter, bybilar och mötesplatser. Med tid för frågor till en handläggare.',
    body: `Leaderområdena har utlysningar som passar väl för lokala serviceprojekt, men det kan vara svårt att veta var man ska börja. Under en timme går vi igenom det viktigaste.

## Innehåll
- Vad Leader är och hur lokalt ledd utveckling fungerar
- Vilka typer av serviceprojekt som har fått stöd tidigare
- Medfinansiering: kommunens del och hur ideellt arbete räknas
- Tips för att skriva en ansökan som håller
- Frågor till en handläggare från ett Leaderområde

## För vem?
Byalag, bygdegårdsföreningar, butiksföreningar och andra som funderar på att söka. Ni behöver inga förkunskaper.

## Praktiskt
Webbinariet är kostnadsfritt och hålls digitalt. Länken fungerar i webbläsaren och kräver inget konto. Ta gärna med matlådan.`,
    kind: 'webbinarium',
    startsInDays: 5,
    startTime: '12:00',
    endTime: '13:00',
    onlineUrl: 'https://meet.example.se/leader-service',
    organiser: 'Landsbygdsrörelsen Jämtland Härjedalen',
    serviceAreas: ['servicepunkt', 'motesplatser-och-kultur'],
    topics: ['leader', 'servicepunkt'],
    publishedDaysAgo: 12,
  },
  {
    key: 'webbinarium-betaltjanster-utlysning',
    title: 'Webbinarium: lokala lösningar för kontanter och betaltjänster',
    summary:
      'Inför PTS kommande utlysning om grundläggande betaltjänster går vi igenom vad som kan sökas och visar tre exempel på lokala lösningar för kontantuttag och dagskassor.',
    body: `Post- och telestyrelsen har aviserat en utlysning för lokala insatser för grundläggande betaltjänster. Nätverkets servicegrupp ordnar ett webbinarium för att hjälpa byar, butiker och kommuner att förbereda sig.

## Program
- Vad utlysningen väntas omfatta och vilka som kan söka
- Tre exempel: kontantuttag i lanthandeln, gemensam insättning av dagskassor och digital vardagshjälp för äldre
- Hur ni visar behovet: statistik, enkäter och berättelser
- Frågestund

## För vem?
Handlare, föreningar och tjänstepersoner i kommuner och regioner som arbetar med betaltjänster eller kommersiell service.

## Praktiskt
Kostnadsfritt och digitalt. Webbinariet spelas in och läggs ut för dem som inte kan delta.`,
    kind: 'webbinarium',
    startsInDays: 12,
    startTime: '14:00',
    endTime: '15:30',
    onlineUrl: 'https://meet.example.se/betaltjanster',
    organiser: 'Landsbygdsnätverkets servicegrupp',
    serviceAreas: ['kontanter-och-betaltjanster'],
    topics: ['kontanter', 'grundläggande betaltjänster'],
    publishedDaysAgo: 6,
    en: {
      title: 'Webinar: local solutions for cash and payment services',
      summary:
        'Ahead of the Swedish Post and Telecom Authority call on basic payment services, we go through what can be funded and show three examples of local solutions for cash withdrawal and deposits.',
      body: `The Swedish Post and Telecom Authority (PTS) has announced a call for local efforts on basic payment services. The network's service group holds a webinar to help villages, shops and municipalities prepare.

## Programme
- What the call is expected to cover and who can apply
- Three examples: cash withdrawal in the village shop, shared deposits of daily takings and everyday digital help for older people
- How to show the need: statistics, surveys and stories
- Questions

## Who is it for?
Shopkeepers, associations and officials in municipalities and regions working with payment services or commercial services.

## Practical details
Free of charge and online. The webinar is recorded for those who cannot attend.`,
    },
  },
  {
    key: 'informationstraff-serviceplaner-tillvaxtverket',
    title: 'Informationsträff om stödet till kommunala serviceplaner',
    summary:
      'Tillväxtverket presenterar den kommande utlysningen för kommuner och regioner som vill ta fram eller förnya sina serviceplaner, och svarar på frågor om villkoren.',
    body: `Tillväxtverket håller en digital informationsträff inför utlysningen om stöd till kommunala serviceplaner. Träffen riktar sig till kommuner och regioner som funderar på att söka.

## Program
- Syftet med utlysningen och vad Tillväxtverket vill uppnå
- Vilka kostnader som kan ingå, till exempel dialogmöten, analys och tid för en servicesamordnare
- Krav på delaktighet: hur lokala grupper ska vara med i arbetet
- Exempel från kommuner som redan har arbetat medskapande med sina planer
- Frågor och svar

## För vem?
Tjänstepersoner i kommuner och regioner som arbetar med landsbygdsutveckling, näringsliv eller service. Representanter för byalag och kommunbygderåd är välkomna att lyssna.

## Anmälan
Anmälan görs via Tillväxtverkets webbplats. Länken till mötet skickas ut dagen innan.`,
    kind: 'webbinarium',
    startsInDays: 28,
    startTime: '10:00',
    endTime: '11:30',
    onlineUrl: 'https://meet.example.se/tillvaxtverket-serviceplaner',
    registrationUrl: 'https://tillvaxtverket.se',
    organiser: 'Tillväxtverket',
    serviceAreas: ['offentlig-service', 'servicepunkt'],
    topics: ['kommunal serviceplan', 'medskapande metoder'],
    publishedDaysAgo: 4,
  },
  {
    key: 'kurs-kommunal-serviceplan-storuman',
    title: 'Kurs: gör en kommunal serviceplan tillsammans med byarna',
    summary:
      'Två dagar i Storuman för kommunala tjänstepersoner och representanter för byalag om hur en serviceplan tas fram med medskapande metoder, från kartläggning till beslut och uppföljning.',
    body: `En serviceplan som tas fram tillsammans med byarna blir bättre och får större förankring. Kursen ger verktyg för att lägga upp arbetet och prövar metoderna i praktiken.

## Dag 1
- Vad en kommunal serviceplan är och vad den ska innehålla
- Kartläggning: Pipos serviceanalys, statistik och byarnas egen kunskap
- Övning: planera en byvandring och ett dialogmöte
- Kvällen: middag och samtal med Storumans kommun om deras arbete

## Dag 2
- Från synpunkter till prioriteringar: hur kommunen väger olika behov
- Koppla planen till det regionala serviceprogrammet och till stöden
- Uppföljning: hur planen hålls levande mellan revideringarna
- Egen handlingsplan för hemkommunen

## För vem?
Kursen passar bäst om ni kommer två från samma kommun: en tjänsteperson och en representant för ett byalag eller kommunbygderåd.

## Kostnad
Kursen kostar 1 800 kronor per person inklusive mat. Logi bokas av var och en.`,
    kind: 'kurs',
    startsInDays: 32,
    startTime: '10:00',
    lastsDays: 1,
    endTime: '15:00',
    location: 'Kommunhuset i Storuman, sammanträdesrummet Tärnaby',
    municipality: '2421',
    organiser: 'Landsbygdsrörelsen Västerbotten',
    serviceAreas: ['offentlig-service', 'servicepunkt'],
    topics: ['kommunal serviceplan', 'medskapande metoder', 'flernivåsamverkan'],
    publishedDaysAgo: 21,
    en: {
      title: 'Course: making a municipal service plan together with the villages',
      summary:
        'Two days in Storuman for municipal officials and village representatives on drawing up a service plan with co-creative methods, from mapping to decision and follow-up.',
      body: `A service plan made together with the villages is better and more firmly rooted. The course gives tools for organising the work and tries the methods in practice.

## Day 1
- What a municipal service plan is and what it should contain
- Mapping: the Pipos service analysis, statistics and the villages' own knowledge
- Exercise: planning a village walk and a dialogue meeting
- Evening: dinner and a conversation with Storuman municipality about its work

## Day 2
- From views to priorities: how the municipality weighs different needs
- Linking the plan to the regional service programme and to support schemes
- Follow-up: keeping the plan alive between revisions
- Your own action plan for your municipality

## Who is it for?
It works best if you come in pairs from one municipality: an official and a representative of a village association or municipal rural council.

## Cost
SEK 1,800 per person including meals. Everyone books their own accommodation.`,
      location: 'Storuman town hall, meeting room Tärnaby',
    },
  },
  {
    key: 'natverkstraff-oland',
    title: 'Nätverksträff på Öland: lanthandeln året runt',
    summary:
      'Handlare, byalag och Borgholms kommun träffas för att prata om hur butikerna klarar den långa lågsäsongen och vad kommunen och regionen kan göra.',
    body: `Ölands lanthandlare lever med stora skillnader mellan sommar och vinter. På träffen delar vi erfarenheter och letar efter lösningar som håller året runt.

## Program
- Kaffe och presentationsrunda
- En handlare från norra Öland om hur butiken har anpassat öppettider och sortiment efter säsongen
- Region Kalmar län om investeringsstöd och det regionala serviceprogrammet
- Borgholms kommun om hemsändning och kommunens arbete med serviceplanen
- Grupparbete: vad kan byalagen göra för att fler ska handla lokalt under vintern?
- Gemensam soppa och avslutning

## För vem?
Handlare, byalag och föreningar på Öland och i angränsande kommuner, samt tjänstepersoner som arbetar med landsbygd och näringsliv.

## Praktiskt
Träffen är kostnadsfri. Anmäl dig till länsavdelningen senast tio dagar innan.`,
    kind: 'nätverksträff',
    startsInDays: 45,
    startTime: '09:30',
    endTime: '14:00',
    location: 'Byagården i Södra Kvarnby, Borgholm',
    municipality: '0885',
    organiser: 'Landsbygdsrörelsen Kalmar län',
    serviceAreas: ['dagligvaror'],
    topics: ['lanthandel', 'säsongsvariation', 'nätverk'],
    publishedDaysAgo: 15,
  },
  {
    key: 'kurs-starta-hemsandning',
    title: 'Kurs: starta hemsändning från er butik',
    summary:
      'En dag i Ljusdal för handlare som vill börja med hemsändning eller utveckla den. Om beställning, turplanering, avtal med kommunen och hur hemsändningen kan bli lönsam.',
    body: `Hemsändning är en tjänst som många äldre på landsbygden behöver, och som kan ge butiken fler kunder. Men det gäller att lägga upp den rätt. Kursen går igenom hela kedjan.

## Innehåll
- Hur hemsändningsbidraget fungerar och vad kommunen och regionen betalar
- Beställning: telefon, sms, webbshop och beställningslistor via hemtjänsten
- Turplanering och samordning med paket, apoteksvaror och annan körning
- Kylkedjan: hur kylvaror och frysvaror hålls säkra under transporten
- Avtal med kommunen: vad ska stå i dem?
- En handlare från Hälsingland berättar om tio år med hemsändning

## För vem?
Handlare och personal i dagligvarubutiker i Gävleborg och grannlänen, samt kommunala tjänstepersoner som arbetar med hemsändning.

## Kostnad och anmälan
Kursen kostar 600 kronor inklusive lunch och fika. Anmäl dig till länsavdelningen.`,
    kind: 'kurs',
    startsInDays: 60,
    startTime: '09:00',
    endTime: '16:00',
    location: 'Folkets hus, Ljusdal',
    municipality: '2161',
    organiser: 'Landsbygdsrörelsen Gävleborg',
    serviceAreas: ['dagligvaror', 'vard-och-omsorg'],
    topics: ['hemsändning', 'lanthandel'],
    publishedDaysAgo: 25,
  },
  {
    key: 'natverkstraff-norrbotten-overkalix',
    title: 'Nätverksträff i Norrbotten: servicepunkter i älvdalarna',
    summary:
      'Länsavdelningen samlar byar, butiker och kommuner i Norrbotten till en träff om servicepunkter. Träffen hålls i Överkalix och går att följa digitalt.',
    body: `I Norrbottens älvdalar är avstånden långa och servicen samlas allt oftare på ett ställe: i butiken, på macken eller i bygdegården. På träffen tittar vi på hur servicepunkterna kan utvecklas och finansieras långsiktigt.

## Program
- Välkommen och läget i länet
- Region Norrbotten om investeringsstödet till servicepunkter och erfarenheter från senaste omgången
- Två byar berättar: en servicepunkt i butiken och en i bygdegården
- Samtal om samarbete över kommungränserna
- Avslutning och nästa steg

## Delta på plats eller digitalt
Träffen hålls i Överkalix, men du kan också följa den digitalt och delta i samtalen via chatten. Det gör det möjligt för byar långt från Överkalix att vara med.

## Praktiskt
Lunch serveras till dem som är på plats. Anmäl dig till länsavdelningen och ange om du kommer på plats eller digitalt.`,
    kind: 'nätverksträff',
    startsInDays: 75,
    startTime: '10:00',
    endTime: '15:00',
    location: 'Bygdegården i Vitvattnet, Överkalix',
    municipality: '2513',
    onlineUrl: 'https://meet.example.se/servicepunkter-norrbotten',
    organiser: 'Landsbygdsrörelsen Norrbotten',
    serviceAreas: ['servicepunkt'],
    topics: ['servicepunkt', 'flernivåsamverkan', 'nätverk'],
    publishedDaysAgo: 18,
  },
  {
    key: 'rikskonferens-ostersund',
    title: 'Rikskonferens: service där vi bor',
    summary:
      'Nätverkets rikskonferens samlar byar, handlare, kommuner, regioner och myndigheter i Östersund i två dagar om kommunala serviceplaner, beredskap och service i samverkan.',
    body: `Välkommen till nätverkets rikskonferens om service på landsbygden. Under två dagar i Östersund möts alla som arbetar med frågan, från byalagen till departementen.

## Dag 1: planera för service
- Inledning: läget för service på landsbygden
- Kommunala serviceplaner som lever: tre kommuner berättar
- Parallella seminarier om hemsändning, anropsstyrd trafik, apoteksombud och kontanter
- Kvällen: middag med lokala råvaror och underhållning

## Dag 2: samverkan och beredskap
- Flernivåsamverkan i praktiken: från by till departement
- Lanthandeln i krisberedskapen
- Studiebesök på servicepunkter i Östersunds och Krokoms kommuner
- Avslutande samtal med regionala och nationella företrädare

## Praktiskt
Konferensavgiften är 2 400 kronor inklusive måltider. Medlemmar i länsavdelningarna får rabatt. Programmet uppdateras löpande.`,
    kind: 'konferens',
    startsInDays: 95,
    startTime: '10:00',
    lastsDays: 1,
    endTime: '15:00',
    location: 'Konferenshuset vid Stortorget, Östersund',
    municipality: '2380',
    organiser: 'Landsbygdsnätverkets servicegrupp',
    serviceAreas: ['servicepunkt', 'offentlig-service', 'kollektivtrafik-och-mobilitet'],
    topics: ['konferens', 'kommunal serviceplan', 'krisberedskap', 'flernivåsamverkan'],
    publishedDaysAgo: 60,
    en: {
      title: 'National conference: services where we live',
      summary:
        "The network's national conference brings villages, shopkeepers, municipalities, regions and agencies to Östersund for two days on municipal service plans, preparedness and services through cooperation.",
      body: `Welcome to the network's national conference on rural services. For two days in Östersund everyone working on the issue meets, from village associations to ministries.

## Day 1: planning for services
- Opening: the state of rural services
- Municipal service plans that live: three municipalities share their work
- Parallel seminars on home delivery, demand-responsive transport, pharmacy agents and cash
- Evening: dinner with local produce and entertainment

## Day 2: cooperation and preparedness
- Multi-level cooperation in practice: from village to ministry
- The village shop in emergency preparedness
- Study visits to service points in Östersund and Krokom municipalities
- Closing discussion with regional and national representatives

## Practical details
The fee is SEK 2,400 including meals, with a discount for members of the county branches. The programme is updated continuously.`,
      location: 'Conference centre at Stortorget, Östersund',
    },
  },
  {
    key: 'natverkstraff-gotland',
    title: 'Nätverksträff på Gotland: servicepunkter och hemsändning',
    summary:
      'Gotlands byalag och lanthandlare träffas för att följa upp regionens hemsändning och diskutera hur servicepunkter kan utvecklas på landsbygden.',
    body: `Region Gotland har nya avtal om hemsändning, och flera byar funderar på servicepunkter i bygdegårdar och butiker. Träffen är ett tillfälle att dela erfarenheter och planera vidare.

## Program
- Region Gotland om hur hemsändningen har fungerat sedan avtalen tecknades
- En lanthandlare om att kombinera butik, paketombud och hemsändning
- Ett byalag om att starta en servicepunkt i bygdegården
- Samtal om hur åretruntboende och sommargäster kan bidra till servicen

## För vem?
Byalag, föreningar, handlare och tjänstepersoner på Gotland.

## Praktiskt
Fika och lunch ingår. Anmäl dig till länsavdelningen. Vi ordnar samåkning från Visby för den som behöver.`,
    kind: 'nätverksträff',
    startsInDays: 140,
    startTime: '10:00',
    endTime: '15:00',
    location: 'Bygdegården i Hemsvik, Gotland',
    municipality: '0980',
    organiser: 'Landsbygdsrörelsen Gotland',
    serviceAreas: ['servicepunkt', 'dagligvaror'],
    topics: ['hemsändning', 'servicepunkt', 'nätverk'],
    publishedDaysAgo: 8,
  },
  {
    key: 'webbinarium-laddning-vid-butiken',
    title: 'Webbinarium: laddstolpe vid butiken – lönar det sig?',
    summary:
      'Om laddinfrastruktur vid lanthandel och drivmedelsstationer: vad det kostar, vilka stöd som finns och hur elnätsbolaget ska kontaktas. Med exempel från Västra Götaland.',
    body: `Allt fler butiker funderar på att sätta upp en laddstolpe. Men vad kostar det, och ger det fler kunder? I webbinariet reder vi ut frågorna.

## Innehåll
- Normalladdning eller snabbladdning: vad passar en butik på landsbygden?
- Elanslutningen: hur ni tar reda på vad som går och vad det kostar
- Stöd: investeringsstöd till kommersiell service och andra möjligheter
- Betalning: hur ni gör det enkelt för kunden
- En handlare i Dalsland om erfarenheterna efter ett år med laddstolpe

## För vem?
Handlare, drivmedelsstationer och föreningar som äger butikslokaler, samt kommunernas energi- och klimatrådgivare.

## Praktiskt
Kostnadsfritt och digitalt. Skicka gärna in frågor i förväg till länsavdelningen.`,
    kind: 'webbinarium',
    startsInDays: 165,
    startTime: '18:30',
    endTime: '20:00',
    onlineUrl: 'https://meet.example.se/laddning-butik',
    organiser: 'Landsbygdsrörelsen Västra Götaland',
    serviceAreas: ['drivmedel', 'dagligvaror'],
    topics: ['laddinfrastruktur', 'investeringsstöd'],
    publishedDaysAgo: 3,
  },
];
