/**
 * axe (WCAG 2.2 AA and best practices) on a partner's page with its own `h1`: every state of the reader — each mode
 * with the archive's pair, a partner's pair and an Arabic pair on a right-to-left page; one language after switching
 * a paragraph and the whole post; a post without translation; not found; failed with "Try again" — in light, dark
 * and forced colours, in English, French and Chinese.
 */
import { fixtureCleanup, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { setLocale } from '../../index.js';
import * as t from '../../../test/browser/harness/index.js';
import './bilingual-reader.js';
import { MODES } from './segments-view.js';

interface State {
  name: string;
  template: TemplateResult;
  /** What to do once it shows: a click, a lost connection. */
  then?: (h: t.BilingualReaderHarness) => Promise<unknown>;
}

const STATES: State[] = [
  ...MODES.flatMap((mode): State[] => [
    {
      name: `${mode}, archive pair`,
      template: html`<fosc-bilingual-reader article="les-feux-du-port" mode=${mode}></fosc-bilingual-reader>`,
    },
    {
      name: `${mode}, partner pair`,
      template: html`<fosc-bilingual-reader mode=${mode} languages="en fr">
        <article lang="en">
          <h2>Harbour lights</h2>
          <p>The dockworkers voted to keep the night shift, after a month of talks.</p>
          <p>The lamps will be repaired before winter.</p>
        </article>
        <article lang="fr">
          <h2>Les feux du port</h2>
          <p>Les dockers ont voté le maintien de l’équipe de nuit, après un mois de discussions.</p>
          <p>Les lampes seront réparées avant l’hiver.</p>
          <p>Un dernier mot pour nos lecteurs francophones.</p>
        </article>
      </fosc-bilingual-reader>`,
    },
    {
      name: `${mode}, Arabic pair on a right-to-left page`,
      template: html`<div dir="rtl" lang="ar">
        <fosc-bilingual-reader mode=${mode} languages="ar en">
          ${t.udhrArticle('ar', 'rtl')} ${t.udhrArticle('en')}
        </fosc-bilingual-reader>
      </div>`,
    },
  ]),
  {
    name: 'one language, a paragraph switched',
    template: html`<fosc-bilingual-reader article="les-feux-du-port" mode="single"></fosc-bilingual-reader>`,
    then: async (h) => {
      h.parts('segment-switch')[1].click();
      await h.settled();
    },
  },
  {
    name: 'one language, the whole post switched',
    template: html`<fosc-bilingual-reader article="les-feux-du-port" mode="single"></fosc-bilingual-reader>`,
    then: async (h) => {
      h.part('switch-all')!.click();
      await h.settled();
    },
  },
  {
    name: 'a post without translation',
    template: html`<fosc-bilingual-reader article="field-notes"></fosc-bilingual-reader>`,
  },
  { name: 'not found', template: html`<fosc-bilingual-reader article="nope"></fosc-bilingual-reader>` },
];

/** Renders `state` on a partner's page and checks it; `ready` waits for what it should show. */
async function check(state: State, label: string): Promise<void> {
  fixtureCleanup(); // one partner page at a time: its landmarks are the page's
  const page = await t.partnerPage(state.template);
  const h = new t.BilingualReaderHarness(page.querySelector('fosc-bilingual-reader')!);
  await h.loaded();
  await state.then?.(h);
  try {
    await t.expectAccessible(page);
  } catch (err) {
    throw new Error(`${label}, ${state.name}: ${(err as Error).message}`, { cause: err });
  }
}

describe('<fosc-bilingual-reader> accessibility on a partner’s page', () => {
  before(t.useFixtureArchive);

  for (const theme of t.THEMES) {
    for (const locale of t.A11Y_LOCALES) {
      it(`every state, ${theme}, ${locale}`, async function () {
        this.timeout(90_000);
        const warnings = t.captureWarnings();
        const reset = await t.useTheme(theme);
        await setLocale(locale);
        try {
          for (const state of STATES) await check(state, `${theme} ${locale}`);
          await t.whileOffline(async () => {
            fixtureCleanup();
            const page = await t.partnerPage(
              html`<fosc-bilingual-reader article="harbour-lights"></fosc-bilingual-reader>`,
            );
            const h = new t.BilingualReaderHarness(page.querySelector('fosc-bilingual-reader')!);
            await t.until(() => h.part('retry'), 'no "Try again"');
            await t.expectAccessible(page);
          });
        } finally {
          await setLocale(null);
          await reset();
          warnings.restore();
        }
      });
    }
  }
});
