/**
 * Who said a quotation, from the words around it, the way a reader finds out: "Xi said: “…”", "“…,” said Xi",
 * "Wang Yi, the foreign minister, stated that “…”", "according to Cathi, “…”", "Stansfield observes:" before a
 * block quotation, a byline after it, "as the author points out, “…”" (the author the post names). A quotation
 * introduced by someone the text does not name ("a journalist reported:", "the article adds:") has no speaker.
 */
import { cleanName, splitSentences } from './names.js';

/** Verbs that say someone spoke or wrote, English and French. */
export const VERB = String.raw`(?:said|says|added|adds|wrote|writes|stated|states|noted|notes|observed|observes|points to|points out|point out|summari[sz]ed|made the following (?:note|remark|statement|comment)|told|continued|continues|declared|declares|explained|explains|recalled|recalls|concluded|concludes|conclude|remarked|stressed|stresses|emphasi[sz]ed|insisted|replied|asked|argued|argues|urged|reported|reports|warned|pointed out|describes|described|reiterates|a dit|a déclaré|déclare|écrit|a écrit|affirme|a affirmé|souligne|a souligné|ajoute|a ajouté|conclut|concluent)`;
/**
 * A name: capitalised words, possibly with titles in front (removed later), taken from the start of the run of
 * capitalised words; never right after a preposition ("a journalist traveling in India reported" does not make
 * India the speaker, nor "in New York said" York).
 */
const NAME_WORDS = String.raw`((?:\p{Lu}[\p{L}’'.-]*\s+){0,5}\p{Lu}[\p{L}’'.-]*)`;
// The lookahead changes no match: it only spares the two lookbehinds at every position that starts no name.
const NAME = String.raw`(?=\p{Lu})(?<!\b(?:in|at|on|to|from|of|with|by|for|into|across|about|dans|en|à|de|du|des|pour|par|avec)\s)(?<!\p{Lu}[\p{L}’'.-]*\s)${NAME_WORDS}`;
/** A pronoun standing for the last speaker named. */
const PRONOUN = String.raw`(He|She|They|Il|Elle)`;
/** The writer of the piece the post presents, not named in the sentence: "the author", "the authors". */
const AUTHOR = String.raw`(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:authors?|writers?)|[Ll]’auteur|[Ll]es auteurs`;
/** A document that speaks for its source: "a 1922 report from US Naval Intelligence noted". */
const DOCUMENT = String.raw`\b(?:report|statement|article|editorial|letter|message|communiqué|cable|memo)\s+(?:from|by|of)\s+${NAME_WORDS}`;
/** What may stand between the verb and the quotation: "said at the airport", "noted with concern". */
const TAIL = String.raw`(?:\s+[^.!?“”"«»]{0,80})?[,:]?\s*$`;

/** Attribution in front of a quotation: the end of the text before it. */
const BEFORE = [
  // Xi said: “ / Xi said that “ / Jimmy Carter said “ / Carter said the US “
  new RegExp(`${NAME}\\s+${VERB}${TAIL}`, 'u'),
  // Wang Yi, the foreign minister of …, stated at the airport, “
  new RegExp(
    `${NAME},\\s[^.!?“”"«»]{3,120},\\s+${VERB}(?:\\s+(?:that|in|to|at|on)\\b[^.!?“”"«»]{0,80})?[,:]?\\s*$`,
    'u',
  ),
  // According to Cathi, “ / Selon X, «
  new RegExp(`(?:[Aa]ccording to|[Ss]elon|[Ii]n the words of)\\s+${NAME_WORDS}[,:]?\\s*$`, 'u'),
  // Djibo Bakary: “
  new RegExp(`(?:^|[.!?]\\s+)${NAME}:\\s*$`, 'u'),
  // A 1922 report from US Naval Intelligence noted with concern: “
  new RegExp(`${DOCUMENT}\\s+${VERB}${TAIL}`, 'u'),
];
const BEFORE_PRONOUN = new RegExp(`(?:^|[.!?]\\s+)${PRONOUN}\\s+${VERB}(?:\\s+that)?[,:]?\\s*$`, 'u');
const BEFORE_AUTHOR = new RegExp(`(?:^|[.!?,]\\s+|\\b[Aa]s\\s+)(?:${AUTHOR})\\s+${VERB}${TAIL}`, 'u');
/** Any verb of saying right before: someone speaks, named or not ("a journalist reported:", "it concludes:"). */
const BEFORE_SOMEONE = new RegExp(`\\b${VERB}${TAIL}`, 'u');

