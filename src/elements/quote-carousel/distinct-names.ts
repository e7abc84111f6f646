import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatNumber } from '../../i18n/plural.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Each connected carousel and its default name (`undefined` while its `label` names it). */
const defaults = new Map<Host, string | undefined>();

const inPageOrder = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);

/**
 * Keeps landmark names distinct on a page: a default name that an earlier carousel on the page has already gets its
 * number, "Quotes from the archive (2)", so a screen reader's list of landmarks tells them apart (axe
 * `landmark-unique`). A name the partner gave (`label`) is theirs: never numbered.
 */
export class DistinctNameController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    defaults.set(this.host, undefined);
  }

  hostDisconnected(): void {
    const had = defaults.get(this.host);
    defaults.delete(this.host);
    if (had !== undefined) this.updateOthers();
  }

  /** The accessible name: the partner's `label` as given, else `base`, numbered after its first holder. */
  name(base: string, label?: string): string {
    const own = label ? undefined : base;
    // A carousel that left the page may still render once (its load ending): it does not count.
    if (this.host.isConnected && defaults.get(this.host) !== own) {
      defaults.set(this.host, own);
      this.updateOthers();
    }
    if (label) return label;
    const holders = [...defaults].filter(([, name]) => name === base).map(([host]) => host);
    const rank = holders.sort(inPageOrder).indexOf(this.host) + 1;
    if (rank < 2) return base;
    const number = formatNumber(rank);
    return msg(str`${base} (${number})`, {
      desc: 'Quote carousel: spoken name (aria-label) of the 2nd, 3rd… carousel on a page whose name an earlier carousel already has. ${base} is that name (e.g. "Quotes from the archive"), ${number} its number on the page, already formatted.',
    });
  }

  /** The others re-render: their numbers may have changed. */
  private updateOthers(): void {
    for (const host of defaults.keys()) if (host !== this.host) host.requestUpdate();
  }
}
