import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { countryName, dateText, nameOf, t } from '../i18n.js';
import { orgPath, useRegistry } from '../organization.js';
import { Failure } from '../parts/failure.js';
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
// Distinct hues, none grey (grey is "no unit"). A unit's colour comes from its id alone, so it keeps its colour across
// dates whatever other units come and go (a colour from its rank among the units of the day would change).
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#9467BD', '#F0E442', '#8C564B', '#56B4E9', '#BCBD22', '#17BECF', '#2CA02C', '#FF9DA7', '#1F3A93', '#6B8E23', '#B07AA1'];
/** A unit's colour: a hash of its id (FNV-1a) into the palette. */
export const colourOf = (unitId: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < unitId.length; i++) h = Math.imul(h ^ unitId.charCodeAt(i), 0x01000193);
  return PALETTE[(h >>> 0) % PALETTE.length]!;
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

/**
 * Who handles a country on the map: its units, or, in a registry of envoys rather than units (POCOM), the posts for
 * it that were held, coloured by the organization the post belongs to.
 */
type Handler = { id: string; name: string; certainty: 'certain' | 'possible'; sources: Entry['units'][number]['sources'] };
const handlersOf = (e: Entry): Handler[] => e.units.length
  ? e.units.map((u) => ({ id: u.unit.id, name: u.unit.name, certainty: u.certainty === 'possible' ? 'possible' : 'certain', sources: u.sources }))
  : e.posts.filter((p) => p.status !== 'vacant').map((p) => ({
    id: p.organization?.id ?? p.post.id, name: `${p.post.name} — ${p.holders.map((h) => nameOf(h.person)).join(t('and'))}`,
    certainty: p.status === 'held' ? 'certain' : 'possible', sources: [p.source],
  }));

const countryOf = (e: Entry): string => countryName(e.subject.code, e.subject.name);
const describe = (e: Entry | undefined, name: string): string => {
  if (!e) return t('mapNoUnit', { country: name });
  const units = handlersOf(e).map((u) => `${u.name}${u.certainty === 'possible' ? ` ${t('possiblyShort')}` : ''}`).join(t('and'));
  if (e.status === 'conflict') return t('mapConflict', { country: countryOf(e), units });
  if (e.status === 'uncertain') return t('mapUncertain', { country: countryOf(e), units });
  if (e.status === 'not-existing') return t('mapUnitGone', { country: countryOf(e) });
  return `${countryOf(e)}: ${units}`;
};

/** The country picker beside the map: a combobox of the countries recorded, the keyboard's and the phone's way in. */
const CountryPicker = ({ entries, mapPath, chosen }: { entries: readonly Entry[]; mapPath: string; chosen: string | null }) => {
  const options = useMemo(() => entries.filter((e) => e.subject.code).map((e) => ({ code: e.subject.code!, name: countryOf(e) })).sort((a, b) => a.name.localeCompare(b.name)), [entries]);
  const [value, setValue] = useState('');
  const pick = (text: string) => {
    const q = text.trim().toLowerCase();
    if (!q) return undefined;
    const hit = options.find((o) => o.name.toLowerCase() === q || o.code.toLowerCase() === q) ?? options.find((o) => o.name.toLowerCase().startsWith(q));
    if (hit) navigate(mapPath, { country: hit.code });
    return hit;
  };
  return (
    <form class="country-picker" role="search" aria-label={t('countryPicker')} onSubmit={(e) => {
      e.preventDefault();
      if (pick(value)) setValue('');
    }}>
      <label for="country-input">{t('countryPicker')}</label>
      <input id="country-input" list="country-options" value={value} autocomplete="off" placeholder={options.find((o) => o.code === chosen)?.name ?? t('countryPlaceholder')}
        onInput={(e) => setValue((e.target as HTMLInputElement).value)}
        onChange={(e) => {
          // Choosing an option of the list (mouse, touch or Enter in the list) opens it at once.
          const v = (e.target as HTMLInputElement).value;
          if (options.some((o) => o.name === v) && pick(v)) setValue('');
        }} />
      <datalist id="country-options">{options.map((o) => <option key={o.code} value={o.name} />)}</datalist>
      <button type="submit">{t('show')}</button>
    </form>
  );
};

