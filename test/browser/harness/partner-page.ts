/**
 * The ground issue 13 judges the elements on: a partner's page with its own `<h1>`, in light, dark (the OS dark,
 * the page declaring it supports dark) and forced colours, with WCAG 1.4.12 text spacing; axe (WCAG 2.2 AA and best
 * practices) on what an element shows. Every element's tests run their states through these.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

export const AXE_RULES = { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] };

/** The colour settings a reader may bring: `dark` is an OS in dark mode on a page that declares dark support. */
export const THEMES = ['light', 'dark', 'forced-colors'] as const;
export type Theme = (typeof THEMES)[number];

/** The UI locales every state is checked in. */
export const A11Y_LOCALES = ['en', 'fr', 'zh-Hans'] as const;

/** Emulates media features in Chromium (`{}` resets): `prefers-color-scheme`, `forced-colors`, `prefers-reduced-motion`… */
export function emulateMedia(features: Record<string, string>): Promise<unknown> {
  return executeServerCommand('media-features', features);
}

/** Sets the reader's colour settings for `theme`, and whether the page declares dark support. Returns a reset. */
export async function useTheme(theme: Theme): Promise<() => Promise<void>> {
  const meta = document.createElement('meta');
  meta.name = 'color-scheme';
  meta.content = 'light dark';
  if (theme === 'dark') document.head.append(meta);
  await emulateMedia(
    theme === 'dark'
      ? { 'prefers-color-scheme': 'dark' }
      : theme === 'forced-colors'
        ? { 'forced-colors': 'active' }
        : { 'prefers-color-scheme': 'light' },
  );
  return async () => {
    meta.remove();
    await emulateMedia({});
  };
}

/** Renders `content` inside a partner-like page: its own `<h1>`, a `<main>`, the page's colours per its scheme. */
export async function partnerPage(content: TemplateResult): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(
    html`<div
      class="partner-page"
      style="background: Canvas; color: CanvasText; font: 16px/1.4 system-ui, sans-serif; padding: 1rem"
    >
      <header><h1>A partner’s page</h1></header>
      <main>${content}</main>
    </div>`,
  );
  return page;
}

/** Waits for running animations (a slide fading in) to end, so colours are checked as they end up. */
export async function settled(): Promise<void> {
  await new Promise((r) => requestAnimationFrame(r));
  for (let running = document.getAnimations(); running.length; running = document.getAnimations()) {
    await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
  }
}

/** axe on the whole partner page (heading order and landmarks need the page around the element). */
export async function expectAccessible(page: Element): Promise<void> {
  await settled();
  await expect(page).to.be.accessible(AXE_RULES as never);
}

const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;

/**
 * WCAG 1.4.12's text spacing, applied as a reader's bookmarklet would: in the document and in every shadow root
 * below `root`. Returns a function that removes it.
 */
export function applyTextSpacing(root: Element): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  const roots: (Document | ShadowRoot)[] = [document];
  const walk = (node: Element) => {
    if (node.shadowRoot) {
      roots.push(node.shadowRoot);
      node.shadowRoot.querySelectorAll('*').forEach(walk);
    }
    node.querySelectorAll('*').forEach(walk);
  };
  walk(root);
  for (const r of roots) r.adoptedStyleSheets = [...r.adoptedStyleSheets, sheet];
  return () => {
    for (const r of roots) r.adoptedStyleSheets = r.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/**
 * Elements under `root` (shadow roots included) whose text or controls are cut off: content taller or wider than a
 * box that hides its overflow, or a box that sticks out of an ancestor that hides overflow. Empty when nothing is
 * clipped. Visually hidden text (1px boxes for screen readers) is ignored.
 */
export function clippedElements(root: Element): Element[] {
  const out: Element[] = [];
  const all: Element[] = [];
  const walk = (node: Element) => {
    all.push(node);
    if (node.shadowRoot) node.shadowRoot.querySelectorAll('*').forEach(walk);
  };
  walk(root);
  root.querySelectorAll('*').forEach(walk);
  for (const el of all) {
    const style = getComputedStyle(el);
    if (el.classList.contains('visually-hidden') || style.display === 'none') continue;
    const hides = (v: string) => v === 'hidden' || v === 'clip';
    const { clientHeight: h, clientWidth: w, scrollHeight: sh, scrollWidth: sw } = el as HTMLElement;
    if (w <= 1 && h <= 1) continue;
    if ((hides(style.overflowY) && sh > h + 1) || (hides(style.overflowX) && sw > w + 1)) out.push(el);
  }
  return out;
}
