// A web-test-runner command that returns Chromium's accessibility tree as a screen reader gets it (roles, names,
// descriptions, states, aria-keyshortcuts), flattened in document order, from the DevTools protocol. Puppeteer's
// own snapshot (wtr's a11ySnapshot) prunes what it finds uninteresting, such as a listbox's options. In a test:
// `executeServerCommand('accessibility-tree')` → `[{ role, name, description?, selected?, keyshortcuts?, … }]`.
const sessions = new WeakMap();

const flat = (node) => {
  const out = { role: node.role?.value, name: node.name?.value ?? '' };
  if (node.description?.value) out.description = node.description.value;
  for (const p of node.properties ?? []) out[p.name] = p.value?.value;
  return out;
};

export function accessibilityTreePlugin() {
  return {
    name: 'accessibility-tree-command',
    async executeCommand({ command, session }) {
      if (command !== 'accessibility-tree') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const { nodes } = await sessions.get(page).send('Accessibility.getFullAXTree');
      return nodes.filter((n) => !n.ignored).map(flat);
    },
  };
}
