/** What a reader of one input format gives the importer (readers.ts picks the reader by the file's content). */
import type { PostSource } from '../../core/post.js';
import type { LangOptions } from '../lang.js';

export interface ImportedPost {
  post: PostSource;
  /** Where the post starts in the input, for errors about it. */
  source: { file: string; line: number };
  /** The input's line numbers that went into this post, for the no-lost-text proof. */
  lineNumbers: number[];
}

export type ImportOptions = LangOptions;

export interface Reader {
  /** What it reads, for messages ("plain-text dump"). */
  name: string;
  /** Whether it reads a file that starts with `head` (its first 4 KB as UTF-8, perhaps cut mid-character). */
  accepts(head: string): boolean;
  /** The posts, in the input's order; errors are ContentErrors naming the input and its line. */
  read(file: string, options: ImportOptions): Promise<ImportedPost[]>;
}
