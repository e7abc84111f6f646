/**
 * A partner page that runs its own Lit app with its own @lit/localize, beside our built bundle (which carries
 * its own copy). Neither may break the other: configuration, locale, status events.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';

type Widgets = typeof import('../../src/index.js');

describe('@lit/localize on a page that has its own', () => {
  it('leaves the partner’s configuration, locale and events alone, and keeps ours', async () => {
    // The partner configures first, with a locale of its own.
    const partner = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: async () => ({ templates: { partner_hello: 'Hallo' } }),
    });
    const partnerEvents: string[] = [];
    window.addEventListener('lit-localize-status', (e) => partnerEvents.push((e as CustomEvent).detail.status));
    await partner.setLocale('de');
    expect(msg('Hello', { id: 'partner_hello' })).to.equal('Hallo');
    partnerEvents.length = 0;

    const widgets: Widgets = await import(`${location.origin}/dist/fosc-widgets.js`);
    const card = document.createElement('fosc-article-card');
    card.setAttribute('article', 'missing-post');
    document.body.append(card);
    const status = () => card.shadowRoot?.querySelector('[part~="status"]')?.textContent;
    await waitUntil(() => status(), 'our card did not render');

    await widgets.setLocale('fr');
    await waitUntil(() => status() === 'Cet article est introuvable.', 'our card did not switch to French');
    // The partner saw none of our status events, and its own locale and strings are intact.
    expect(partnerEvents).to.deep.equal([]);
    expect(partner.getLocale()).to.equal('de');
    expect(msg('Hello', { id: 'partner_hello' })).to.equal('Hallo');

    // The partner switching its locale does not touch ours.
    await partner.setLocale('en');
    expect(partnerEvents).to.deep.equal(['loading', 'ready']);
    await new Promise((r) => setTimeout(r, 50));
    expect(status()).to.equal('Cet article est introuvable.');
    expect(widgets.getLocale()).to.equal('fr');
    card.remove();
  });
});
