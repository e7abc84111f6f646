/**
 * Who said a quotation, from the words around it, the way a reader finds out: "Xi said: “…”", "“…,” said Xi",
 * "Wang Yi, the foreign minister, stated that “…”", "according to Cathi, “…”", "Stansfield observes:" before a
 * block quotation, a byline after it. Nothing else: a quotation the text does not attribute has no speaker.
 */
import { cleanName, splitSentences } from './names.js';

/** Verbs that say someone spoke or wrote, English and French. */
const VERB = String.raw`(?:said|says|added|adds|wrote|writes|stated|states|noted|notes|observed|observes|points to|summari[sz]ed|made the following (?:note|remark|statement|comment)|told|continued|continues|declared|declares|explained|explains|recalled|recalls|concluded|concludes|remarked|stressed|stresses|emphasi[sz]ed|insisted|replied|asked|argued|argues|urged|reported|reports|warned|pointed out|a dit|a déclaré|déclare|écrit|a écrit|affirme|a affirmé|souligne|a souligné|ajoute|a ajouté)`;
/**
 * A name: capitalised words, possibly with titles in front (removed later); never right after a preposition
 * ("a journalist traveling in India reported" does not make India the speaker).
 */
const NAME_WORDS = String.raw`((?:\p{Lu}[\p{L}’'.-]*\s+){0,5}\p{Lu}[\p{L}’'.-]*)`;
const NAME = String.raw`(?<!\b(?:in|at|on|to|from|of|with|by|for|into|across|about|dans|en|à|de|du|des|pour|par|avec)\s)${NAME_WORDS}`;
/** A pronoun standing for the last speaker named. */
const PRONOUN = String.raw`(He|She|They|Il|Elle)`;

/** Attribution in front of a quotation: the end of the text before it. */
const BEFORE = [
  // Xi said: “ / Xi said that “ / Jimmy Carter said “ / Carter said the US “
  new RegExp(`${NAME}\\s+${VERB}(?:\\s+[^.!?“”"«»]{0,80})?[,:]?\\s*$`, 'u'),
  // Wang Yi, the foreign minister of …, stated at the airport, “
  new RegExp(
    `${NAME},\\s[^.!?“”"«»]{3,120},\\s+${VERB}(?:\\s+(?:that|in|to|at|on)\\b[^.!?“”"«»]{0,80})?[,:]?\\s*$`,
    'u',
  ),
  // According to Cathi, “ / Selon X, «
  new RegExp(`(?:[Aa]ccording to|[Ss]elon|[Ii]n the words of)\\s+${NAME_WORDS}[,:]?\\s*$`, 'u'),
  // Djibo Bakary: “
  new RegExp(`(?:^|[.!?]\\s+)${NAME}:\\s*$`, 'u'),
];
const BEFORE_PRONOUN = new RegExp(`(?:^|[.!?]\\s+)${PRONOUN}\\s+${VERB}(?:\\s+that)?[,:]?\\s*$`, 'u');

/** Attribution after a quotation: the start of the text after it (the quotation ends in , ! ? or …). */
const AFTER = [
  // ”, Xi said. / ,” Xi said.
  new RegExp(`^[,]?\\s*${NAME}\\s+${VERB}\\b`, 'u'),
  // ”, said Xi Jinping.
  new RegExp(`^[,]?\\s*${VERB}\\s+${NAME}`, 'u'),
];
const AFTER_PRONOUN = new RegExp(`^[,]?\\s*${PRONOUN}\\s+${VERB}\\b`, 'u');

export type Attribution = { name: string } | { pronoun: true } | undefined;

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
  return BEFORE_PRONOUN.test(before) ? { pronoun: true } : undefined;
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

/** The speaker a paragraph that introduces a block quotation names ("Stansfield observes:", "He continued:"). */
export function speakerOfIntroduction(paragraph: string): Attribution {
  if (!/:\s*$/u.test(paragraph)) return undefined;
  const sentence = paragraph.split(/(?<=[.!?])\s+/u).pop() ?? paragraph;
  const m = new RegExp(`${NAME}\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${VERB}\\b`, 'u').exec(sentence);
  if (m) {
    const found = named(m[1]);
    if (found) return found;
  }
  return new RegExp(`^${PRONOUN}\\s+${VERB}\\b`, 'u').test(sentence) ? { pronoun: true } : undefined;
}

/** The last person a paragraph has speak, quoted or not ("Xi said that during his state visit …"). */
export function speakerOfSentence(paragraph: string): Attribution {
  let last: Attribution;
  for (const m of paragraph.matchAll(new RegExp(`(?:^|[.!?]\\s+|,\\s+)${NAME}\\s+${VERB}\\b`, 'gu'))) {
    last = named(m[1]) ?? last;
  }
  return last;
}
