// A partner's own Lit app (Lit from node_modules, its own copy and its own `lit-html` policy).
import { LitElement, html } from 'lit';

class PartnerApp extends LitElement {
  static properties = { count: { type: Number } };
  constructor() {
    super();
    this.count = 0;
  }
  render() {
    return html`<p part="greeting">Partner app, ${this.count} clicks</p>`;
  }
}
customElements.define('partner-app', PartnerApp);
