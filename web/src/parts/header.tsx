import { type Language, LANGUAGES, nameOf, rememberLanguage, t } from '../i18n.js';
import type { MessageKey } from '../messages.js';
import { orgPath, type OrganizationSummary, type OrgView, type RegistryAnswer } from '../organization.js';
import { href, navigate } from '../router.js';
import type { Session } from '../session.js';
import { SearchBox } from '../views/search-page.js';
import { DateControl } from './date-control.js';

const NAV: [OrgView, MessageKey][] = [['', 'navChart'], ['map', 'navMap'], ['timeline', 'navTimeline'], ['diff', 'navDiff']];
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ko: '한국어' };

interface HeaderProps {
  registry: RegistryAnswer | undefined;
  org: OrganizationSummary | null;
  view: OrgView | null;
  path: string;
  at: string;
  dated: boolean;
  session: Session | null;
  onSignOut: () => void;
  language: Language;
}

/** This address in another language: everything else of it kept. */
const inLanguage = (path: string, l: Language): string => {
  const q = new URLSearchParams(location.search);
  q.set('lang', l);
  return `${path}?${q.toString()}`;
};

/** The picker of organizations: top-level ones first, then the units under them; choosing one keeps the view. */
const OrganizationPicker = ({ registry, org, view }: { registry: RegistryAnswer; org: OrganizationSummary | null; view: OrgView | null }) => {
  const top = registry.organizations.filter((o) => o.parentId === null);
  const units = registry.organizations.filter((o) => o.parentId !== null);
  return (
    <div class="org-picker">
      <label for="org-picker">{t('organization')}</label>
      <select id="org-picker" value={org?.organization.id ?? ''} onChange={(e) => {
        const id = (e.target as HTMLSelectElement).value;
        if (id) navigate(orgPath(id, view ?? ''), { country: null, post: null });
      }}>
        {org ? null : <option value="">{t('chooseOrganization')}</option>}
        <optgroup label={t('topLevel')}>{top.map((o) => <option key={o.organization.id} value={o.organization.id}>{nameOf({ ...o.organization, nativeName: o.nativeName })}</option>)}</optgroup>
        {units.length ? <optgroup label={t('units')}>{units.map((o) => <option key={o.organization.id} value={o.organization.id}>{nameOf({ ...o.organization, nativeName: o.nativeName })}</option>)}</optgroup> : null}
      </select>
    </div>
  );
};

/** The header of every page: the registry and the organization shown, its views, search, language, account and date. */
export const Header = ({ registry, org, view, path, at, dated, session, onSignOut, language }: HeaderProps) => (
  <header class="top">
    <div class="brand">
      <p class="app-name"><a href={href('/')}>Chancery</a></p>
      <p class="subtitle">
        {org ? <span class="org-name">{nameOf({ ...org.organization, nativeName: org.nativeName })}</span> : null}
        {registry ? <span class="registry muted"> · {t('registryCounts', { organizations: registry.totals.organizations, posts: registry.totals.posts })}</span> : null}
      </p>
    </div>
    <nav aria-label={t('languages')} class="languages">
      <ul>{LANGUAGES.map((l) => (
        <li key={l}><a href={inLanguage(path, l)}
          lang={l} hrefLang={l} aria-current={l === language ? 'true' : undefined} onClick={() => rememberLanguage(l)}>{LANGUAGE_NAMES[l]}</a></li>
      ))}</ul>
    </nav>
    {registry && registry.organizations.length ? <OrganizationPicker registry={registry} org={org} view={view} /> : null}
    {org ? (
      <nav aria-label={t('views')} class="views">
        <ul>{NAV.map(([v, key]) => {
          const target = orgPath(org.organization.id, v);
          return <li key={v}><a href={href(target)} aria-current={path === target || (view === v && path.startsWith('/o/')) ? 'page' : undefined}>{t(key)}</a></li>;
        })}</ul>
      </nav>
    ) : null}
    <SearchBox />
    <div class={`account${session ? '' : ' signed-out'}`}>
      {session ? (
        <>{t('signedInAs', { name: session.name, role: session.role })} <button type="button" class="link" onClick={onSignOut}>{t('signOut')}</button></>
      ) : <a href={href('/sign-in')}>{t('signIn')}</a>}
    </div>
    {dated ? <DateControl at={at} path={path} /> : null}
  </header>
);
