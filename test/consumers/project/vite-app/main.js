// Exactly what the README's npm section tells a partner to write.
import 'fosc-widgets/elements/article-card';
import 'fosc-widgets/elements/search-box';
import { articles, search } from 'fosc-widgets';

document.querySelector('#count').textContent = String((await articles()).length);
for (const result of await search('Cuba')) {
  const li = document.createElement('li');
  li.textContent = result.title;
  document.querySelector('#results').append(li);
}
