// Synonyms of the domain's vocabulary (GLOSSARY.md): words that searchers use for the same thing.
// Each group is mutual: a search for any word of a group also finds the others. Meilisearch applies
// synonyms to the query only, so the whole table is small and cheap.

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['lanthandel', 'dagligvarubutik', 'byaffär', 'bybutik', 'lanthandlare', 'matbutik'],
  ['drivmedel', 'bensin', 'diesel', 'hvo'],
  ['drivmedelsstation', 'bensinmack', 'mack', 'tankställe', 'bensinstation'],
  ['laddstation', 'laddstolpe', 'laddinfrastruktur', 'elbilsladdning'],
  ['paketombud', 'postombud', 'paketutlämning', 'utlämningsställe'],
  ['apoteksombud', 'apotek'],
  ['kontanter', 'kontantuttag', 'bankomat', 'uttagsautomat'],
  ['betaltjänster', 'betalningsförmedling', 'kontanthantering'],
  ['servicepunkt', 'serviceställe', 'servicenod', 'servicehus'],
  ['hemsändning', 'hemkörning', 'varuleverans'],
  ['anropsstyrd trafik', 'närtrafik'],
  ['bredband', 'fiber', 'byanät'],
  ['mötesplats', 'bygdegård', 'samlingslokal', 'föreningshus', 'bystuga'],
  ['remiss', 'remissvar'],
  ['utlysning', 'stödutlysning'],
  ['omvärldsbevakning', 'omvärldsanalys'],
  ['landsbygd', 'glesbygd'],
  ['byalag', 'bygdeförening', 'utvecklingsgrupp'],
  ['servicesamordnare', 'landsbygdsutvecklare'],
  ['grocery store', 'village shop', 'country store'],
  ['fuel', 'petrol', 'diesel'],
];

/** The groups as Meilisearch's synonyms setting: every word maps to the other words of its groups. */
export function synonymTable(groups: readonly (readonly string[])[] = SYNONYM_GROUPS): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const group of groups) {
    for (const word of group) {
      const others = group.filter((other) => other !== word);
      table[word] = [...new Set([...(table[word] ?? []), ...others])];
    }
  }
  return table;
}
