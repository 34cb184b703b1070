// What readers type into the bank's search, written from the point of view of its three kinds of
// users, each with the entries (by their Swedish slug) that the query must find among its first ten
// hits. The entries are the demo content in cms/seed/. A query is written the way a person types it:
// inflected, lower case, with or without å/ä/ö, with typos, with a place name.

/** Who types the query: a local group, an editor of the bank, or a public reader. */
export type Persona = 'lokal grupp' | 'redaktör' | 'läsare';

export type Category =
  | 'böjningsformer'
  | 'sammansättningar'
  | 'å, ä och ö'
  | 'synonymer'
  | 'ortnamn'
  | 'ortnamn och ämne'
  | 'stavfel'
  | 'engelska';

export interface RelevanceCase {
  category: Category;
  persona: Persona;
  query: string;
  /** The language of the search page: Swedish pages search Swedish versions, English pages English ones. */
  locale: 'sv' | 'en';
  /** Swedish slugs of the entries that must be among the first ten hits. */
  finds: readonly string[];
}

const sv = (category: Category, persona: Persona, query: string, finds: readonly string[]): RelevanceCase => ({
  category,
  persona,
  query,
  locale: 'sv',
  finds,
});
const en = (persona: Persona, query: string, finds: readonly string[]): RelevanceCase => ({
  category: 'engelska',
  persona,
  query,
  locale: 'en',
  finds,
});

