import { useEffect, useState } from 'preact/hooks';
import { token, whoAmI } from './api.js';
import { todayText } from './dates.js';
import { DateControl } from './parts/date-control.js';
import { href, navigate, onLinkClick, usePlace } from './router.js';
import type { Session } from './session.js';
import { ChartView } from './views/chart-view.js';
import { DiffPage } from './views/diff-page.js';
import { MapView } from './views/map-view.js';
import { PersonPage } from './views/person-page.js';
import { PostPage } from './views/post-page.js';
import { SearchBox, SearchPage } from './views/search-page.js';
import { SignIn } from './views/sign-in.js';
import { TimelineView } from './views/timeline-view.js';
import { UnitPage } from './views/unit-page.js';

const NAV: [string, string][] = [['/', 'Org chart'], ['/map', 'World map'], ['/timeline', 'Timeline'], ['/diff', 'What changed']];
const tail = (path: string, prefix: string): string | null => (path.startsWith(prefix) ? decodeURIComponent(path.slice(prefix.length)) : null);

export const App = () => {
  const place = usePlace();
  const [session, setSession] = useState<Session | null>(null);
  useEffect(() => {
    const t = token.get();
    if (t) whoAmI(t).then(setSession, () => token.set(null));
  }, []);
  const at = place.params.get('at') ?? todayText();
  const { path } = place;
  const person = tail(path, '/person/');
  const post = tail(path, '/post/');
  const unit = tail(path, '/unit/');
  const dated = path === '/' || path === '/map' || unit !== null;
  let view;
  if (person) view = <PersonPage id={person} at={at} />;
  else if (post) view = <PostPage id={post} session={session} />;
  else if (unit) view = <UnitPage id={unit} at={at} session={session} />;
  else if (path === '/map') view = <MapView at={at} country={place.params.get('country')} />;
  else if (path === '/timeline') view = <TimelineView />;
  else if (path === '/diff') view = <DiffPage from={place.params.get('from') ?? '2019-01-01'} to={place.params.get('to') ?? at} />;
  else if (path === '/search') view = <SearchPage q={place.params.get('q') ?? ''} />;
  else if (path === '/sign-in') view = <SignIn onSession={setSession} />;
  else view = <ChartView at={at} />;
  useEffect(() => {
    const h = document.querySelector('main h2');
    document.title = h ? `${h.textContent ?? ''} — Chancery` : 'Chancery';
  });
  return (
    <div class="app" onClick={(e) => onLinkClick(e as unknown as MouseEvent)}>
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <h1><a href={href('/')}>Chancery</a> <span class="subtitle">Ministry of Foreign Affairs of North Korea</span></h1>
        <nav aria-label="Views">
          <ul>{NAV.map(([p, label]) => <li key={p}><a href={href(p)} aria-current={path === p ? 'page' : undefined}>{label}</a></li>)}</ul>
        </nav>
        <SearchBox />
        <div class="account">
          {session ? (
            <>Signed in as {session.name} ({session.role}) <button type="button" class="link" onClick={() => (token.set(null), setSession(null))}>Sign out</button></>
          ) : <a href={href('/sign-in')}>Sign in to edit</a>}
        </div>
        {dated ? <DateControl at={at} path={path} /> : null}
      </header>
      <main id="main" tabIndex={-1}>{view}</main>
      <footer>
        Every fact names its source. Data: Wikipedia and the sources it cites, see <a href="/docs">the API</a>. Map: Natural Earth via world-atlas.
        <button type="button" class="link" onClick={() => navigate(path, { at: null })}>Reset date</button>
      </footer>
    </div>
  );
};