/** The world coloured by the unit responsible on the date; hatched where sources disagree or the date is unsure. */
export const MapView = ({ org, at, country, within }: { org: string; at: string; country: string | null; within: boolean }) => {
  const [shapes, setShapes] = useState<Shape[] | null>(null);
  const [hover, setHover] = useState<string>('');
  useEffect(() => void loadShapes().then(setShapes), []);
  // The whole registry's answer by default (South Korea's desk may sit outside the ministry); `?within=1` keeps to the organization.
  const { data, error, loading } = useRead('/api/coverage', within ? { at, org } : { at });
  const registry = useRegistry();
  const byNumeric = useMemo(() => new Map((data?.countries ?? []).filter((c) => c.numeric).map((c) => [c.numeric!.padStart(3, '0'), c])), [data]);
  const legend = useMemo(() => {
    const units = new Map<string, { name: string; count: number }>();
    for (const c of data?.countries ?? []) {
      for (const u of c.units.length ? handlersOf(c) : c.posts.filter((p) => p.status !== 'vacant').map((p) => ({ id: p.organization?.id ?? p.post.id, name: p.organization?.name ?? p.post.name }))) {
        units.set(u.id, { name: u.name, count: (units.get(u.id)?.count ?? 0) + 1 });
      }
    }
    return [...units].sort((a, b) => b[1].count - a[1].count || a[1].name.localeCompare(b[1].name));
  }, [data]);
  if (error) return <Failure error={error} kind="organization" />;
  const mapPath = orgPath(org, 'map');
  const fill = (e: Entry | undefined): string => {
    const first = e ? handlersOf(e)[0] : undefined;
    if (!e || !first) return 'var(--land)';
    if (e.status === 'conflict') return 'url(#hatch-conflict)';
    if (e.status === 'uncertain') return 'url(#hatch-uncertain)';
    return colourOf(first.id);
  };
  const open = (e: Entry | undefined) => e?.subject.code && navigate(mapPath, { country: e.subject.code });
  const date = dateText(data?.at ?? at);
  const summary = registry?.organizations.find((o) => o.organization.id === org);
  const orgName = summary ? nameOf({ ...summary.organization, nativeName: summary.nativeName }) : org;
  const covered = (data?.countries ?? []).filter((c) => handlersOf(c).length > 0).length;
  return (
    <section aria-labelledby="map-title" aria-busy={loading || !shapes}>
      <h2 id="map-title">{t('mapTitle')} <span class="muted">{t('onDate', { date })}</span></h2>
      {data ? <p class="answer" data-answer="map">{t('mapAnswer', { count: covered, units: legend.length, date })}</p> : null}
      <div class="map-layout">
        <CountryPicker entries={data?.countries ?? []} mapPath={mapPath} chosen={country} />
        <label class="within"><input type="checkbox" checked={within} onChange={(e) => navigate(mapPath, { within: (e.target as HTMLInputElement).checked ? '1' : null })} /> {t('mapWithin', { org: orgName })}</label>
        <p class="hover-line" aria-live="polite">{hover || t('mapHint')}</p>
      </div>
      {country ? <RoutePanel subject={country} at={at} org={within ? org : undefined} mapPath={mapPath} /> : null}
      <div class="map-wrap">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} class="map" role="img" aria-label={t('mapLabel', { date })}>
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
            // Not in the tab order: the country picker and the list below are the keyboard's way (a Tab per country was 64 to Sweden).
            return (
              <path
                key={s.id + s.name} d={s.d} fill={fill(e)} class={`country ${e?.status ?? 'none'} ${e && handlersOf(e).every((u) => u.certainty === 'possible') ? 'possible' : ''}${e && e.subject.code === country ? ' chosen' : ''}`}
                data-code={e?.subject.code ?? undefined} data-numeric={s.id} data-status={e?.status ?? 'not-covered'}
                data-unit={(e && handlersOf(e)[0]?.name) ?? undefined} data-unit-id={(e && handlersOf(e)[0]?.id) ?? undefined}
                onMouseEnter={() => setHover(label)} onClick={() => open(e)}
              ><title>{label}</title></path>
            );
          })}
        </svg>
      </div>
      <ul class="map-legend" aria-label={t('legendUnits')}>
        {legend.map(([id, u]) => (
          <li key={id} data-unit-id={id}><span class="swatch" style={{ background: colourOf(id) }} /> <a href={href(`/unit/${encodeURIComponent(id)}`)}>{u.name}</a> <span class="muted">({u.count})</span></li>
        ))}
        <li><span class="swatch hatch-conflict" /> {t('disputedLong')}</li>
        <li><span class="swatch hatch-uncertain" /> {t('changingHands')}</li>
        <li><span class="swatch none" /> {t('noUnitRecorded')}</li>
      </ul>
      <details class="country-list">
        <summary>{t('countryList')}</summary>
        <table>
          <thead><tr><th scope="col">{t('country')}</th><th scope="col">{t('unit')}</th><th scope="col">{t('status')}</th><th scope="col">{t('sourcesHeading')}</th></tr></thead>
          <tbody>
            {(data?.countries ?? []).map((c) => (
              <tr key={c.subject.id}>
                <td><a href={href(mapPath, { country: c.subject.code ?? undefined })}>{countryOf(c)}</a></td>
                <td>{handlersOf(c).map((u) => u.name).join('; ')}</td>
                <td>{t(`routeStatus_${c.status}`)}</td>
                <td><Sources sources={handlersOf(c).flatMap((u) => u.sources)} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
};
