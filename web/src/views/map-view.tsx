import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-50m.json?url';
import type { CoverageAnswer } from '../api.js';
import { Sources } from '../parts/sources.js';
import { href, navigate } from '../router.js';
import { useRead } from '../use-read.js';
import { RoutePanel } from './route-panel.js';

type Entry = CoverageAnswer['countries'][number];
interface Shape {
  id: string;
  name: string;
  d: string;
}

const WIDTH = 960;
const HEIGHT = 500;
// Distinct hues, none grey (grey is "no unit"); colours go to units in id order, so a department keeps its colour as
// the date moves while the set of departments stays the same.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#9467BD', '#F0E442', '#8C564B', '#56B4E9', '#BCBD22', '#17BECF', '#2CA02C', '#FF9DA7', '#1F3A93', '#6B8E23', '#B07AA1'];
const colours = (entries: readonly Entry[]): Map<string, string> => {
  const ids = [...new Set(entries.flatMap((e) => e.units.map((u) => u.unit.id)))].sort();
  return new Map(ids.map((id, i) => [id, PALETTE[i % PALETTE.length]!]));
};

let atlas: Promise<Shape[]> | undefined;
/** The bundled world (Natural Earth 1:50m, so small states such as Singapore appear), projected once. */
const loadShapes = (): Promise<Shape[]> =>
  (atlas ??= fetch(atlasUrl).then(async (r) => {
    const topo = (await r.json()) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const countries = feature(topo, topo.objects.countries);
    const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], countries);
    const path = geoPath(projection);
    return countries.features.map((f) => ({ id: String(f.id ?? ''), name: f.properties?.name ?? '', d: path(f) ?? '' })).filter((s) => s.d);
  }));

const describe = (e: Entry | undefined, name: string): string => {
  if (!e) return `${name}: no unit recorded`;
  const units = e.units.map((u) => `${u.unit.name}${u.certainty === 'possible' ? ' (possibly)' : ''}`).join(' and ');
  if (e.status === 'conflict') return `${e.subject.name}: sources disagree — ${units}`;
  if (e.status === 'uncertain') return `${e.subject.name}: changing hands around this date — ${units}`;
  if (e.status === 'not-existing') return `${e.subject.name}: the unit recorded did not exist then`;
  return `${e.subject.name}: ${units}`;
};

/** The world coloured by the department responsible on the date; hatched where sources disagree or the date is unsure. */
export const MapView = ({ at, country }: { at: string; country: string | null }) => {
  const [shapes, setShapes] = useState<Shape[] | null>(null);
  const [hover, setHover] = useState<string>('');
  useEffect(() => void loadShapes().then(setShapes), []);
  const { data, error, loading } = useRead('/api/coverage', { at });
  const byNumeric = useMemo(() => new Map((data?.countries ?? []).filter((c) => c.numeric).map((c) => [c.numeric!.padStart(3, '0'), c])), [data]);
  const palette = useMemo(() => colours(data?.countries ?? []), [data]);
  const colourOf = (unitId: string): string => palette.get(unitId) ?? 'var(--land)';
  const legend = useMemo(() => {
    const units = new Map<string, { name: string; count: number }>();
    for (const c of data?.countries ?? []) for (const u of c.units) units.set(u.unit.id, { name: u.unit.name, count: (units.get(u.unit.id)?.count ?? 0) + 1 });
    return [...units].sort((a, b) => b[1].count - a[1].count);
  }, [data]);
  if (error) return <p role="alert" class="error">{error.message}</p>;
  const fill = (e: Entry | undefined): string => {
    if (!e || e.units.length === 0) return 'var(--land)';
    if (e.status === 'conflict') return 'url(#hatch-conflict)';
    if (e.status === 'uncertain') return 'url(#hatch-uncertain)';
    return colourOf(e.units[0]!.unit.id);
  };
  const open = (e: Entry | undefined) => e?.subject.code && navigate('/map', { country: e.subject.code });
  return (
    <section aria-labelledby="map-title" aria-busy={loading || !shapes}>
      <h2 id="map-title">Who handles which country <span class="muted">on {data?.at ?? at}</span></h2>
      <p class="hover-line" aria-live="polite">{hover || 'Point at a country to see its department; click it for the reasoning and sources.'}</p>
      <div class="map-wrap">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} class="map" role="img" aria-label={`World map coloured by the department responsible on ${data?.at ?? at}`}>
          <defs>
            <pattern id="hatch-conflict" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#f4d03f" /><line x1="0" y1="0" x2="0" y2="6" stroke="#a04000" stroke-width="3" />
            </pattern>
            <pattern id="hatch-uncertain" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(-45)">
              <rect width="6" height="6" fill="#ddd" /><line x1="0" y1="0" x2="0" y2="6" stroke="#555" stroke-width="2" />
            </pattern>
          </defs>
          {(shapes ?? []).map((s) => {
            const e = byNumeric.get(s.id);
            const label = describe(e, s.name);
            return (
              <path
                key={s.id + s.name} d={s.d} fill={fill(e)} class={`country ${e?.status ?? 'none'} ${e?.units.every((u) => u.certainty === 'possible') ? 'possible' : ''}`}
                data-code={e?.subject.code ?? undefined} data-numeric={s.id} data-status={e?.status ?? 'not-covered'}
                data-unit={e?.units[0]?.unit.name ?? undefined}
                tabIndex={e ? 0 : -1} role={e ? 'button' : undefined} aria-label={e ? label : undefined}
                onMouseEnter={() => setHover(label)} onFocus={() => setHover(label)} onClick={() => open(e)}
                onKeyDown={(k) => (k.key === 'Enter' || k.key === ' ') && (k.preventDefault(), open(e))}
              ><title>{label}</title></path>
            );
          })}
        </svg>
      </div>
      <ul class="map-legend" aria-label="Departments">
        {legend.map(([id, u]) => (
          <li key={id}><span class="swatch" style={{ background: colourOf(id) }} /> <a href={href(`/unit/${encodeURIComponent(id)}`)}>{u.name}</a> <span class="muted">({u.count})</span></li>
        ))}
        <li><span class="swatch hatch-conflict" /> Sources disagree</li>
        <li><span class="swatch hatch-uncertain" /> Changing hands around this date</li>
        <li><span class="swatch none" /> No unit recorded</li>
      </ul>
      {country ? <RoutePanel subject={country} at={at} /> : null}
      <details class="country-list">
        <summary>All countries as a list</summary>
        <table>
          <thead><tr><th scope="col">Country</th><th scope="col">Department</th><th scope="col">Status</th><th scope="col">Sources</th></tr></thead>
          <tbody>
            {(data?.countries ?? []).map((c) => (
              <tr key={c.subject.id}>
                <td><a href={href('/map', { country: c.subject.code ?? undefined })}>{c.subject.name}</a></td>
                <td>{c.units.map((u) => u.unit.name).join('; ')}</td>
                <td>{c.status}</td>
                <td><Sources sources={c.units.flatMap((u) => u.sources)} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
};
