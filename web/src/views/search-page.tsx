import { useEffect, useState } from 'preact/hooks';
import { read, type SearchAnswer } from '../api.js';
import { t } from '../i18n.js';
import { Failure } from '../parts/failure.js';
import { href, navigate } from '../router.js';
import { useRead } from '../use-read.js';

type Result = SearchAnswer['results'][number];
const KIND_KEY = { person: 'kind_person', unit: 'kind_unit', post: 'kind_post', country: 'kind_country', body: 'kind_body', function: 'kind_function' } as const;

/** Where a result leads: its page, or for a country, body or function the map with its routing answer. */
export const resultHref = (r: Result): string => {
  if (r.kind === 'person') return href(`/person/${encodeURIComponent(r.id)}`);
  if (r.kind === 'unit') return href(`/unit/${encodeURIComponent(r.id)}`);
  if (r.kind === 'post') return href(`/post/${encodeURIComponent(r.id)}`);
  return href('/map', { country: r.name });
};
const shownName = (r: Result): string => r.name;

const ResultText = ({ r }: { r: Result }) => (
  <>
    {' '}<span class="muted">{t(KIND_KEY[r.kind])}{r.matched !== r.name ? ` — ${t('matched', { text: r.matched })}` : ''}{r.match === 'fuzzy' ? ` ${t('closeSpelling')}` : ''}</span>
  </>
);

/** The input's role, given apart: Preact's types ask a combobox input for a datalist, which this one does not use. */
const COMBOBOX = { role: 'combobox' } as Record<string, string>;

/**
 * The search box of every page: people by any of their names (Hangul or romanized), units, posts and countries. Its
 * suggestions are a listbox: ArrowDown and ArrowUp move through them, Enter opens the one chosen, Escape closes them.
 */
export const SearchBox = () => {
  const [q, setQ] = useState('');
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);
  const [active, setActive] = useState(-1);
  useEffect(() => {
    setActive(-1);
    if (q.trim().length < 2) return setAnswer(null);
    const abort = new AbortController();
    const timer = setTimeout(() => void read('/api/search', { q, limit: '8' }, abort.signal).then(setAnswer, () => setAnswer(null)), 150);
    return () => (clearTimeout(timer), abort.abort());
  }, [q]);
  const results = answer?.results ?? [];
  const open = results.length > 0;
  const go = (r: Result) => {
    setAnswer(null);
    setQ('');
    const url = new URL(resultHref(r), location.href);
    navigate(url.pathname, Object.fromEntries(url.searchParams));
  };
  return (
    <form role="search" class="search-box" onSubmit={(e) => {
      e.preventDefault();
      if (open && active >= 0) return go(results[active]!);
      if (q.trim()) navigate('/search', { q: q.trim() });
      setAnswer(null);
    }}>
      <label for="search-input" class="sr-only">{t('searchLabel')}</label>
      <input id="search-input" type="search" placeholder={t('searchPlaceholder')} value={q} maxLength={200} autocomplete="off"
        {...COMBOBOX} aria-expanded={open} aria-autocomplete="list" aria-controls="search-suggestions"
        aria-activedescendant={open && active >= 0 ? `suggestion-${active}` : undefined}
        onInput={(e) => setQ((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (!open || !['ArrowDown', 'ArrowUp', 'Escape'].includes(e.key)) return;
          e.preventDefault();
          if (e.key === 'ArrowDown') setActive((i) => (i + 1) % results.length);
          else if (e.key === 'ArrowUp') setActive((i) => (i <= 0 ? results.length - 1 : i - 1));
          else setAnswer(null);
        }} />
      <button type="submit">{t('search')}</button>
      <ul id="search-suggestions" class="suggestions" role="listbox" aria-label={t('suggestions')} hidden={!open}>
        {results.map((r, i) => (
          <li key={`${r.kind}:${r.id}`} id={`suggestion-${i}`} role="option" aria-selected={i === active} class={`result ${r.kind}${i === active ? ' active' : ''}`}
            onMouseDown={(e) => (e.preventDefault(), go(r))}>
            <a href={resultHref(r)} tabIndex={-1}>{shownName(r)}</a><ResultText r={r} />
          </li>
        ))}
      </ul>
    </form>
  );
};

export const SearchPage = ({ q }: { q: string }) => {
  const { data, error } = useRead('/api/search', q ? { q, limit: '50' } : null);
  return (
    <article aria-labelledby="search-title">
      <h2 id="search-title">{q ? t('searchFor', { q }) : t('search')}</h2>
      {q ? null : <form role="search" action="/search"><label for="search-page-input">{t('searchLabel')}</label> <input id="search-page-input" name="q" /> <button type="submit">{t('search')}</button></form>}
      {error ? <Failure error={error} kind={null} /> : null}
      {data && data.results.length ? <p class="answer" data-answer="search">{t('searchAnswer', { count: data.results.length, q: data.query })}</p> : null}
      {data ? (data.results.length
        ? <ul class="results">{data.results.map((r) => <li key={`${r.kind}:${r.id}`} class={`result ${r.kind}`}><a href={resultHref(r)}>{shownName(r)}</a><ResultText r={r} /></li>)}</ul>
        : <p>{t('nothingFound', { q: data.query })}</p>) : null}
    </article>
  );
};
