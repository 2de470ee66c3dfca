import { useEffect, useState } from 'preact/hooks';
import { token, whoAmI } from './api.js';
import { todayText } from './dates.js';
import { languageOf, t, useLanguage } from './i18n.js';
import { parseOrgPath, summaryOf, useRegistry } from './organization.js';
import { Header } from './parts/header.js';
import { NotFound } from './parts/failure.js';
import { navigate, onLinkClick, usePlace } from './router.js';
import type { Session } from './session.js';
import { ChartView } from './views/chart-view.js';
import { DiffPage } from './views/diff-page.js';
import { MapView } from './views/map-view.js';
import { PersonPage } from './views/person-page.js';
import { PostPage } from './views/post-page.js';
import { SearchPage } from './views/search-page.js';
import { SignIn } from './views/sign-in.js';
import { StartPage } from './views/start-page.js';
import { TimelineView } from './views/timeline-view.js';
import { UnitPage } from './views/unit-page.js';

const tail = (path: string, prefix: string): string | null => (path.startsWith(prefix) && path.length > prefix.length ? decodeURIComponent(path.slice(prefix.length)) : null);
/** The views of the default organization at their short addresses (`/map`), as links made before `/o/<id>` still read. */
const SHORT: Record<string, 'map' | 'timeline' | 'diff'> = { '/map': 'map', '/timeline': 'timeline', '/diff': 'diff' };

export const App = () => {
  const place = usePlace();
  const language = languageOf(place.params);
  useLanguage(language);
  const registry = useRegistry();
  const [session, setSession] = useState<Session | null>(null);
  useEffect(() => {
    const tk = token.get();
    if (tk) whoAmI(tk).then(setSession, () => token.set(null));
  }, []);
  const at = place.params.get('at') ?? todayText();
  const { path } = place;
  const person = tail(path, '/person/');
  const post = tail(path, '/post/');
  const unit = tail(path, '/unit/');
  const routed = parseOrgPath(path);
  const shortView = SHORT[path];
  // A unit's page is about an organization too: the header names it and its views are a click away.
  const orgId = routed?.id ?? unit ?? (shortView || path === '/' ? registry?.defaultOrganization ?? null : null);
  const org = summaryOf(registry, orgId);
  const view = routed?.view ?? shortView ?? null;
  const dated = routed !== null && view !== 'timeline' && view !== 'diff' || shortView === 'map' || unit !== null;
  let main;
  if (person) main = <PersonPage id={person} />;
  else if (post) main = <PostPage id={post} session={session} />;
  else if (unit) main = <UnitPage id={unit} at={at} session={session} />;
  else if (path === '/') main = <StartPage registry={registry} />;
  else if (path === '/search') main = <SearchPage q={place.params.get('q') ?? ''} />;
  else if (path === '/sign-in') main = <SignIn onSession={setSession} />;
  else if ((routed && view !== null) || shortView) {
    if (!orgId) main = registry ? <NotFound what="organization" /> : <p aria-busy="true">{t('loading')}</p>;
    else if (view === 'map') main = <MapView org={orgId} at={at} country={place.params.get('country')} within={place.params.get('within') === '1'} />;
    else if (view === 'timeline') main = <TimelineView org={orgId} summary={org} post={place.params.get('post')} />;
    else if (view === 'diff') main = <DiffPage org={orgId} year={place.params.get('in')} from={place.params.get('from')} to={place.params.get('to')} />;
    else main = <ChartView org={orgId} at={at} />;
  } else main = <NotFound what="page" />;
  useEffect(() => {
    const h = document.querySelector('main h2');
    document.title = h ? `${h.textContent ?? ''} — Chancery` : 'Chancery';
  });
  return (
    <div class="app" onClick={(e) => onLinkClick(e as unknown as MouseEvent)}>
      <a class="skip" href="#main" onClick={(e) => {
        // The target takes focus (a plain #main link scrolls but leaves focus on the link in some browsers).
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>{t('skip')}</a>
      <Header registry={registry} org={org ?? null} view={view} path={path} at={at} dated={dated} session={session} onSignOut={() => (token.set(null), setSession(null))} language={language} />
      <main id="main" tabIndex={-1}>{main}</main>
      <footer>
        {t('footer')} <a href="/docs">{t('apiDocs')}</a>. {t('mapCredit')}
        <button type="button" class="link" onClick={() => navigate(path, { at: null })}>{t('resetDate')}</button>
      </footer>
    </div>
  );
};
