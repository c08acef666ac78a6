import { render } from 'preact';
import corpus from '../../corpus/quotes.json';

function App() {
  return (
    <main>
      <h1>Quote Check</h1>
      <p>
        {corpus.quotes.length} quotes from {corpus.speakers.length} speakers in{' '}
        {corpus.articles.length} articles.
      </p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
