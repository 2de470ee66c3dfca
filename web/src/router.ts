import { useEffect, useState } from 'preact/hooks';

/** The app's address is its state: the view in the path, the date and the rest in the query, so any view can be shared. */
export interface Place {
  path: string;
  params: URLSearchParams;
}

const here = (): Place => ({ path: location.pathname, params: new URLSearchParams(location.search) });
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());
addEventListener('popstate', notify);

/** What every address of the app carries on from the one before: the date and the language. */
const KEPT = ['at', 'lang'] as const;

/** Goes to a path, keeping the date and language unless told otherwise; `replace` for changes that should not fill the history (dragging). */
export const navigate = (path: string, params: Record<string, string | null> = {}, replace = false): void => {
  const next = new URLSearchParams(path === location.pathname ? location.search : '');
  const now = new URLSearchParams(location.search);
  for (const k of KEPT) if (now.get(k) && !(k in params)) next.set(k, now.get(k)!);
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === '') next.delete(k);
    else next.set(k, v);
  }
  const qs = next.toString();
  const url = `${path}${qs ? `?${qs}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  (replace ? history.replaceState : history.pushState).call(history, null, '', url);
  notify();
};

export const usePlace = (): Place => {
  const [place, setPlace] = useState(here);
  useEffect(() => {
    const l = () => setPlace(here());
    listeners.add(l);
    return () => void listeners.delete(l);
  }, []);
  return place;
};

/** A link that moves inside the app without reloading it (and still works as a plain link: middle click, copy). */
export const href = (path: string, params: Record<string, string | undefined> = {}): string => {
  const now = new URLSearchParams(location.search);
  const q = new URLSearchParams();
  for (const k of KEPT) if (now.get(k) && !(k in params)) q.set(k, now.get(k)!);
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return `${path}${s ? `?${s}` : ''}`;
};

export const onLinkClick = (e: MouseEvent): void => {
  const a = (e.target as Element | null)?.closest?.('a');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || a.target || url.pathname.startsWith('/api') || url.pathname.startsWith('/docs')) return;
  e.preventDefault();
  history.pushState(null, '', `${url.pathname}${url.search}`);
  notify();
  scrollTo(0, 0);
  // The new view's heading takes focus, so a screen reader hears where it landed (once the view has rendered).
  requestAnimationFrame(() => (document.getElementById('main') as HTMLElement | null)?.focus({ preventScroll: true }));
};
