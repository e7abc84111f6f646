/** Posts from a publisher's CMS: WordPress exports and feeds read as posts, and synced into a content folder. */
export { readSource, readSourceAll } from './read-source.js';
export { type ExistingPost, describeExisting, importHashOf, sourcePostToMarkdown } from './front-matter.js';
export { type SyncAction, type SyncInput, type SyncOptions, planSync } from './sync-plan.js';
export { formatPlan, formatSourceSummary } from './summary.js';
export type { ReadOptions, SourceFormat, SourcePost, SourceRead, SourceSummary, WithheldItem } from './types.js';
