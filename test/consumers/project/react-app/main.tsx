import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'fosc-widgets/react';
import 'fosc-widgets/elements/article-card';
import 'fosc-widgets/elements/search-box';
import { articles, type ArticleSummary, type FoscArticleCard } from 'fosc-widgets';

function App() {
  const [posts, setPosts] = useState<ArticleSummary[]>([]);
  const [chosen, setChosen] = useState('');
  const card = useRef<FoscArticleCard>(null);
  useEffect(() => {
    void articles().then(setPosts);
  }, []);
  return (
    <main>
      <fosc-article-card ref={card} article="silence-on-decolonise" variant="compact"></fosc-article-card>
      <fosc-search-box
        href-template="https://example.org/posts/{id}"
        onfosc-search-select={(event) => {
          event.preventDefault();
          setChosen(String((event.detail as { id?: string } | null)?.id));
        }}
      ></fosc-search-box>
      <p>
        Posts: <output id="count">{posts.length || ''}</output>
      </p>
      <p id="chosen">{chosen}</p>
    </main>
  );
}

createRoot(document.querySelector('#root')!).render(<App />);
