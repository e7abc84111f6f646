/** What an import and a sync print: counts first, then one line per thing a person should look at. */
import type { SyncAction } from './sync-plan.js';
import { FORMAT_NAMES, type SourceSummary } from './types.js';

/** How the summary names each reason to skip an item: one, many. */
const SKIPPED: Record<string, [string, string]> = {
  draft: ['draft', 'drafts'],
  'auto-draft': ['auto-draft', 'auto-drafts'],
  pending: ['post pending review', 'posts pending review'],
  scheduled: ['scheduled post', 'scheduled posts'],
  private: ['private post', 'private posts'],
  trash: ['post in the trash', 'posts in the trash'],
  'password-protected': ['password-protected post', 'password-protected posts'],
  page: ['page', 'pages'],
  attachment: ['attachment', 'attachments'],
  'menu item': ['menu item', 'menu items'],
  'reusable block': ['reusable block', 'reusable blocks'],
  revision: ['revision', 'revisions'],
  empty: ['post without text', 'posts without text'],
};

const countOf = (n: number, [one, many]: readonly [string, string]): string => `${n} ${n === 1 ? one : many}`;

export function formatSourceSummary(summary: SourceSummary): string {
  const what = summary.format ? FORMAT_NAMES[summary.format] : 'source';
  const named = [summary.title && `“${summary.title}”`, summary.site && `(${summary.site})`].filter(Boolean).join(' ');
  const skipped = Object.entries(summary.skipped)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => countOf(n, SKIPPED[reason] ?? [reason, reason]));
  const head = `${what}${named ? ` ${named}` : ''}: ${countOf(summary.imported, ['post', 'posts'])} imported${
    skipped.length ? `; skipped ${skipped.join(', ')}` : ''
  }`;
  return [head, ...summary.lines.map((l) => `  ${l}`)].join('\n');
}

const LABELS: Record<SyncAction['kind'], [string, string]> = {
  add: ['added', 'added'],
  update: ['updated', 'updated'],
  unchanged: ['unchanged', 'unchanged'],
  keep: ['kept (edited here)', 'kept (edited here)'],
  conflict: ['conflict', 'conflicts'],
  gone: ['gone upstream', 'gone upstream'],
  absent: ['not in this feed', 'not in this feed'],
};

function line(action: SyncAction): string | undefined {
  switch (action.kind) {
    case 'add':
      return `  added     ${action.file}  “${action.title}”`;
    case 'update':
      return `  updated   ${action.file}  (${action.changed.join(', ') || 'formatting'})${action.note ? `; ${action.note}` : ''}`;
    case 'keep':
      return `  kept      ${action.file}  edited here, unchanged upstream`;
    case 'conflict':
      return `  CONFLICT  ${action.file}  ${action.reason}: left as it is; the source’s version is in ${action.beside}: merge by hand, then copy its sourceHash line`;
    case 'gone':
      return action.remove
        ? `  deleted   ${action.file}  ${action.reason}`
        : `  gone      ${action.file}  ${action.reason}: kept${action.edited ? ' (edited here: prune keeps it too)' : ' (prune deletes it)'}`;
    default:
      return undefined;
  }
}

export function formatPlan(actions: readonly SyncAction[]): string {
  const counts = new Map<SyncAction['kind'], number>();
  for (const a of actions) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  const head = [...counts].map(([kind, n]) => `${n} ${LABELS[kind][n === 1 ? 0 : 1]}`).join(', ') || 'nothing to do';
  const lines = actions.map(line).filter((l): l is string => !!l);
  const absent = counts.get('absent');
  if (absent) {
    lines.push(
      `  ${countOf(absent, ['post', 'posts'])} of this site not in the feed (a feed lists only its latest): left as they are`,
    );
  }
  return [`sync: ${head}`, ...lines].join('\n');
}
