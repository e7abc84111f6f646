/** An error in an input file, naming the file and line so an editor can go straight to it. */
export class ContentError extends Error {
  constructor(
    readonly reason: string,
    readonly file: string,
    readonly line: number,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'ContentError';
  }
}
