// Helpdesk questions as they come in from the site's form, in the askers' own words, and what the
// editors did with them: published ones carry an anonymised rewrite and an answer for the FAQ.
// Names and e-mail addresses are invented; places are invented villages in real municipalities.
import type { SeedQuestion } from '../types.ts';

export const questions: SeedQuestion[] = [
  {
    name: 'Margareta Lindqvist',
    email: 'margareta.lindqvist@example.se',
    municipality: '2313',
    question: `Hej! Jag sitter i styrelsen för byalaget i Rävsjöbacken. Vår lanthandlare kör redan ut varor till sju äldre i byn varje torsdag, men han gör det helt gratis och orkar inte hur länge som helst. Kan han få hemsändningsbidrag och hur söker man? Vi har hört att det finns statliga pengar, men när jag ringde kommunen sa de att det inte finns någon budget för sådant.`,
    status: 'publicerad',
    publicQuestion:
      'Vår lanthandlare kör ut varor till äldre utan att få betalt för det. Kan butiken få hemsändningsbidrag, och hur går man vidare när kommunen säger att det saknas budget?',
    answer: `Hemsändningsbidrag betalas ut av kommunen, men kommunen kan få tillbaka en del av kostnaden från staten genom stödet till kommersiell service, som regionen eller länsstyrelsen handlägger. Kommunen behöver alltså inte bära hela kostnaden själv, och det är ett bra argument att ta med sig.

Så kan ni gå vidare:

1. Fråga om kommunen har regler för hemsändning. Finns inga, be landsbygdsutvecklaren eller servicesamordnaren ta fram ett förslag till beslut.
2. Samla underlag: hur många hushåll som får varor i dag, hur långt det är till butiken och hur ofta butiken kör.
3. När reglerna finns ansöker butiken hos kommunen. Bidraget brukar vara ett belopp per utkörning upp till ett tak per år.

Metoden [Hemsändning av dagligvaror med kommunalt hemsändningsbidrag](/metoder/hemsandning-av-dagligvaror-med-kommunalt-hemsandningsbidrag/) beskriver steg för steg hur andra kommuner har gjort.`,
    identifying: ['Rävsjöbacken', 'byalaget i', 'sju äldre'],
    serviceAreas: ['dagligvaror'],
    receivedDaysAgo: 95,
    answeredDaysAgo: 88,
  },
  {
    name: 'Jonas Berglund',
    email: 'jonas.berglund@example.se',
    municipality: '2462',
    question: `Vi är en bygdeförening som driver bygdegården i Norra Kvarnberget. Sedan affären lade ner i fjol måste alla åka 4,5 mil för att hämta ett paket. Kan en ideell förening bli paketombud? Vilka krav har paketbolagen, och måste någon vara på plats hela tiden? Vi är bara frivilliga och ingen av oss kan stå där varje dag.`,
    status: 'publicerad',
    publicQuestion:
      'Kan en ideell förening som driver en bygdegård bli paketombud, och hur fungerar det när det bara finns frivilliga som kan vara på plats?',
    answer: `Ja, flera bygdeföreningar är i dag paketombud eller har ett paketskåp i bygdegården. Paketbolagen tecknar avtal med en juridisk person, och en ideell förening med organisationsnummer går bra.

Kraven skiljer sig mellan bolagen, men räkna med

- fasta öppettider några timmar i veckan,
- en plats där paket kan låsas in,
- att den som lämnar ut paket kontrollerar legitimation,
- en mobil eller dator med bolagets system.

Med bara frivilliga är ett **paketskåp** ofta enklast: bolaget eller en skåpoperatör står för skåpet, och föreningen upplåter plats, el och ibland uppkoppling. Ersättningen per paket är låg, så se det som service till bygden snarare än en inkomst.

Läs [Paketombud och paketskåp i bygdegården](/metoder/paketombud-och-paketskap-i-bygdegarden/) för hur andra föreningar har ordnat avtal, schema och försäkring.`,
    identifying: ['Norra Kvarnberget', '4,5 mil'],
    serviceAreas: ['post-och-paket', 'motesplatser-och-kultur'],
    receivedDaysAgo: 80,
    answeredDaysAgo: 76,
  },
  {
    name: 'Eva Nordin',
    email: 'eva.nordin@example.se',
    municipality: '2513',
    question: `Jag driver lanthandeln i Björkforsen sedan 2019. Omsättningen var 4,2 miljoner förra året och det är 38 km till närmaste annan butik. Kan jag söka särskilt driftsstöd? En kollega sa att det bara gäller butiker som nästan går i konkurs, och jag vill inte lägga en massa tid på en ansökan i onödan.`,
    status: 'publicerad',
    publicQuestion: 'Vilka dagligvarubutiker kan få särskilt driftsstöd, och vad avgör om en butik uppfyller kraven?',
    answer: `Särskilt driftsstöd är till för dagligvarubutiker i särskilt glesa och utsatta lägen, där butiken behövs för att det ska finnas service kvar i området. Stödet gäller alltså inte bara butiker i kris, men butiken ska vara viktig för sin omgivning.

Det är regionen eller länsstyrelsen, beroende på län, som prövar ansökan. Villkoren står i förordningen om stöd till kommersiell service och i länets regionala serviceprogram. Det som brukar vägas in är

- avståndet till närmaste andra dagligvarubutik,
- butikens omsättning,
- att butiken har ett brett sortiment av dagligvaror,
- vilka andra tjänster den erbjuder, till exempel paket, apoteksombud eller kontanter.

Ring handläggaren innan ni ansöker: de kan ofta säga direkt om butiken ligger rätt. Ha det senaste bokslutet och en beskrivning av butikens tjänster redo. Att bygga ut butiken till en servicepunkt stärker ofta ansökan, se [Servicepunkt i lanthandeln](/metoder/servicepunkt-i-lanthandeln/).`,
    identifying: ['Björkforsen', '2019', '4,2 miljoner', '38 km'],
    serviceAreas: ['dagligvaror', 'servicepunkt'],
    receivedDaysAgo: 64,
    answeredDaysAgo: 60,
  },
  {
    name: 'Anders Håkansson',
    email: 'anders.hakansson@example.se',
    municipality: '2161',
    question: `Jag är nyanställd landsbygdsutvecklare och har fått i uppdrag att revidera kommunens serviceplan, som är från 2019. Förra gången gjorde man en webbenkät som 60 personer svarade på. Hur får vi med byarna på riktigt den här gången? Vi har ett tjugotal byalag och ett kommunbygderåd som är ganska aktivt men trött på att bara bli tillfrågat.`,
    status: 'publicerad',
    publicQuestion:
      'Hur kan en kommun involvera byar och lokala grupper när den kommunala serviceplanen ska revideras, utöver en webbenkät?',
    answer: `Bra att ni vill göra mer än en enkät. De serviceplaner som fungerar bäst är de där byarna har varit med och formulerat både problemen och åtgärderna.

Ett upplägg som många kommuner använder:

1. **Kartlägg först.** Ta fram restider till dagligvaror, drivmedel, paket och vårdcentral för varje by, så att samtalet utgår från samma bild.
2. **Gå ut till byarna.** Bjud in till bystämmor i varje bygd eller varje kommundel, med kartan som underlag. Låt kommunbygderådet vara medarrangör, inte bara remissinstans.
3. **Skriv planen tillsammans.** Låt en arbetsgrupp med både tjänstepersoner och representanter för byarna formulera åtgärderna, med namngivna ansvariga.
4. **Koppla till regionen.** Planen ska hänga ihop med det regionala serviceprogrammet, så bjud in regionens handläggare tidigt.

Se [Bystämma om servicen i bygden](/metoder/bystamma-om-servicen-i-bygden/) och [Servicekartläggning med GIS och restidsanalys](/metoder/servicekartlaggning-med-gis-och-restidsanalys/).`,
    identifying: ['nyanställd', '60 personer', 'tjugotal byalag'],
    serviceAreas: ['offentlig-service'],
    receivedDaysAgo: 52,
    answeredDaysAgo: 45,
  },
  {
    name: 'Kerstin Öberg',
    email: 'kerstin.oberg@example.se',
    municipality: '1737',
    question: `Banken i Torsby slutade ta emot dagskassor i våras och nu är närmaste insättning 6 mil bort. Vår bybutik i Lövsjöheden har kontanter från kunderna, och hembygdsföreningen och skytteföreningen har pengar från loppisar och fika. Vi kör till stan med kuvert och det känns inte säkert. Vad kan vi göra?`,
    status: 'publicerad',
    publicQuestion:
      'Närmaste ställe att sätta in dagskassor ligger långt bort. Vilka möjligheter har en bybutik och lokala föreningar att bli av med kontanter på ett säkert sätt?',
    answer: `Ni är inte ensamma: på landsbygden är det ofta svårare att bli av med kontanter än att få tag på dem. Tre vägar som andra har gått:

1. **Gemensam dagskassehantering.** Butiken och föreningarna lämnar förseglade påsar som ett värdebolag hämtar vid samma tillfälle. Kostnaden delas, och ingen behöver köra med kuvert.
2. **Kontantuttag i kassan.** När kunderna kan ta ut kontanter när de handlar minskar butikens egen kontantmängd, och färre sedlar behöver transporteras.
3. **Tala om det för länsstyrelsen.** Länsstyrelserna följer tillgången till grundläggande betaltjänster i länet och kan ibland finansiera lösningar. Skicka en kort beskrivning med avstånd, belopp och vilka som berörs.

Metoden [Kontantuttag i kassan och gemensam dagskassehantering](/metoder/kontantuttag-i-kassan-och-gemensam-dagskassehantering/) beskriver avtal, försäkring och vad det kostar.`,
    identifying: ['Torsby', 'Lövsjöheden', 'skytteföreningen', '6 mil'],
    serviceAreas: ['kontanter-och-betaltjanster'],
    receivedDaysAgo: 40,
    answeredDaysAgo: 33,
  },
  {
    name: 'Lars-Erik Sundberg',
    email: 'lars-erik.sundberg@example.se',
    municipality: '0512',
    question: `Bussen från Gräsmyra till vårdcentralen går bara två gånger om dagen och bara på skoldagar. Min mamma är 84 år och har ingen bil, och jag bor själv i Linköping. Vad är anropsstyrd trafik och hur får vi det hit? Är det kommunen eller regionen man ska prata med?`,
    status: 'publicerad',
    publicQuestion:
      'Bussen går bara några gånger om dagen på skoldagar, och äldre utan bil kommer inte till vårdcentralen. Hur kan en by få anropsstyrd trafik, och vem beslutar om den?',
    answer: `Anropsstyrd trafik, ofta kallad närtrafik, är kollektivtrafik som bara körs när någon har beställt en resa. Det är ofta en taxi eller minibuss som hämtar vid hemmet eller en hållplats och kör till en servicort, till vanligt biljettpris.

Det är regionen, som kollektivtrafikmyndighet, som beslutar om trafiken. Kommunen och byarna kan ändå påverka mycket:

- Ta reda på om regionen redan har närtrafik i andra delar av länet. Då handlar det om att få med er by, inte om att starta något nytt.
- Samla exempel på resor som inte går att göra i dag, till exempel till vårdcentral, apotek och butik.
- Be kommunen lyfta frågan när regionens trafikförsörjningsprogram revideras, och i dialogen om den kommunala serviceplanen.

Metoden [Anropsstyrd närtrafik till servicen](/metoder/anropsstyrd-nartrafik-till-servicen/) visar hur det har ordnats på andra håll.`,
    identifying: ['Gräsmyra', 'mamma', '84 år', 'Linköping'],
    serviceAreas: ['kollektivtrafik-och-mobilitet', 'vard-och-omsorg'],
    receivedDaysAgo: 27,
    answeredDaysAgo: 21,
  },
  {
    name: 'Sofia Karlsson',
    email: 'sofia.karlsson@example.se',
    municipality: '1438',
    question: `Vi är 14 hushåll i Bäckalund som fortfarande inte har fiber. Operatören har sagt nej två gånger för att det blir för dyrt per hushåll. Grannbyn byggde själva för tio år sedan. Kan vi också göra det, och finns det något stöd att söka i dag?`,
    status: 'publicerad',
    publicQuestion:
      'Ett litet antal hushåll har fått nej från operatören när de velat få fiber. Kan de bygga själva, och vilket stöd finns att söka?',
    answer: `Ja. Många byar har byggt sitt eget nät genom en fiberförening, ofta en ekonomisk förening där hushållen är medlemmar och äger nätet tillsammans.

Börja med att kontakta kommunens bredbandssamordnare. Kommunen vet om området finns med i någon planerad utbyggnad, och om det finns stöd att söka just nu. Statligt bredbandsstöd fördelas av Post- och telestyrelsen för områden som inte byggs ut på marknadsmässiga villkor, men det söks av den som bygger och ofta i konkurrens med andra projekt.

Räkna med att hushållen själva står för en anslutningsavgift och en del eget arbete, till exempel markavtal och återställning. Tala också med en kommunikationsoperatör tidigt, så att nätet har någon som säljer tjänster i det när det är klart.

Läs [Fiberförening som bygger byanätet](/metoder/fiberforening-som-bygger-byanatet/) för hur föreningar har gjort, från bystämma till driftsatt nät.`,
    identifying: ['Bäckalund', '14 hushåll', 'Grannbyn'],
    serviceAreas: ['bredband-och-digital-service'],
    receivedDaysAgo: 15,
    answeredDaysAgo: 9,
  },
  {
    name: 'Gunnel Persson',
    email: 'gunnel.persson@example.se',
    municipality: '2463',
    question: `Apoteket har sagt upp avtalet med vår butik i Tallberget om att vara apoteksombud från årsskiftet. Det är 5 mil till närmaste apotek. Kan vi överklaga, eller finns det någon annan som kan ta över?`,
    status: 'besvarad',
    answer: `Tack för din fråga, Gunnel. Ett ombudsavtal är ett avtal mellan butiken och apoteksaktören, så det går inte att överklaga. Men det finns annat att göra: fråga andra apoteksaktörer om de vill ta över ombudet, och kontakta regionen, som har ansvar för att läkemedel når ut i hela länet. Vi har skickat kontaktuppgifter till regionens läkemedelsenhet och till två butiker som har bytt aktör.`,
    serviceAreas: ['apotek-och-lakemedel'],
    receivedDaysAgo: 12,
    answeredDaysAgo: 7,
  },
  {
    name: 'Mikael Öhman',
    email: 'mikael.ohman@example.se',
    municipality: '2506',
    question: `Jag arbetar som näringslivsutvecklare i kommunen. Drivmedelsstationen i en av våra byar behöver byta cistern och pumpar, det är en investering på ungefär 1,1 miljoner. Ägaren funderar på att lägga ner. Vilka investeringsstöd finns, och kan kommunen gå in med medfinansiering?`,
    status: 'besvarad',
    answer: `Hej Mikael! Investeringsstöd till drivmedelsstationer söks hos regionen och kan kombineras med kommunal medfinansiering inom reglerna för statsstöd. Vi har mejlat dig handläggarens namn och en sammanställning av hur tre andra kommuner har gjort, bland annat en by där boende tog över stationen som ekonomisk förening.`,
    serviceAreas: ['drivmedel'],
    receivedDaysAgo: 6,
    answeredDaysAgo: 2,
  },
  {
    name: 'Ingrid Holm',
    email: 'ingrid.holm@example.se',
    municipality: '2305',
    question: `Vi i bygdegårdsföreningen vill sätta upp en laddstolpe vid bygdegården så att besökare och sommarboende kan ladda. Vem äger stolpen då, hur tar man betalt och finns det bidrag för en förening?`,
    status: 'ny',
    serviceAreas: ['drivmedel', 'motesplatser-och-kultur'],
    receivedDaysAgo: 2,
  },
  {
    name: 'Hanna Ek',
    email: 'hanna.ek@example.se',
    question: `Jag är pensionär och har hjälpt grannar med BankID och Kivra hemma vid köksbordet. Nu är vi flera som vill ha en fast tid i biblioteksfilialen en gång i veckan. Hur gör andra, och behöver vi någon försäkring?`,
    status: 'ny',
    serviceAreas: ['bredband-och-digital-service'],
    receivedDaysAgo: 1,
  },
];
