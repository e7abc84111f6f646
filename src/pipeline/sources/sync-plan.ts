/**
 * Sync, not just import: what to do with a content folder given what the source says now. A pure function: it
 * reads nothing and writes nothing; the plan lists each file to write, with its text, and why.
 *
 * Each imported file carries `sourceId` and `url` (how a later import finds it), `sourceHash` (the source's item
 * as last imported) and `importHash` (the file as the importer wrote it). So for each post the source has:
 * - not in the folder → **add** (a new file, its id made unique in the folder);
 * - in the folder, untouched since imported → **update** when the source changed it, else **unchanged**;
 * - edited here, unchanged upstream → **keep** the edit;
 * - edited here and upstream, or written by hand → **conflict**: the file stays as it is and the source's
 *   version is written beside it (`name.md.upstream`, which the build does not read) to merge by hand; the
 *   merged file takes the `sourceHash` line of the upstream version, and from then on counts as kept.
 *   Never overwritten silently, and the person merging has both versions at hand (skipping would leave them
 *   to fetch the upstream text themselves).
 * And for each imported post of this source that the source no longer has → **gone**: reported, kept, deleted
 * only with `prune` and only when untouched. A feed lists its latest posts only: a post missing from a feed is
 * not gone (**absent**, counted, nothing done).
 * An updated post keeps its id (and file) even if the site changed its slug: partner pages embed the id.
 */
import type { PostSource } from '../../core/post.js';
import { type ExistingPost, describeExisting, sourcePostToMarkdown } from './front-matter.js';
import type { SourceSummary } from './types.js';

export type SyncAction =
  | { kind: 'add'; file: string; id: string; title: string; text: string }
  | { kind: 'update'; file: string; id: string; text: string; changed: string[]; note?: string }
  | { kind: 'unchanged'; file: string; id: string }
  | { kind: 'keep'; file: string; id: string }
  | { kind: 'conflict'; file: string; id: string; beside: string; text: string; reason: string }
  | { kind: 'gone'; file: string; id: string; reason: string; edited: boolean; remove: boolean }
  | { kind: 'absent'; file: string; id: string };

export interface SyncInput {
  existing: readonly ExistingPost[];
  incoming: readonly PostSource[];
  /** Whether the source lists every post (an export), which posts it holds back, and its site. */
  source: Pick<SourceSummary, 'complete' | 'withheld' | 'site'>;
}

export interface SyncOptions {
  /** Delete the files of posts gone upstream (only files nobody edited). */
  prune?: boolean;
}

/** How a post held back upstream is, in "now … upstream". */
const STATE: Record<string, string> = {
  draft: 'a draft',
  'auto-draft': 'a draft',
  pending: 'pending review',
  scheduled: 'scheduled',
  private: 'private',
  trash: 'in the trash',
  'password-protected': 'password-protected',
};

/** Front matter keys whose change is worth a word in the summary (hashes and ids are not). */
const SHOWN_KEYS = ['title', 'lang', 'url', 'date', 'authors', 'categories', 'tags', 'sources', 'truncated'];

/** One address, however written: scheme, `www.`, trailing slash and letter case of the host aside. */
function addressKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return `${u.host.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return url;
  }
}

const hostOf = (url: string | undefined) => addressKey(url)?.split('/')[0];

function changedKeys(before: ExistingPost, after: ExistingPost): string[] {
  const keys = SHOWN_KEYS.filter((k) => JSON.stringify(before.fields[k]) !== JSON.stringify(after.fields[k]));
  return before.body === after.body ? keys : [...keys, 'text'];
}

export function planSync({ existing, incoming, source }: SyncInput, options: SyncOptions = {}): SyncAction[] {
  const bySource = new Map(existing.filter((e) => e.sourceId).map((e) => [e.sourceId!, e]));
  const byAddress = new Map(existing.filter((e) => e.url).map((e) => [addressKey(e.url)!, e]));
  const usedIds = new Set(existing.map((e) => e.id));
  const numbers = existing.map((e) => /^(\d+)-/.exec(e.file)?.[1]).filter((n): n is string => !!n);
  const width = Math.max(3, ...numbers.map((n) => n.length));
  let next = Math.max(0, ...numbers.map(Number)) + 1;
  const matched = new Set<ExistingPost>();
  const actions: SyncAction[] = [];

  for (const post of incoming) {
    let match = (post.sourceId && bySource.get(post.sourceId)) || byAddress.get(addressKey(post.url) ?? '');
    if (match && matched.has(match)) match = undefined;
    if (!match) {
      let id = post.id;
      for (let n = 2; usedIds.has(id); n++) id = `${post.id}-${n}`;
      usedIds.add(id);
      const file = `${String(next++).padStart(width, '0')}-${id}.md`;
      actions.push({ kind: 'add', file, id, title: post.title, text: sourcePostToMarkdown({ ...post, id }) });
      continue;
    }
    matched.add(match);
    const { file, id } = match;
    const text = sourcePostToMarkdown({ ...post, id });
    const beside = `${file}.upstream`;
    if (match.edited) {
      // A file merged by hand carries the sourceHash of the version it was merged with.
      if (match.sourceHash === post.sourceHash) actions.push({ kind: 'keep', file, id });
      else {
        const reason = match.imported ? 'edited here and changed upstream' : 'written by hand, not by the importer';
        actions.push({ kind: 'conflict', file, id, beside, text, reason });
      }
    } else {
      const after = describeExisting(file, text);
      if (after.fields.importHash === match.fields.importHash) actions.push({ kind: 'unchanged', file, id });
      else {
        const note = post.id !== id ? `the site’s slug is now “${post.id}”; the id stays “${id}”` : undefined;
        actions.push({ kind: 'update', file, id, text, changed: changedKeys(match, after), ...(note && { note }) });
      }
    }
  }

  // Posts of this source that it no longer lists.
  const withheld = new Map<string, string>();
  for (const w of source.withheld) {
    withheld.set(w.sourceId, w.reason);
    if (w.url) withheld.set(addressKey(w.url)!, w.reason);
  }
  const hosts = new Set(
    [
      source.site,
      ...incoming.flatMap((p) => [p.sourceId, p.url]),
      ...source.withheld.flatMap((w) => [w.sourceId, w.url]),
    ]
      .map(hostOf)
      .filter(Boolean),
  );
  for (const e of existing) {
    if (matched.has(e) || !e.sourceId) continue;
    const reason = withheld.get(e.sourceId) ?? withheld.get(addressKey(e.url) ?? '');
    if (!reason && !hosts.has(hostOf(e.sourceId)) && !hosts.has(hostOf(e.url))) continue;
    if (!reason && !source.complete) {
      actions.push({ kind: 'absent', file: e.file, id: e.id });
      continue;
    }
    const why = reason ? `now ${STATE[reason] ?? reason} upstream` : 'no longer in the export';
    const { file, id, edited } = e;
    actions.push({ kind: 'gone', file, id, reason: why, edited, remove: !!options.prune && !edited });
  }
  return actions;
}
