/**
 * Turns the lines of one post into blocks: paragraphs, quotations, lists, event details, captions, bylines,
 * section headings, and the reprinted pieces that hold some of them.
 */
import { type Block, type ReprintBlock, blockText } from '../../core/post.js';
import { type LangOptions, detectLang } from '../lang.js';
import {
  type Line,
  closesQuotation,
  datelineOutlet,
  endsWithColon,
  eventField,
  foldedWordsIn,
  isBullet,
  isHeadingLike,
  isOrigin,
  isWholeQuotation,
  opensDoubleQuotation,
  opensQuotation,
  stripBullet,
} from './lines.js';
import { isByline, isCaption, isPieceHeading } from './split-posts.js';
import { quotesLaterLines } from './later-text.js';
import { outletsIn } from './outlets.js';

type Kind = 'paragraph' | 'quote' | 'list' | 'event' | 'heading' | 'piece' | 'caption' | 'byline';

/** What each line is, judged with its neighbours in the post. */
function kindsOf(lines: readonly Line[]): Kind[] {
  const kinds = lines.map((line, i): Kind => {
    const t = line.text;
    if (isBullet(t)) return 'list';
    if (eventField(t)) return 'event';
    if (isByline(lines, i)) return 'byline';
    if (isCaption(lines, i)) return 'caption';
    if (isPieceHeading(lines, i)) return 'piece';
    if (isHeadingLike(t)) return 'heading';
    return isWholeQuotation(t) ? 'quote' : 'paragraph';
  });
  // A paragraph that announces a quotation ("Stansfield observes:") is followed by it; an opened quotation
  // runs on until a paragraph closes it.
  for (let i = 0; i + 1 < lines.length; i++) {
    if (kinds[i] !== 'paragraph' || !endsWithColon(lines[i].text) || kinds[i + 1] !== 'paragraph') continue;
    let k = i + 1;
    kinds[k] = 'quote';
    if (opensQuotation(lines[k].text)) {
      while (!closesQuotation(lines[k].text) && kinds[k + 1] === 'paragraph' && k - i < 6) kinds[++k] = 'quote';
    }
    i = k;
  }
  // A quotation over several paragraphs opens in the first and closes in the last; the paragraphs between
  // reopen it, or a byline under the last says whose it was.
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== 'paragraph' || !opensDoubleQuotation(lines[i].text) || closesQuotation(lines[i].text)) continue;
    for (let k = i + 1; k < lines.length && k - i < 6 && (kinds[k] === 'paragraph' || kinds[k] === 'quote'); k++) {
      if (closesQuotation(lines[k].text)) {
        const reopened = lines.slice(i + 1, k + 1).every((l) => opensQuotation(l.text));
        if (reopened || kinds[k + 1] === 'byline') kinds.fill('quote', i, k + 1);
        i = k;
        break;
      }
    }
  }
  return kinds;
}

interface ReprintPlan {
  /** Index of the first line of the reprinted text. */
  start: number;
  /** Index of the line that says where it first appeared, when it stands right before the piece. */
  origin?: number;
  outlets: string[];
}

/**
 * Where the reprinted text begins. Editors say it in one of three ways: a line right before it ("The following
 * article was originally published by …"), a lead that names the outlet and then introduces the piece at
 * length, or nothing but a dateline (`BEIJING, June 6 (Xinhua) —`). A lead that only quotes what comes later
 * ("In this interesting piece for People’s Dispatch …") marks a reprint too.
 */
function planReprint(lines: readonly Line[], kinds: readonly Kind[]): ReprintPlan | null {
  const originAt = lines.findIndex((l, i) => kinds[i] === 'paragraph' && isOrigin(l.text));
  if (originAt > 0) {
    return { start: originAt + 1, origin: originAt, outlets: outletsIn(lines[originAt].text) };
  }
  const lead = lines[0]?.text ?? '';
  const outlets = outletsIn(lead);
  // A paragraph sharing eight words or more with a later one: an introduction quoting its piece.
  const quotesLater = quotesLaterLines(lines, (l) => foldedWordsIn(l.text));
  let introEnd = -1;
  lines.forEach((l, i) => {
    if (kinds[i] === 'piece') return;
    const namesOutlet = outlets.some((o) => l.text.includes(o));
    if ((originAt === 0 && namesOutlet) || quotesLater[i]) introEnd = i;
  });
  if (introEnd >= 0 && introEnd + 1 < lines.length && (originAt === 0 || outlets.length)) {
    return { start: introEnd + 1, outlets };
  }
  const datelined = kinds.findIndex((k) => k === 'piece');
  if (datelined >= 0) return { start: datelined, outlets: [] };
  return null;
}

