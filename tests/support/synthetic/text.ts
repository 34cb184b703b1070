// Swedish text for synthetic entries: sentences about rural service built from the domain's words
// in their real forms, so that stemming, compounds and synonyms have realistic work to do. Seeded,
// so a corpus is the same on every run.

export type Random = () => number;

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

export function pickSome<T>(random: Random, list: readonly T[], min: number, max: number): T[] {
  const count = min + Math.floor(random() * (max - min + 1));
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, list.length)) chosen.add(pick(random, list));
  return [...chosen];
}

const SUBJECTS = [
  'Byalaget',
  'Bygdeföreningen',
  'Kommunens landsbygdsutvecklare',
  'Servicesamordnaren',
  'Den ekonomiska föreningen',
  'Handlaren',
  'Länsstyrelsen',
  'Regionen',
  'Kommunbygderådet',
  'Butiksägaren',
  'Styrelsen',
  'Ungdomsrådet',
];
const VERBS = [
  'startade',
  'utvecklade',
  'räddade',
  'kartlade',
  'finansierade',
  'planerade',
  'drev',
  'förhandlade om',
  'samordnade',
  'byggde upp',
  'utvärderade',
  'tog över',
];
const OBJECTS = [
  'lanthandeln',
  'dagligvarubutiken',
  'byaffären',
  'servicepunkten',
  'servicepunkter i tre byar',
  'paketombudet',
  'apoteksombudet',
  'drivmedelsstationen',
  'bensinmacken',
  'laddstolparna',
  'hemsändningen av dagligvaror',
  'kontantuttaget',
  'bygdegården',
  'fiberföreningen',
  'byanätet',
  'den anropsstyrda trafiken',
  'skolskjutsen',
  'mötesplatsen',
  'den kommunala serviceplanen',
  'det regionala serviceprogrammet',
  'butikens nya kassasystem',
  'paketskåpen vid affären',
  'samåkningen till vårdcentralen',
];
const CLAUSES = [
  'med stöd till kommersiell service',
  'tillsammans med grannkommunen',
  'efter en bystämma',
  'med pengar från Leader',
  'med investeringsstöd från Länsstyrelsen',
  'med särskilt driftsstöd',
  'utan någon extern finansiering',
  'i flernivåsamverkan med regionen',
  'på ideell basis',
  'med hemsändningsbidrag från kommunen',
  'när den förra handlaren gick i pension',
  'sedan bussen slutat gå på helgerna',
];
const OUTCOMES = [
  'Butiken har nu {n} kunder i veckan.',
  'Öppettiderna kunde behållas {n} timmar i veckan.',
  'Avståndet till närmaste butik är {n} km för de flesta.',
  'Omsättningen ökade med {n} procent på två år.',
  '{n} hushåll får varor hemkörda varje vecka.',
  'Paketombudet hanterar {n} paket i månaden.',
  'Drivmedelsstationen säljer {n} kubikmeter bensin och diesel om året.',
  '{n} personer kom till bystämman.',
];
const LESSONS = [
  'Det som inte fungerade var att hålla ideella krafter engagerade över tid.',
  'Kommunen behövde en namngiven kontaktperson med mandat.',
  'Ungdomar och nyinflyttade måste bjudas in personligen.',
  'Utan medfinansiering från kommunen hade butiken inte klarat sig.',
  'Samverkan mellan flera byar gav bättre villkor med grossisten.',
  'Digitala betaltjänster ersätter inte kontanter för alla.',
  'Servicepunkter fungerar bäst när de har långa öppettider.',
];

export function sentence(random: Random): string {
  return `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)} ${pick(random, CLAUSES)}.`;
}

export function outcome(random: Random): string {
  return pick(random, OUTCOMES).replace('{n}', String(5 + Math.floor(random() * 400)));
}

export function lesson(random: Random): string {
  return pick(random, LESSONS);
}

/** A Markdown text of `paragraphs` paragraphs, with the odd heading, list and bold word. */
export function markdownText(random: Random, paragraphs: number): string {
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    if (p > 0 && random() < 0.3) out.push(`## ${pick(random, OBJECTS).replace(/^\w/, (c) => c.toUpperCase())}`);
    if (random() < 0.2) {
      out.push(Array.from({ length: 3 }, () => `- ${outcome(random)}`).join('\n'));
      continue;
    }
    const sentences = Array.from({ length: 3 + Math.floor(random() * 3) }, () =>
      random() < 0.25 ? outcome(random) : sentence(random),
    );
    if (random() < 0.3) sentences[0] = `**${sentences[0]}**`;
    out.push(sentences.join(' '));
  }
  return out.join('\n\n');
}

export const TOPICS = [
  'kommunal serviceplan',
  'medskapande',
  'bygdegård',
  'hemsändning',
  'kontanter',
  'paketombud',
  'drivmedel',
  'laddinfrastruktur',
  'ungdomar',
  'samverkan',
  'Leader',
  'regionalt serviceprogram',
  'ekonomisk förening',
  'ideellt arbete',
  'digitalisering',
  'kollektivtrafik',
];

export const ORGANISATIONS = [
  'Tillväxtverket',
  'Post- och telestyrelsen',
  'Jordbruksverket',
  'Region Jämtland Härjedalen',
  'Länsstyrelsen i Dalarnas län',
  'Region Västerbotten',
  'Hela Sverige ska leva',
  'Landsbygdsnätverket',
];