export const RELEVANCE_CASES: readonly RelevanceCase[] = [
  // Inflections: plural, definite and definite plural forms of what the entries say in another form.
  sv('böjningsformer', 'lokal grupp', 'butikerna', [
    'obemannade-butiker-raddning-eller-risk-for-byn',
    'mobil-butik-eller-butiksbil',
  ]),
  sv('böjningsformer', 'lokal grupp', 'paketskåpet', [
    'paketskap-i-tvarsjo-bygdegard',
    'paketskapen-breder-ut-sig-men-inte-overallt',
  ]),
  sv('böjningsformer', 'lokal grupp', 'drivmedelsstationerna', [
    'bygdeagd-drivmedelsstation-som-ekonomisk-forening',
    'att-ta-over-en-drivmedelsstation-som-ska-laggas-ned',
  ]),
  sv('böjningsformer', 'redaktör', 'serviceplanerna', [
    'kommunal-serviceplan-med-medborgardialog',
    'tolv-bystammor-blev-underlag-for-rattviks-serviceplan',
  ]),
  sv('böjningsformer', 'lokal grupp', 'bygdegårdarna', [
    'paketombud-och-paketskap-i-bygdegarden',
    'digitalhjalpare-i-tre-bygdegardar-i-nordanstig',
  ]),
  sv('böjningsformer', 'lokal grupp', 'byskolor', [
    'byskolan-som-motesplats-och-servicenod',
    'nar-byskolan-stanger-forsvinner-mer-an-skolan',
  ]),
  sv('böjningsformer', 'läsare', 'apoteksombudet', [
    'apoteksombuden-blir-farre-nar-villkoren-andras',
    'apoteksombud-och-uthamtningsskap-for-lakemedel',
  ]),
  sv('böjningsformer', 'lokal grupp', 'fiberföreningarna', [
    'fiberforening-som-bygger-byanatet',
    'hyttskogens-fiberforening-byggde-till-de-sista-90-hushallen',
  ]),
  sv('böjningsformer', 'lokal grupp', 'laddstolpen', [
    'laddstolpar-vid-lanthandeln-i-vastra-gotaland',
    'hvo-pump-och-laddstolpe-vid-lanthandeln',
  ]),
  sv('böjningsformer', 'läsare', 'servicekontoren', [
    'statliga-servicekontor-oppnar-pa-fler-orter',
    'svar-om-statliga-servicekontor-och-service-i-byarna',
  ]),
  sv('böjningsformer', 'lokal grupp', 'byabussarna', [
    'byabuss-som-foreningen-ager',
    'byabussen-som-gar-over-kommungransen-mellan-vindeln-och-bjurholm',
  ]),

  // Compounds, both ways: a part finds the compounds it ends, a compound finds its inflected and longer forms.
  sv('sammansättningar', 'lokal grupp', 'butik', [
    'sjalvscanning-och-digitala-betalningar-i-bybutiken',
    'bybutik-som-ekonomisk-forening',
  ]),
  sv('sammansättningar', 'lokal grupp', 'skåp', [
    'paketskap-i-tvarsjo-bygdegard',
    'uthamtningsskap-for-lakemedel-i-savsjonas',
  ]),
  sv('sammansättningar', 'lokal grupp', 'ombud', [
    'skarsvikens-handel-blev-servicepunkt-med-apoteksombud',
    'paketombud-och-paketskap-i-bygdegarden',
  ]),
  sv('sammansättningar', 'läsare', 'station', [
    'bygdeagd-drivmedelsstation-som-ekonomisk-forening',
    'drivmedelsstationer-stanger-i-vasternorrlands-inland',
  ]),
  sv('sammansättningar', 'redaktör', 'samordnare', [
    'servicesamordnare-i-hela-landet',
    'debattartikel-varje-kommun-behover-en-servicesamordnare',
  ]),
  sv('sammansättningar', 'lokal grupp', 'punkt', ['servicepunkt-i-lanthandeln', 'trygghetspunkter-i-fem-byar-i-hylte']),
  sv('sammansättningar', 'lokal grupp', 'hemsändningsbidrag', [
    'hemsandning-av-dagligvaror-med-kommunalt-hemsandningsbidrag',
  ]),
  sv('sammansättningar', 'lokal grupp', 'servicepunkterna', [
    'servicepunkt-i-lanthandeln',
    'ljungarve-bygdegard-blev-servicepunkt-pa-sodra-gotland',
  ]),
  sv('sammansättningar', 'läsare', 'dagligvarubutikerna', [
    'bybutik-som-ekonomisk-forening',
    'servicepunkt-i-lanthandeln',
  ]),
  sv('sammansättningar', 'redaktör', 'bredbandsstödet', [
    'pts-bredbandsstod-till-fiber-pa-landsbygden',
    'svar-om-prioriteringarna-i-pts-bredbandsstod',
  ]),
  sv('sammansättningar', 'lokal grupp', 'trafik', [
    'anropsstyrd-nartrafik-till-servicen',
    'gemensam-nartrafik-i-hagfors-och-munkfors',
  ]),

  // å, ä and ö, typed as Swedish writes them and as someone on a foreign keyboard does.
  sv('å, ä och ö', 'lokal grupp', 'hemsändning', [
    'hemsandning-av-dagligvaror-med-kommunalt-hemsandningsbidrag',
    'kurs-starta-hemsandning-fran-er-butik',
  ]),
  sv('å, ä och ö', 'lokal grupp', 'hemsandning', [
    'hemsandning-av-dagligvaror-med-kommunalt-hemsandningsbidrag',
    'kurs-starta-hemsandning-fran-er-butik',
  ]),
  sv('å, ä och ö', 'lokal grupp', 'samåkning', [
    'samakning-i-bygden-via-app-eller-grupp',
    'samakning-till-jobben-i-norge-fran-arjang-och-eda',
  ]),
  sv('å, ä och ö', 'lokal grupp', 'samakning', [
    'samakning-i-bygden-via-app-eller-grupp',
    'samakning-till-jobben-i-norge-fran-arjang-och-eda',
  ]),
  sv('å, ä och ö', 'läsare', 'läkemedel', [
    'apoteksombud-och-uthamtningsskap-for-lakemedel',
    'svar-om-tillgangen-till-lakemedel-i-hela-landet',
  ]),
  sv('å, ä och ö', 'läsare', 'lakemedel', [
    'apoteksombud-och-uthamtningsskap-for-lakemedel',
    'svar-om-tillgangen-till-lakemedel-i-hela-landet',
  ]),
  sv('å, ä och ö', 'redaktör', 'flernivåsamverkan', ['flernivasamverkan-kring-det-regionala-serviceprogrammet']),
  sv('å, ä och ö', 'redaktör', 'flernivasamverkan', ['flernivasamverkan-kring-det-regionala-serviceprogrammet']),
  sv('å, ä och ö', 'lokal grupp', 'bygdegård', [
    'paketombud-och-paketskap-i-bygdegarden',
    'paketskap-i-tvarsjo-bygdegard',
  ]),
  sv('å, ä och ö', 'lokal grupp', 'bygdegard', [
    'paketombud-och-paketskap-i-bygdegarden',
    'paketskap-i-tvarsjo-bygdegard',
  ]),
  sv('å, ä och ö', 'läsare', 'Östhammar', ['hemsandning-med-bat-till-oarna-i-osthammars-skargard']),
  sv('å, ä och ö', 'läsare', 'osthammar', ['hemsandning-med-bat-till-oarna-i-osthammars-skargard']),

  // Synonyms, both ways, spelled as Swedish writes them, in capitals and without the marks.
  sv('synonymer', 'lokal grupp', 'byaffär', [
    'bybutik-som-ekonomisk-forening',
    'obemannade-timmar-i-lanthandeln-med-digital-nyckel',
  ]),
  sv('synonymer', 'lokal grupp', 'Byaffären', [
    'bybutik-som-ekonomisk-forening',
    'hultanas-bybutik-har-agts-av-byborna-i-tio-ar',
  ]),
  sv('synonymer', 'lokal grupp', 'byaffar', [
    'bybutik-som-ekonomisk-forening',
    'obemannade-timmar-i-lanthandeln-med-digital-nyckel',
  ]),
  sv('synonymer', 'lokal grupp', 'tankställe', [
    'byborna-i-bjorkvattnet-tog-over-macken',
    'bygdeagd-drivmedelsstation-som-ekonomisk-forening',
  ]),
  sv('synonymer', 'lokal grupp', 'TANKSTÄLLE', [
    'byborna-i-bjorkvattnet-tog-over-macken',
    'macken-i-hyttbacken-som-stangde-igen',
  ]),
  sv('synonymer', 'lokal grupp', 'bensinmack', [
    'byborna-i-bjorkvattnet-tog-over-macken',
    'ojesjo-fick-en-bygdeagd-drivmedelsstation',
  ]),
  sv('synonymer', 'läsare', 'betalningsförmedling', [
    'svar-om-grundlaggande-betaltjanster-pa-landsbygden',
    'pts-lokala-insatser-for-grundlaggande-betaltjanster',
  ]),
  sv('synonymer', 'redaktör', 'stödutlysning', [
    'investeringsstod-till-butiker-och-drivmedelsstationer-i-dalarna',
    'hemsandning-av-dagligvaror-pa-gotlands-landsbygd',
  ]),
  sv('synonymer', 'lokal grupp', 'serviceställe', [
    'servicepunkt-i-lanthandeln',
    'ekebotorps-handel-blev-servicepunkt-i-sjobo',
  ]),
  sv('synonymer', 'lokal grupp', 'servicestalle', [
    'servicepunkt-i-lanthandeln',
    'ekebotorps-handel-blev-servicepunkt-i-sjobo',
  ]),
  sv('synonymer', 'lokal grupp', 'hemkörning', [
    'hemsandning-av-dagligvaror-med-kommunalt-hemsandningsbidrag',
    'hemsandning-fran-kvarnviken-nar-fjallbyarna-i-arjeplog',
  ]),
  sv('synonymer', 'lokal grupp', 'bankomat', [
    'kontanter-i-kassan-nar-sista-automaten-forsvann-i-vaattovaara',
    'kontantuttag-i-kassan-och-gemensam-dagskassehantering',
  ]),
  sv('synonymer', 'lokal grupp', 'närtrafik', [
    'anropsstyrd-nartrafik-till-servicen',
    'nartrafik-pa-bestallning-fran-byarna-i-jokkmokk',
  ]),
  sv('synonymer', 'läsare', 'glesbygd', [
    'tillvaxtverket-utveckla-nya-servicelosningar-pa-landsbygden',
    'pts-bredbandsstod-till-fiber-pa-landsbygden',
  ]),
  sv('synonymer', 'redaktör', 'landsbygdsutvecklare', [
    'landsbygdsutvecklare-i-alvdalens-kommun',
    'landsbygdsutvecklare-for-gnosjo-och-vetlanda',
  ]),
  sv('synonymer', 'lokal grupp', 'dagligvarubutik', [
    'bybutik-som-ekonomisk-forening',
    'investeringsstod-till-lanthandlar-i-kronobergs-lan',
  ]),

  // Place names alone: what is located there comes first.
  sv('ortnamn', 'lokal grupp', 'Åre', ['fritidsboende-blev-andelsagare-i-fjallnasets-byahandel']),
  sv('ortnamn', 'lokal grupp', 'are', ['fritidsboende-blev-andelsagare-i-fjallnasets-byahandel']),
  sv('ortnamn', 'lokal grupp', 'Älvdalen', [
    'sorsjon-samlade-servicen-i-lanthandeln',
    'natverkstraff-om-service-i-dalarna',
  ]),
  sv('ortnamn', 'lokal grupp', 'alvdalen', ['sorsjon-samlade-servicen-i-lanthandeln']),
  sv('ortnamn', 'läsare', 'Jämtland', [
    'nytt-regionalt-serviceprogram-i-jamtlands-lan',
    'investeringsstod-till-kommersiell-service-i-jamtlands-lan-nasta-omgang',
  ]),
  sv('ortnamn', 'läsare', 'jamtlands lan', [
    'hemsandning-av-dagligvaror-i-ragunda-kommun-anmalan-for-butiker',
    'landsbygdsserviceplan-for-ragunda-kommun-2025-2029',
  ]),
  sv('ortnamn', 'lokal grupp', 'Ragunda', [
    'ragunda-kommunbygderad-samlade-19-byar-kring-serviceplanen',
    'natverkstraff-i-jamtland-hemsandning-och-samakning',
  ]),
  sv('ortnamn', 'lokal grupp', 'Hylte', ['trygghetspunkter-i-fem-byar-i-hylte']),
  sv('ortnamn', 'lokal grupp', 'Vansbro', ['servicehuset-i-skalby-startade-som-leaderprojekt']),
  sv('ortnamn', 'läsare', 'Gotland', [
    'ljungarve-bygdegard-blev-servicepunkt-pa-sodra-gotland',
    'sasongen-styr-servicen-pa-gotlands-landsbygd',
  ]),
  sv('ortnamn', 'lokal grupp', 'Bräcke', ['odsbyn-klarade-fyra-dygn-utan-strom']),
  sv('ortnamn', 'lokal grupp', 'Ånge', ['matkassen-akte-med-skolskjutsen-i-ange']),
  sv('ortnamn', 'lokal grupp', 'Sjöbo', ['ekebotorps-handel-blev-servicepunkt-i-sjobo']),
  sv('ortnamn', 'läsare', 'Värmland', [
    'neddragningar-i-kollektivtrafiken-i-varmland',
    'gemensam-nartrafik-i-hagfors-och-munkfors',
  ]),

  // A place and a topic.
  sv('ortnamn och ämne', 'lokal grupp', 'butik Åre', ['fritidsboende-blev-andelsagare-i-fjallnasets-byahandel']),
  sv('ortnamn och ämne', 'lokal grupp', 'hemsändning Jämtland', [
    'hemsandning-av-dagligvaror-i-ragunda-kommun-anmalan-for-butiker',
    'natverkstraff-i-jamtland-hemsandning-och-samakning',
  ]),
  sv('ortnamn och ämne', 'lokal grupp', 'mack Strömsund', ['byborna-i-bjorkvattnet-tog-over-macken']),
  sv('ortnamn och ämne', 'läsare', 'kontanter Kalmar län', [
    'kontanter-och-dagskassor-i-tre-lanthandlar-i-hogsby',
    'kurs-kontanthantering-och-sakerhet-i-lanthandeln',
  ]),
  sv('ortnamn och ämne', 'lokal grupp', 'servicepunkt Gotland', [
    'ljungarve-bygdegard-blev-servicepunkt-pa-sodra-gotland',
    'natverkstraff-pa-gotland-servicepunkter-och-hemsandning',
  ]),
  sv('ortnamn och ämne', 'redaktör', 'serviceplan Dalarna', ['tolv-bystammor-blev-underlag-for-rattviks-serviceplan']),
  sv('ortnamn och ämne', 'lokal grupp', 'fiber Tanum', ['fiber-till-skargard-och-kustbyar-i-tanum']),
  sv('ortnamn och ämne', 'lokal grupp', 'byabuss Västerbotten', [
    'byabussen-som-gar-over-kommungransen-mellan-vindeln-och-bjurholm',
  ]),
  sv('ortnamn och ämne', 'läsare', 'drivmedel Västernorrland', [
    'drivmedelsstationer-stanger-i-vasternorrlands-inland',
  ]),
  sv('ortnamn och ämne', 'lokal grupp', 'bybutik Jönköpings län', [
    'hultanas-bybutik-har-agts-av-byborna-i-tio-ar',
    'sjalvscanning-gav-lommarydsbutiken-tid-for-service',
  ]),

  // Typos, the kind made on a phone.
  sv('stavfel', 'lokal grupp', 'lanthandlen', [
    'obemannade-timmar-i-lanthandeln-med-digital-nyckel',
    'investeringsstod-till-lanthandlar-i-kronobergs-lan',
    'kontanter-och-dagskassor-i-tre-lanthandlar-i-hogsby',
  ]),
  sv('stavfel', 'lokal grupp', 'paketombd', ['paketombud-och-paketskap-i-bygdegarden']),
  sv('stavfel', 'lokal grupp', 'hemsändnig', ['hemsandning-av-dagligvaror-med-kommunalt-hemsandningsbidrag']),
  sv('stavfel', 'läsare', 'kontnater', [
    'krisberedskap-ger-kontanterna-en-ny-roll',
    'kontanter-i-kassan-nar-sista-automaten-forsvann-i-vaattovaara',
    'kontanter-och-dagskassor-i-tre-lanthandlar-i-hogsby',
  ]),
  sv('stavfel', 'redaktör', 'servicesamordnre', ['servicesamordnare-med-mandat-i-kommunen']),
  sv('stavfel', 'lokal grupp', 'bybutiker', [
    'bybutik-som-ekonomisk-forening',
    'hultanas-bybutik-har-agts-av-byborna-i-tio-ar',
  ]),
  sv('stavfel', 'lokal grupp', 'drivmedelstation', [
    'bygdeagd-drivmedelsstation-som-ekonomisk-forening',
    'att-ta-over-en-drivmedelsstation-som-ska-laggas-ned',
    'drivmedelsstationer-stanger-i-vasternorrlands-inland',
  ]),
  sv('stavfel', 'läsare', 'apoteksombuden', ['apoteksombuden-blir-farre-nar-villkoren-andras']),
  sv('stavfel', 'lokal grupp', 'laddstople', [
    'hvo-pump-och-laddstolpe-vid-lanthandeln',
    'laddstolpar-vid-lanthandeln-i-vastra-gotaland',
    'laddstolpar-kan-bli-lanthandelns-nya-kundmagnet',
    'laddstolpar-vid-butik-och-bygdegard-i-ekesjo',
  ]),
  sv('stavfel', 'lokal grupp', 'byggdegård', ['paketombud-och-paketskap-i-bygdegarden']),

  // English queries on the English pages (English versions only).
  en('läsare', 'village shop', ['servicepunkt-i-lanthandeln', 'obemannade-timmar-i-lanthandeln-med-digital-nyckel']),
  en('läsare', 'grocery store', ['servicepunkt-i-lanthandeln', 'sorsjon-samlade-servicen-i-lanthandeln']),
  en('läsare', 'cash', [
    'krisberedskap-ger-kontanterna-en-ny-roll',
    'kontantanvandningen-fortsatter-att-minska-men-inte-for-alla',
  ]),
  en('läsare', 'parcel lockers', ['paketskapen-breder-ut-sig-men-inte-overallt']),
  en('läsare', 'fibre', ['pts-bredbandsstod-till-fiber-pa-landsbygden', 'fiberforening-som-bygger-byanatet']),
  en('läsare', 'broadband', ['fiberforening-som-bygger-byanatet', 'pts-bredbandsstod-till-fiber-pa-landsbygden']),
  en('läsare', 'filling stations', ['investeringsstod-till-butiker-och-drivmedelsstationer-i-dalarna']),
  en('läsare', 'petrol', [
    'investeringsstod-till-butiker-och-drivmedelsstationer-i-dalarna',
    'hvo-pump-och-laddstolpe-vid-lanthandeln',
  ]),
  en('redaktör', 'service coordinator', ['dorotea-och-asele-delar-pa-en-servicesamordnare']),
  en('läsare', 'Jokkmokk', ['nartrafik-pa-bestallning-fran-byarna-i-jokkmokk']),
  en('läsare', 'medicines', ['svar-om-tillgangen-till-lakemedel-i-hela-landet']),
  en('läsare', 'Hogsby', ['kontanter-och-dagskassor-i-tre-lanthandlar-i-hogsby']),
];