/** Groups consecutive lines of one kind into blocks (languages are filled in later). */
function group(lines: readonly Line[], kinds: readonly Kind[], from: number, to: number): Block[] {
  const blocks: Block[] = [];
  for (let i = from; i < to; i++) {
    const t = lines[i].text;
    const last = blocks[blocks.length - 1];
    const sameRun = i > from && kinds[i - 1] === kinds[i] && lines[i - 1].n === lines[i].n - 1;
    switch (kinds[i]) {
      case 'list':
        if (last?.kind === 'list' && sameRun) last.items.push(stripBullet(t));
        else blocks.push({ kind: 'list', lang: '', items: [stripBullet(t)] });
        break;
      case 'event': {
        const field = eventField(t)!;
        if (last?.kind === 'event' && sameRun) last.fields.push(field);
        else blocks.push({ kind: 'event', lang: '', fields: [field] });
        break;
      }
      case 'quote':
        if (last?.kind === 'quote' && kinds[i - 1] === 'quote') last.paragraphs.push(t);
        else blocks.push({ kind: 'quote', lang: '', paragraphs: [t] });
        break;
      case 'byline':
        if (last?.kind === 'byline') last.lines.push(t);
        else blocks.push({ kind: 'byline', lang: '', lines: [t] });
        break;
      case 'caption':
        blocks.push({ kind: 'caption', lang: '', text: t });
        break;
      case 'heading':
      case 'piece':
        blocks.push({ kind: 'heading', lang: '', text: t });
        break;
      default:
        blocks.push({ kind: 'paragraph', lang: '', text: t });
    }
  }
  return blocks;
}

/** Splits the reprinted text into pieces: a new piece starts at each heading followed by a dateline or author. */
function pieces(lines: readonly Line[], kinds: readonly Kind[], plan: ReprintPlan): ReprintBlock[] {
  const starts = [plan.start];
  for (let i = plan.start + 1; i < lines.length; i++) if (kinds[i] === 'piece') starts.push(i);
  return starts.map((start, p) => {
    const end = starts[p + 1] ?? lines.length;
    const headed = kinds[start] === 'piece' || (p === 0 && kinds[start] === 'heading');
    const agency = datelineOutlet(lines[headed ? start + 1 : start]?.text ?? '');
    // `(Xinhua)` in a dateline is the "Xinhua News Agency" the origin line named.
    const dateline = agency && (plan.outlets.find((o) => o.split(/\s+/).includes(agency)) ?? agency);
    // Several outlets named in one line ("Radio Havana and Global Times") go to the pieces in order.
    const outlet = dateline ?? (plan.outlets.length > 1 ? plan.outlets[p] : p === 0 ? plan.outlets[0] : undefined);
    const piece: ReprintBlock = {
      kind: 'reprint',
      lang: '',
      blocks: group(lines, kinds, headed ? start + 1 : start, end),
    };
    if (headed) piece.heading = lines[start].text;
    if (p === 0 && plan.origin !== undefined) piece.origin = lines[plan.origin].text;
    if (outlet) piece.outlet = outlet;
    return piece;
  });
}

/** A block's text for language detection: a reprinted piece's heading and body (its origin line is the editor's). */
function textOf(block: Block): string {
  return block.kind === 'reprint'
    ? [block.heading ?? '', ...block.blocks.map(textOf)].join(' ')
    : blockText(block).join(' ');
}

/** Detects each block's language; short blocks (names, headings) take the language of the block before. */
function fillLanguages(blocks: Block[], fallback: string, options: LangOptions): void {
  let previous = fallback;
  for (const block of blocks) {
    if (block.kind === 'reprint') {
      block.lang = detectLang(textOf(block), previous, options);
      if (block.origin) {
        const originLang = detectLang(block.origin, previous, options);
        if (originLang !== block.lang) block.originLang = originLang;
      }
      fillLanguages(block.blocks, block.lang, options);
    } else {
      // Event details are labels and times, not prose: they are in the language around them.
      block.lang = block.kind === 'event' ? previous : detectLang(textOf(block), previous, options);
    }
    previous = block.lang;
  }
}

/** Main language of a post: the language most of its letters are in. */
function mainLanguage(blocks: readonly Block[], fallback: string): string {
  const letters = new Map<string, number>();
  const count = (list: readonly Block[]) => {
    for (const b of list) {
      if (b.kind === 'reprint') count(b.blocks);
      else letters.set(b.lang, (letters.get(b.lang) ?? 0) + textOf(b).length);
    }
  };
  count(blocks);
  return [...letters].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
}

export interface PostBody {
  blocks: Block[];
  lang: string;
  outlets: string[];
}

/** Blocks of a post's body lines, with languages and the outlets its reprinted pieces came from. */
export function buildBody(title: Line, lines: readonly Line[], options: LangOptions = {}): PostBody {
  const kinds = kindsOf(lines);
  const plan = planReprint(lines, kinds);
  const blocks = plan
    ? [...group(lines, kinds, 0, plan.origin ?? plan.start), ...pieces(lines, kinds, plan)]
    : group(lines, kinds, 0, lines.length);
  const titleLang = detectLang(title.text, options.candidates?.[0] ?? 'en', options);
  fillLanguages(blocks, titleLang, options);
  const outlets = new Set<string>(plan?.outlets);
  for (const b of blocks) if (b.kind === 'reprint' && b.outlet) outlets.add(b.outlet);
  return { blocks, lang: mainLanguage(blocks, titleLang), outlets: [...outlets] };
}
