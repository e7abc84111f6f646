// The embed-code builder: pick an element and its options, see it live, copy the snippet. The snippet is the
// browser's own serialisation of the element (outerHTML of a detached copy), so attribute values are escaped.
import { articles } from '../dist/fosc-widgets.js';

const OPTIONS = {
  'fosc-article-card': [
    { name: 'article', type: 'article' },
    { name: 'variant', type: 'select', values: ['', 'compact'] },
    { name: 'theme', type: 'select', values: ['', 'light', 'dark'] },
    { name: 'href', type: 'text', placeholder: 'https://your-site.example/post' },
  ],
  'fosc-search-box': [
    { name: 'placeholder', type: 'text', placeholder: 'Search the archive' },
    { name: 'language', type: 'select', values: ['', 'en', 'fr'] },
    { name: 'shortcut', type: 'boolean' },
    { name: 'href-template', type: 'text', placeholder: 'https://your-site.example/posts/{id}' },
    { name: 'theme', type: 'select', values: ['', 'light', 'dark'] },
  ],
  'fosc-quote-carousel': [
    { name: 'interval', type: 'text', placeholder: '6000' },
    { name: 'speaker', type: 'text', placeholder: 'Xi Jinping' },
    { name: 'article', type: 'article', optional: true },
    { name: 'query', type: 'text', placeholder: 'Cuba' },
    { name: 'language', type: 'select', values: ['', 'en', 'fr'] },
    { name: 'theme', type: 'select', values: ['', 'light', 'dark'] },
  ],
  'fosc-bilingual-reader': [
    { name: 'article', type: 'article', value: 'silence-on-decolonise' },
    { name: 'mode', type: 'select', values: ['interleaved', 'side-by-side', 'single'] },
    { name: 'languages', type: 'text', placeholder: 'en fr' },
    { name: 'remember', type: 'boolean' },
    { name: 'theme', type: 'select', values: ['', 'light', 'dark'] },
  ],
};

const form = document.querySelector('#builder-form');
const fields = document.querySelector('#builder-fields');
const preview = document.querySelector('#builder-preview');
const code = document.querySelector('#builder-code');
const list = await articles();

function field(option) {
  const label = document.createElement('label');
  label.textContent = `${option.name} `;
  let input;
  if (option.type === 'select' || option.type === 'article') {
    input = document.createElement('select');
    const values =
      option.type === 'article' ? [...(option.optional ? [''] : []), ...list.map((a) => a.id)] : option.values;
    for (const v of values) {
      const o = document.createElement('option');
      o.value = v;
      o.textContent = option.type === 'article' && v ? list.find((a) => a.id === v).title : v || '(default)';
      input.append(o);
    }
    if (option.value) input.value = option.value;
  } else if (option.type === 'boolean') {
    input = document.createElement('input');
    input.type = 'checkbox';
  } else {
    input = document.createElement('input');
    input.placeholder = option.placeholder ?? '';
  }
  input.name = option.name;
  input.dataset.kind = option.type;
  label.append(input);
  return label;
}

function render() {
  const tag = form.elements.element.value;
  const el = document.createElement(tag);
  for (const input of fields.querySelectorAll('[name]')) {
    if (input.dataset.kind === 'boolean') {
      if (input.checked) el.setAttribute(input.name, '');
    } else if (input.value) el.setAttribute(input.name, input.value);
  }
  code.textContent = `<script type="module" src="https://YOUR-HOST/dist/fosc-widgets.js"></script>\n\n${el.outerHTML.replace(/=""/g, '')}`;
  preview.replaceChildren(el);
}

function build() {
  fields.replaceChildren(...OPTIONS[form.elements.element.value].map(field));
  render();
}

form.elements.element.addEventListener('change', build);
fields.addEventListener('input', render);
fields.addEventListener('change', render);
document
  .querySelector('#builder-copy')
  .addEventListener('click', () => navigator.clipboard.writeText(code.textContent));
build();
