/**
 * People's names in a post, so that a speaker named short ("Xi", "Rodriguez") is given the full name the post
 * gave earlier ("Xi Jinping", "Bruno Rodriguez Parrilla"). A name is a run of capitalised words; the titles in
 * front of it ("Chinese Foreign Minister Wang Yi") are not part of it.
 */

/** Words that stand before names as titles, ranks and adjectives of office; never part of a name. */
const TITLES = new Set(
  `President Vice Prime Minister Foreign Secretary General Chairman Chairwoman Premier Ambassador Deputy Chief
  First Director Editor Professor Prof Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Madame Comrade Senior Lieutenant Colonel
  Captain Head Member Minister Envoy Special Leader Founder Chinese Cuban American British Vietnamese Namibian
  Dominican Serbian French Nigerien Nigérien Algerian South African Indian Black Methodist Party State Senator
  Congressman Congresswoman Governor Mayor King Queen Sir Lord Late Former Elder Father Mother Brother Sister
  Uncle Aunt Reverend Rev Rev. Pope Saint St St. Also`.split(/\s+/),
);

/** Words that start sentences or name things, not people, and so never begin a name on their own. */
const NOT_NAMES = new Set(
  `The A An This That These Those It Its In On At For And But Or Of To From With By As If When While After Before
  Since During Today Yesterday Tomorrow Meanwhile However Also He She They We You I His Her Their Our My Your
  Le La Les Un Une Des Du De Il Elle Ils Nous Vous Je`.split(/\s+/),
);

const CAP_WORD = String.raw`\p{Lu}[\p{L}’'.-]*`;
/**
 * Two capitalised words or more: a single word ("The", "Cuba", most runs) is never a name of two words or more. A
 * run that starts inside a word the whole of which is a single-word run cannot go on to a second word either.
 */
const NAME_RUN = new RegExp(`${CAP_WORD}(?:\\s+${CAP_WORD})+`, 'gu');

/** The name in a run of capitalised words, titles removed; undefined when nothing like a name is left. */
export function cleanName(run: string): string | undefined {
  const words = run
    .trim()
    .replace(/[’']s$/u, '')
    .split(/\s+/)
    .map((w) => w.replace(/[.,;:]+$/u, (m) => (/^(?:Dr|Mr|Mrs|Ms|St|Jr)$/u.test(w.slice(0, -m.length)) ? m : '')));
  // Whatever stands up to the last title is the office, not the name: "United Nations Secretary-General António
  // Guterres" → "António Guterres".
  const isTitle = (w: string) => w.split('-').some((part) => TITLES.has(part));
  let lastTitle = -1;
  words.forEach((w, i) => isTitle(w) && i < words.length - 1 && (lastTitle = i));
  words.splice(0, lastTitle + 1);
  while (words.length && NOT_NAMES.has(words[0])) words.shift();
  if (!words.length || words.length > 4) return undefined;
  if (words.some((w) => NOT_NAMES.has(w))) return undefined;
  return words.join(' ');
}

export interface Mention {
  name: string;
  /** Position in the post's running text, to find the latest mention before a quote. */
  at: number;
}

/** Every name-like run of two to four capitalised words in a text, titles removed. */
export function mentionsIn(text: string, offset = 0): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    let at = offset + (m.index ?? 0);
    for (const run of splitSentences(m[0])) {
      const name = cleanName(run);
      if (name && name.includes(' ')) out.push({ name, at });
      at += run.length + 1;
    }
  }
  return out;
}

/** "…in the US. Jimmy Carter" is two runs: a full stop ends a sentence unless it ends an initial or "Dr.". */
export function splitSentences(run: string): string[] {
  return run.split(/(?<!\b(?:\p{Lu}|Dr|Mr|Mrs|Ms|St|Jr|Prof))\.\s+/u);
}

/**
 * The full name a short one stands for: the latest mention before `at` that holds it as a whole word, first or
 * last (`Xi` → `Xi Jinping`, `Skerrit` → `Roosevelt Skerrit`). A short name no earlier mention explains is left
 * as written.
 */
export function resolveName(short: string, mentions: readonly Mention[], at: number): string {
  if (short.includes(' ')) {
    const longer = [...mentions].reverse().find((m) => m.at < at && m.name !== short && m.name.includes(short));
    return longer && longer.name.split(' ').length <= 4 ? longer.name : short;
  }
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.at >= at) continue;
    const words = m.name.split(' ');
    if (words[0] === short || words[words.length - 1] === short) return m.name;
  }
  return short;
}
