import { hierarchy } from 'd3-hierarchy';
import type { ChartAnswer } from '../api.js';
import { Legend, PostLine } from '../parts/holder.js';
import { Sources } from '../parts/sources.js';
import { href } from '../router.js';
import { useRead } from '../use-read.js';
import { MINISTRY } from '../ministry.js';

type Node = ChartAnswer['root'];

/** What a unit (or the ministry itself) handles on the date, each with its sources. */
const Handles = ({ rs }: { rs: Node['responsibilities'] }) => (rs.length ? (
  <details class="handles">
    <summary>Handles {rs.length} {rs.length === 1 ? 'subject' : 'countries and subjects'}</summary>
    <ul class="subjects">
      {rs.map((r) => (
        <li key={r.subject.id} class={r.certainty}>
          {r.subject.kind === 'country' || r.subject.kind === 'territory' ? <a href={href('/map', { country: r.subject.code ?? undefined })}>{r.subject.name}</a> : r.subject.name}
          <Sources sources={r.sources} />
        </li>
      ))}
    </ul>
  </details>
) : null);

const Unit = ({ node, depth }: { node: Node; depth: number }) => {
  const rs = node.responsibilities;
  return (
    <li class={`unit depth-${depth} ${node.certainty}`} data-unit={node.organization.id}>
      <div class="unit-card">
        <h3><a href={href(`/unit/${encodeURIComponent(node.organization.id)}`)}>{node.organization.currentName ?? node.organization.name}</a></h3>
        {node.posts.length ? <ul class="posts">{node.posts.map((p) => <PostLine key={p.post.id} p={p} />)}</ul> : null}
        <Handles rs={rs} />
      </div>
      {node.units.length ? <ul class="units">{node.units.map((u) => <Unit key={u.organization.id} node={u} depth={depth + 1} />)}</ul> : null}
    </li>
  );
};

/** The ministry on the date: its posts and holders, then its departments as a tree (laid out by d3-hierarchy's order). */
export const ChartView = ({ at }: { at: string }) => {
  const { data, error, loading } = useRead('/api/chart', { org: MINISTRY, at });
  if (error) return <p role="alert" class="error">{error.message}</p>;
  if (!data) return <p aria-busy="true">Loading the chart…</p>;
  const root = data.root;
  if (data.status === 'not-existing') {
    return (
      <section aria-labelledby="chart-title">
        <h2 id="chart-title">{root.organization.name}</h2>
        <p class="not-existing" role="status">
          The ministry did not exist on {data.at}{data.existed.from ? `: it was formed on ${data.existed.from}` : ''}
          {data.existed.to ? ` and abolished on ${data.existed.to}` : ''}.
        </p>
      </section>
    );
  }
  // Units ordered by size then name, so the departments that handle most of the world come first.
  const tree = hierarchy(root, (n) => n.units).sum((n) => n.responsibilities.length + 1).sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.data.organization.name.localeCompare(b.data.organization.name));
  const ordered: Node = { ...root, units: (tree.children ?? []).map((c) => c.data) };
  return (
    <section aria-labelledby="chart-title" aria-busy={loading}>
      <h2 id="chart-title">{root.organization.currentName ?? root.organization.name} <span class="muted">on {data.at}</span></h2>
      <Legend />
      <ul class="posts top">{root.posts.map((p) => <PostLine key={p.post.id} p={p} />)}</ul>
      {/* What the ministry itself handles (South Korea from 2024), as `chart` lists it under the ministry. */}
      <div class="unit-card top" data-unit={root.organization.id}><Handles rs={root.responsibilities} /></div>
      <h3 class="sr-only">Departments</h3>
      <ul class="units top">{ordered.units.map((u) => <Unit key={u.organization.id} node={u} depth={1} />)}</ul>
      {data.related.length ? (
        <details class="related">
          <summary>Related bodies ({data.related.length})</summary>
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
