import { hierarchy } from 'd3-hierarchy';
import type { ChartAnswer } from '../api.js';
import { countryName, dateText, nameOf, t } from '../i18n.js';
import { orgPath, type RegistryAnswer, useRegistry } from '../organization.js';
import { Failure } from '../parts/failure.js';
import { Legend, PostLine } from '../parts/holder.js';
import { Sources } from '../parts/sources.js';
import { href } from '../router.js';
import { useRead } from '../use-read.js';

type Node = ChartAnswer['root'];
type ChartPost = Node['posts'][number];
/** Above this many units the chart opens collapsed below its first level, so that it stays readable. */
const COLLAPSE_ABOVE = 100;

const nativeNames = (r: RegistryAnswer | undefined): Map<string, string> =>
  new Map((r?.organizations ?? []).filter((o) => o.nativeName).map((o) => [o.organization.id, o.nativeName!]));

/** The chart's answer in one sentence: who held the organization's head post on the date, and since when. */
export const answerOf = (post: ChartPost | undefined, at: string): string | null => {
  if (!post) return null;
  const name = post.post.currentName ?? post.post.name;
  const date = dateText(at);
  if (post.status === 'vacant') return t('answerVacant', { post: name, date });
  if (post.status === 'not-existing') return t('answerNotExisting', { post: name, date });
  if (!post.holders.length) return t('answerNoData', { post: name, date });
  const holders = post.holders.map((h) => nameOf(h.person)).join(', ');
  const since = post.holders[0]!.start;
  const key = post.status === 'possibly-held' ? 'answerPossibly' : since ? 'answerHeld' : 'answerHeldNoStart';
  return t(key, { post: name, date, holders, since: since ? dateText(since, 'month') : '' });
};

/** What a unit (or the organization itself) handles on the date, each with its sources. */
const Handles = ({ rs, mapPath }: { rs: Node['responsibilities']; mapPath: string }) => (rs.length ? (
  <details class="handles">
    <summary>{t('handles', { count: rs.length })}</summary>
    <ul class="subjects">
      {rs.map((r) => (
        <li key={r.subject.id} class={r.certainty}>
          {r.subject.kind === 'country' || r.subject.kind === 'territory'
            ? <a href={href(mapPath, { country: r.subject.code ?? undefined })}>{countryName(r.subject.code, r.subject.name)}</a> : r.subject.name}
          <Sources sources={r.sources} />
        </li>
      ))}
    </ul>
  </details>
) : null);

const Unit = ({ node, names, collapsed, mapPath }: { node: Node; names: Map<string, string>; collapsed: boolean; mapPath: string }) => {
  const rs = node.responsibilities;
  const card = (
    <div class="unit-card">
      <h4><a href={href(`/unit/${encodeURIComponent(node.organization.id)}`)}>{nameOf({ ...node.organization, nativeName: names.get(node.organization.id) })}</a></h4>
      {node.posts.length ? <ul class="posts">{node.posts.map((p) => <PostLine key={p.post.id} p={p} />)}</ul> : null}
      <Handles rs={rs} mapPath={mapPath} />
    </div>
  );
  return (
    <li class={`unit ${node.certainty}`} data-unit={node.organization.id}>
      {card}
      {node.units.length ? (
        <details class="subunits" open={!collapsed}>
          <summary>{t('subunits', { count: node.units.length })}</summary>
          <ul class="tree">{node.units.map((u) => <Unit key={u.organization.id} node={u} names={names} collapsed={collapsed} mapPath={mapPath} />)}</ul>
        </details>
      ) : null}
    </li>
  );
};

/** The organization on the date: the answer first, then its head and posts, its units joined below by lines. */
export const ChartView = ({ org, at }: { org: string; at: string }) => {
  const { data, error, loading } = useRead('/api/chart', { org, at });
  const registry = useRegistry();
  if (error) return <Failure error={error} kind="organization" />;
  if (!data) return <p aria-busy="true">{t('loadingChart')}</p>;
  const root = data.root;
  const names = nativeNames(registry);
  const title = nameOf({ ...root.organization, nativeName: names.get(root.organization.id) });
  if (data.status === 'not-existing') {
    return (
      <section aria-labelledby="chart-title">
        <h2 id="chart-title">{title}</h2>
        <p class="not-existing answer" role="status">
          {t('orgNotExisting', { date: dateText(data.at) })}
          {data.existed.from ? ` ${t('orgFormed', { date: dateText(data.existed.from) })}` : ''}
          {data.existed.to ? ` ${t('orgAbolished', { date: dateText(data.existed.to) })}` : ''}
        </p>
      </section>
    );
  }
  // Units ordered by size then name, so the departments that handle most of the world come first.
  const tree = hierarchy(root, (n) => n.units).sum((n) => n.responsibilities.length + 1)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.data.organization.name.localeCompare(b.data.organization.name));
  const ordered = tree.children?.map((c) => c.data) ?? [];
  const collapsed = tree.descendants().length - 1 > COLLAPSE_ABOVE;
  const headId = registry?.organizations.find((o) => o.organization.id === root.organization.id)?.headPost?.id;
  // A registry that ranks no post (POCOM) has no head to name: the answer then counts the posts held on the date.
  const head = root.posts.find((p) => p.post.id === headId) ?? (root.posts.length === 1 ? root.posts[0] : undefined);
  const answer = head ? answerOf(head, data.at) : root.posts.length
    ? t('answerPosts', { date: dateText(data.at), count: root.posts.length, held: root.posts.filter((p) => p.holders.length).length }) : null;
  const mapPath = orgPath(org, 'map');
  return (
    <section aria-labelledby="chart-title" aria-busy={loading}>
      <h2 id="chart-title">{title} <span class="muted">{t('onDate', { date: dateText(data.at) })}</span></h2>
      {answer ? <p class="answer" data-answer="chart">{answer}</p> : null}
      <Legend />
      <div class="org-chart">
        <div class="root-card">
          <p class="root-name">{title}</p>
          <ul class="posts top">{root.posts.map((p) => <PostLine key={p.post.id} p={p} />)}</ul>
          {/* What the organization itself handles (South Korea from 2024), as `chart` lists it under the ministry. */}
          <div class="root-handles"><Handles rs={root.responsibilities} mapPath={mapPath} /></div>
        </div>
        {ordered.length ? (
          <>
            <h3 class="sr-only">{t('units')}</h3>
            <ul class="tree top">{ordered.map((u) => <Unit key={u.organization.id} node={u} names={names} collapsed={collapsed} mapPath={mapPath} />)}</ul>
          </>
        ) : <p class="muted">{t('noUnits')}</p>}
      </div>
      {data.related.length ? (
        <details class="related">
          <summary>{t('relatedBodies', { count: data.related.length })}</summary>
          <ul>
            {data.related.map((r, i) => (
              <li key={i} class={r.certainty}>{r.type} {r.direction === 'to' ? '→' : '←'} {r.organization.name} <Sources sources={[r.source]} /></li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
};
