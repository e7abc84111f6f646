import { msg, str } from '@lit/localize';
import { languageName } from '../../i18n/language-names.js';

/** What a carousel holds, as far as its name can say. */
export interface Holding {
  /** A blogger's own blockquotes, not the archive's quotes. */
  own: boolean;
  /** The speakers of the quotes shown, each once. */
  speakers: string[];
  /** The `article` filter's post title, once known. */
  title?: string;
  /** The filters as written. */
  article?: string;
  speaker?: string;
  query?: string;
  language?: string;
}

/** Speakers in a name: one to three, as the UI language lists them ("Ada and Grace"). */
function speakersOf(names: string[], ui: string): string | undefined {
  return names.length && names.length <= 3 ? new Intl.ListFormat(ui, { type: 'conjunction' }).format(names) : undefined;
}

function languageOf(code: string, ui: string): string {
  try {
    return languageName(code, ui);
  } catch {
    return code; // not a language tag: Intl.DisplayNames throws
  }
}

const quotesBy = (speaker: string) =>
  msg(str`Quotes by ${speaker}`, {
    desc: 'Quote carousel: spoken name (aria-label) of a carousel showing one person’s quotes. ${speaker} is the name as the post gives it (e.g. "Xi Jinping"), or a list of two or three names already joined ("Ada and Grace").',
  });

/**
 * The carousel's default accessible name, true to what it holds: a blogger's own quotes are "Selected quotes" (or
 * "Quotes by Ada" when one person said them all), never "from the archive"; a filtered carousel names its filter
 * (the post, the speaker, the search, the language — the first that applies); an unfiltered one "Quotes from the
 * archive".
 */
export function defaultName(h: Holding, ui: string): string {
  const speakers = speakersOf(h.speakers, ui);
  if (h.own) {
    return h.speakers.length === 1
      ? quotesBy(h.speakers[0])
      : msg('Selected quotes', {
          desc: 'Quote carousel: spoken name (aria-label) of a carousel showing quotes the site’s author chose and wrote into the page (not taken from the archive).',
        });
  }
  if (h.article && h.title) {
    const title = h.title;
    return msg(str`Quotes from “${title}”`, {
      desc: 'Quote carousel: spoken name (aria-label) of a carousel showing the quotes of one post. ${title} is the post’s title, in its own language; quote it as titles are quoted in your language.',
    });
  }
  if (h.speaker) return quotesBy(speakers ?? h.speaker);
  if (h.query) {
    const query = h.query;
    return msg(str`Quotes from posts about “${query}”`, {
      desc: 'Quote carousel: spoken name (aria-label) of a carousel showing quotes from the posts a search finds. ${query} is the search words as the site wrote them.',
    });
  }
  if (h.language) {
    const language = languageOf(h.language, ui);
    return msg(str`Quotes in ${language}`, {
      desc: 'Quote carousel: spoken name (aria-label) of a carousel showing quotes in one language. ${language} is the name of that language in the UI language, as used inside a sentence (fr "français", es "francés", zh-Hans "法语").',
    });
  }
  return msg('Quotes from the archive', {
    desc: 'Quote carousel: spoken name (aria-label) of a carousel showing quotes picked from every post of the site’s archive, with no filter. Say “archive” as a blog’s collection of past posts; do not claim a selection.',
  });
}
