import { nameOf, t } from '../i18n.js';
import { orgPath, type OrganizationSummary, type RegistryAnswer } from '../organization.js';
import { href } from '../router.js';

const Row = ({ o, primary }: { o: OrganizationSummary; primary: boolean }) => (
  <li class={`org-row${primary ? ' primary' : ''}`}>
    <a href={href(orgPath(o.organization.id))}>{nameOf({ ...o.organization, nativeName: o.nativeName })}</a>
    {primary ? <span class="tag">{t('defaultOrganization')}</span> : null}
    <span class="muted"> — {t('unitsAndPosts', { units: o.units, posts: o.posts })}</span>
    {' '}<span class="org-links"><a href={href(orgPath(o.organization.id, 'map'))}>{t('navMap')}</a> · <a href={href(orgPath(o.organization.id, 'timeline'))}>{t('navTimeline')}</a></span>
  </li>
);

/** The registry's organizations, top-level first with their units' and posts' counts: where any registry starts. */
export const StartPage = ({ registry }: { registry: RegistryAnswer | undefined }) => {
  if (!registry) return <p aria-busy="true">{t('loading')}</p>;
  const top = registry.organizations.filter((o) => o.parentId === null);
  const units = registry.organizations.filter((o) => o.parentId !== null);
  const first = registry.defaultOrganization ? registry.organizations.find((o) => o.organization.id === registry.defaultOrganization) : undefined;
  return (
    <article aria-labelledby="start-title">
      <h2 id="start-title">{t('startTitle')}</h2>
      <p class="answer">{t('startAnswer', { organizations: registry.totals.organizations, top: top.length, posts: registry.totals.posts, sources: registry.totals.sources })}</p>
      {first ? <p><a class="button" href={href(orgPath(first.organization.id))}>{t('openDefault', { name: nameOf({ ...first.organization, nativeName: first.nativeName }) })}</a></p> : null}
      <h3>{t('topLevel')}</h3>
      <ul class="org-list">{top.map((o) => <Row key={o.organization.id} o={o} primary={o.organization.id === registry.defaultOrganization} />)}</ul>
      {units.length ? (
        <details class="org-units">
          <summary>{t('allUnits', { count: units.length })}</summary>
          <ul class="org-list">{units.map((o) => <Row key={o.organization.id} o={o} primary={false} />)}</ul>
        </details>
      ) : null}
    </article>
  );
};
