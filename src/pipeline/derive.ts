/** What the build derives from the sources: per post an excerpt, word count, reading time, languages, links. */
import { type Article, type ArticleSummary, type PostSource, blockText, walkBlocks } from '../core/post.js';
import { countWords, excerptOf, readingMinutes } from '../core/text.js';

/** Languages of a post's text by amount of text, its main language first. */
function languagesOf(post: PostSource): string[] {
  const size = new Map<string, number>([[post.lang, 0]]);
  for (const b of walkBlocks(post.blocks)) {
    // The length of the block's lines joined by spaces, without joining them.
    const lines = blockText(b);
    const length = lines.reduce((n, t) => n + t.length, Math.max(0, lines.length - 1));
    size.set(b.lang, (size.get(b.lang) ?? 0) + length);
  }
  return [
    post.lang,
    ...[...size]
      .filter(([l]) => l !== post.lang)
      .sort((a, b) => b[1] - a[1])
      .map(([l]) => l),
  ];
}

/** The excerpt is the opening of the post: its first paragraph in the post's own language, else the first at all. */
function excerptFor(post: PostSource): string {
  const paragraphs = [...walkBlocks(post.blocks)].filter((b) => b.kind === 'paragraph');
  const first = paragraphs.find((b) => b.lang === post.lang) ?? paragraphs[0];
  return first ? excerptOf(first.text) : '';
}

export function deriveArticles(posts: readonly PostSource[]): Article[] {
  const byId = new Map(posts.map((p) => [p.id, p]));
  // Translation links go both ways: the original lists its translations too; each once, whichever side says it.
  const translations = new Map<string, Set<PostSource>>(posts.map((p) => [p.id, new Set()]));
  for (const p of posts) {
    const original = p.translationOf && byId.get(p.translationOf);
    if (!original || original === p) continue;
    translations.get(p.id)!.add(original);
    translations.get(original.id)!.add(p);
  }
  return posts.map((post): Article => {
    const words = [...walkBlocks(post.blocks)].reduce(
      (n, b) => n + blockText(b).reduce((m, t) => m + countWords(t, b.lang), 0),
      countWords(post.title, post.lang),
    );
    const summary: ArticleSummary = {
      id: post.id,
      title: post.title,
      lang: post.lang,
      excerpt: excerptFor(post),
      words,
      readingMinutes: readingMinutes(words),
      languages: languagesOf(post),
      sources: post.sources,
      translations: [...translations.get(post.id)!].map((t) => ({
        id: t.id,
        lang: t.lang,
        title: t.title,
        ...(t.url && { url: t.url }),
      })),
      truncated: post.truncated,
    };
    if (post.url) summary.url = post.url;
    if (post.date) summary.date = post.date;
    return { ...summary, blocks: post.blocks };
  });
}

export function summaryOf({ blocks: _blocks, ...summary }: Article): ArticleSummary {
  return summary;
}