/** Attribution after a quotation: the start of the text after it (the quotation ends in , ! ? or …). */
const AFTER = [
  // ”, Xi said. / ,” Xi said.
  new RegExp(`^[,]?\\s*${NAME}\\s+${VERB}\\b`, 'u'),
  // ”, said Xi Jinping.
  new RegExp(`^[,]?\\s*${VERB}\\s+${NAME}`, 'u'),
];
const AFTER_PRONOUN = new RegExp(`^[,]?\\s*${PRONOUN}\\s+${VERB}\\b`, 'u');

export type Attribution =
  | { name: string }
  | { pronoun: true }
  /** The writer of the piece the post presents. */
  | { author: true }
  /** Someone speaks whom the text does not name. */
  | { unnamed: true }
  | undefined;

function named(run: string | undefined): Attribution {
  const name = run && cleanName(run);
  return name ? { name } : undefined;
}

/** The speaker named just before a quotation (`before` is the text of its sentence up to the opening mark). */
export function speakerBefore(before: string): Attribution {
  for (const re of BEFORE) {
    const m = re.exec(before);
    if (m) {
      // Only the last sentence counts: "…in Havana. Xi said:" names Xi, not Havana.
      const found = named(splitSentences(m[1]).pop());
      if (found) return found;
    }
  }
  if (BEFORE_PRONOUN.test(before)) return { pronoun: true };
  if (BEFORE_AUTHOR.test(before)) return { author: true };
  return BEFORE_SOMEONE.test(before) ? { unnamed: true } : undefined;
}

/** The speaker named just after a quotation (`after` is the text after its closing mark). */
export function speakerAfter(after: string): Attribution {
  for (const re of AFTER) {
    const m = re.exec(after);
    if (m) {
      const found = named(m[1]);
      if (found) return found;
    }
  }
  return AFTER_PRONOUN.test(after) ? { pronoun: true } : undefined;
}

/**
 * Whether a quotation that starts in lower case is still a whole statement: announced by a colon ("noted with
 * concern: “the present …”", "the mass line: “take the ideas …”") or by "as X points out, “today China presents
 * …”". Not "Cathi describes Ji Hye as “continuing …”" nor "Carter said the US “has wasted …”": half sentences.
 */
export function introducesClause(before: string): boolean {
  return /[\p{L}\p{N})]:\s*$/u.test(before) || AS_X_SAYS.test(before);
}
const AS_X_SAYS = new RegExp(`(?:^\\s*|[.!?,;]\\s+)(?:[Aa]s|[Cc]omme)\\s+[^.!?“”"«»,;:]{1,60}?\\s+${VERB},\\s*$`, 'u');

/**
 * The speaker a paragraph that introduces a block quotation names ("Stansfield observes:", "He continued:",
 * "the authors conclude:"); `{ unnamed }` for "a journalist … reported:" or "The article adds:".
 */
export function speakerOfIntroduction(paragraph: string): Attribution {
  if (!/:\s*$/u.test(paragraph)) return undefined;
  const sentence = paragraph.split(/(?<=[.!?])\s+/u).pop() ?? paragraph;
  for (const re of INTRODUCTION) {
    const m = re.exec(sentence);
    const found = m && named(m[1]);
    if (found) return found;
  }
  if (INTRODUCTION_PRONOUN.test(sentence)) return { pronoun: true };
  if (INTRODUCTION_AUTHOR.test(sentence)) return { author: true };
  return SOME_VERB.test(sentence) ? { unnamed: true } : undefined;
}
// Compiled once: these run on every paragraph of every post.
const INTRODUCTION = [
  new RegExp(`${NAME}\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${VERB}\\b`, 'u'),
  new RegExp(`${DOCUMENT}\\s+${VERB}\\b`, 'u'),
];
const INTRODUCTION_PRONOUN = new RegExp(`^${PRONOUN}\\s+${VERB}\\b`, 'u');
const INTRODUCTION_AUTHOR = new RegExp(`(?:^|\\s)(?:${AUTHOR})\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${VERB}\\b`, 'u');
const SOME_VERB = new RegExp(`\\b${VERB}\\b`, 'u');

const SUBJECT_SAYS = new RegExp(`(?:^|[.!?]\\s+|,\\s+)${NAME}\\s+${VERB}\\b`, 'gu');

/** The last person a paragraph has speak, quoted or not ("Xi said that during his state visit …"). */
export function speakerOfSentence(paragraph: string): Attribution {
  let last: Attribution;
  for (const m of paragraph.matchAll(SUBJECT_SAYS)) {
    last = named(m[1]) ?? last;
  }
  return last;
}
