// Swedish stop words: function words that carry no meaning a searcher is after ("hur startar man en
// butik" is about "startar" and "butik"). Meilisearch ignores them in queries, which also keeps long
// queries fast. The list is the common Swedish function-word list, minus the words that are domain
// words here (see STOP_WORD_EXCEPTIONS); a test checks that no word of the glossary is a stop word.

const FUNCTION_WORDS = `
alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta dig din dina ditt du
där då efter ej eller en er era ert ett från för ha hade han hans har henne hennes hon honom hur här i
icke ingen inom inte jag ju kan kunde man med mellan men mig min mina mitt mot mycket ni nu när någon
något några och om oss på samma sedan sig sin sina sitta själv skulle som så sådan sådana sådant till
under upp ut utan vad var vara varför varit varje vars vart vem vi vid vilka vilkas vilken vilket vår
våra vårt än är åt över
`;

/**
 * Function words that are also domain words: "by" (village), "hem" (home, as in hemtjänst and
 * hemsändning), "bygd", "kommun", "län", "post", "vård".
 */
export const STOP_WORD_EXCEPTIONS = ['by', 'hem', 'bygd', 'kommun', 'län', 'post', 'vård', 'ort', 'mat'] as const;

const exceptions = new Set<string>(STOP_WORD_EXCEPTIONS);

/** The Swedish stop words of the index. */
export const SWEDISH_STOP_WORDS: readonly string[] = FUNCTION_WORDS.split(/\s+/).filter(
  (word) => word && !exceptions.has(word),
);
