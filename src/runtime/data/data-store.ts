/** Where data files come from: fetched JSON, bundled modules, or (tests) memory. */
export interface DataStore {
  /** The file's parsed content; `undefined` when the archive has no such file. Rejects when it cannot be read. */
  read(name: string): Promise<unknown>;
}
