// Demo page wiring. A classic script at the end of <body>: it runs before the widgets' module upgrades the
// elements, so each live example's markup is read as written and shown as the snippet to copy.
const SCRIPT_TAG = '<script type="module" src="https://YOUR-HOST/dist/fosc-widgets.js"></script>';

/** Removes the indentation the example has in this file. */
function dedent(text) {
  const lines = text.replace(/^\n+|\s+$/g, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

for (const live of document.querySelectorAll('[data-example]')) {
  const code = document.querySelector(`[data-snippet-of="${live.id}"]`);
  // textContent, never innerHTML: the snippet is shown as text.
  code.textContent = `${SCRIPT_TAG}\n\n${dedent(live.innerHTML).replace(/=""/g, '')}`;
}

document.documentElement.classList.remove('preparing');

for (const button of document.querySelectorAll('button[data-copy]')) {
  button.addEventListener('click', async () => {
    const text = document.querySelector(`[data-snippet-of="${button.dataset.copy}"]`).textContent;
    await navigator.clipboard.writeText(text);
    button.textContent = 'Copied';
    setTimeout(() => (button.textContent = 'Copy snippet'), 1500);
  });
}

document.querySelector('#theme').addEventListener('change', (e) => {
  document.documentElement.dataset.theme = e.target.value;
  for (const el of document.querySelectorAll('[data-example] > *')) {
    if (e.target.value) el.setAttribute('theme', e.target.value);
    else el.removeAttribute('theme');
  }
});

document.querySelector('#page-lang').addEventListener('change', (e) => {
  document.documentElement.lang = e.target.value;
});

// A partner routing search results itself: cancel the navigation, show the post as a card.
document.addEventListener('fosc-search-select', (e) => {
  e.preventDefault();
  const card = document.createElement('fosc-article-card');
  card.setAttribute('article', e.detail.id);
  document.querySelector('#search-chosen').replaceChildren(card);
});
