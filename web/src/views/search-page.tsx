import { useEffect, useState } from 'preact/hooks';
import { read, type SearchAnswer } from '../api.js';
import { href, navigate } from '../router.js';
import { useRead } from '../use-read.js';

type Result = SearchAnswer['results'][number];
const KIND_TEXT: Record<Result['kind'], string> = { person: 'Person', unit: 'Unit', post: 'Post', country: 'Country', body: 'Regional body', function: 'Function' };

/** Where a result leads: its page, or for a country, body or function the map with its routing answer. */
export const resultHref = (r: Result): string => {
  if (r.kind === 'person') return href(`/person/${encodeURIComponent(r.id)}`);
  if (r.kind === 'unit') return href(`/unit/${encodeURIComponent(r.id)}`);
  if (r.kind === 'post') return href(`/post/${encodeURIComponent(r.id)}`);
  return href('/map', { country: r.name });
};

const ResultLine = ({ r }: { r: Result }) => (
  <li class={`result ${r.kind}`}>
    <a href={resultHref(r)}>{r.name}</a> <span class="muted">{KIND_TEXT[r.kind]}{r.matched !== r.name ? ` — matched “${r.matched}”` : ''}{r.match === 'fuzzy' ? ' (close spelling)' : ''}</span>
  </li>
);

/** The search box of every page: people by any of their names (Hangul or romanized), units, posts and countries. */
export const SearchBox = () => {
  const [q, setQ] = useState('');
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);
  useEffect(() => {
    if (q.trim().length < 2) return setAnswer(null);
    const abort = new AbortController();
    const t = setTimeout(() => void read('/api/search', { q, limit: '8' }, abort.signal).then(setAnswer, () => setAnswer(null)), 150);
    return () => (clearTimeout(t), abort.abort());
  }, [q]);
  return (
    <form role="search" class="search-box" onSubmit={(e) => {
      e.preventDefault();
      if (q.trim()) navigate('/search', { q: q.trim() });
      setAnswer(null);
    }}>
      <label for="search-input" class="sr-only">Search people, units, posts and countries</label>
      <input id="search-input" type="search" placeholder="Search: 최선희, Choe Son-hui, Sweden…" value={q} maxLength={200} autocomplete="off"
        aria-controls={answer?.results.length ? "search-suggestions" : undefined} onInput={(e) => setQ((e.target as HTMLInputElement).value)} />
      <button type="submit">Search</button>
      {answer && answer.results.length ? (
        <ul id="search-suggestions" class="suggestions" aria-label="Suggestions" onClick={() => setAnswer(null)}>
          {answer.results.map((r) => <ResultLine key={`${r.kind}:${r.id}`} r={r} />)}
        </ul>
      ) : null}
    </form>
  );
};

export const SearchPage = ({ q }: { q: string }) => {
  const { data, error } = useRead('/api/search', q ? { q, limit: '50' } : null);
  return (
    <article aria-labelledby="search-title">
      <h2 id="search-title">Search{q ? `: ${q}` : ''}</h2>
      {error ? <p role="alert" class="error">{error.message}</p> : null}
      {data ? (data.results.length ? <ul class="results">{data.results.map((r) => <ResultLine key={`${r.kind}:${r.id}`} r={r} />)}</ul> : <p>Nothing found for “{data.query}”.</p>) : null}
    </article>
  );
};
