/** A pull quote: verbatim from a post, with its speaker when the post names one. */
export interface Quote {
  /** The words, exactly as the post has them (a long quotation may end early, at a sentence end). */
  text: string;
  /** Who said or wrote it, as the post names them (short names made full); absent when the post does not say. */
  speaker?: string;
  articleId: string;
  /** The post's title and address, so that a caption can name and link it without loading the post. */
  articleTitle: string;
  articleUrl?: string;
  lang: string;
  /** Where it stands: the block's index path (into reprinted pieces) and the offset in that block's text. */
  position: { block: number[]; start: number };
  /** The quotation goes on in the post beyond `text`. */
  trimmed?: boolean;
}
