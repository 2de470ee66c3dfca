import type { Source } from '../../domain/model.js';
import { SAFE_URL } from '../../domain/sources.js';
import { storedDate } from '../../domain/time/partial-date.js';
import { reconcileDates } from '../../domain/time/reconcile-dates.js';
import { sameContent } from '../../storage/repositories/table.repository.js';
import type { RegistryTable } from '../../storage/tables.js';
import type { RecordKind, RecordOf } from '../../dataset/dataset-records.js';
import { makeClaim, type ImportBatch } from './import-batch.js';

/** How an entity's columns combine across sources: dates reconcile, other values keep the first and record the rest. */
interface Column {
  column: string;
  /** The field a claim about it names (the domain's word). */
  field: string;
  date?: boolean;
  /** A stored value that says nothing yet, which a source may fill in. */
  unknown?: unknown;
}

interface EntitySpec {
  table: RegistryTable;
  /** The entity type claims and citations name. */
  type: string;
  columns: Column[];
  refs: (value: Record<string, unknown>) => [field: string, table: RegistryTable, id: string][];
}

const SPECS: Partial<Record<RecordKind, EntitySpec>> = {
  subject: {
    table: 'subjects', type: 'subject', refs: () => [],
    columns: [{ column: 'code', field: 'code' }, { column: 'life_from', field: 'existed-from', date: true }, { column: 'life_to', field: 'existed-until', date: true }, { column: 'successors', field: 'successors' }],
  },
  organization: {
    table: 'organizations', type: 'organization', refs: (v) => [['source', 'sources', v['sourceId'] as string]],
    columns: [
      { column: 'native_name', field: 'native-name' }, { column: 'kind', field: 'kind', unknown: 'other' }, { column: 'agency_type', field: 'agency-type' },
      { column: 'jurisdiction', field: 'jurisdiction' }, { column: 'headquarters', field: 'headquarters' }, { column: 'logo', field: 'logo' },
      { column: 'formed', field: 'formed', date: true }, { column: 'dissolved', field: 'dissolved', date: true }, { column: 'exclusive_posts', field: 'exclusive-posts', unknown: 0 },
    ],
  },
  post: {
    table: 'posts', type: 'post', refs: (v) => [['source', 'sources', v['sourceId'] as string], ['organization', 'organizations', v['organizationId'] as string]],
    columns: [
      { column: 'seats', field: 'seats' }, { column: 'rank', field: 'rank' }, { column: 'life_from', field: 'existed-from', date: true },
      { column: 'life_to', field: 'existed-until', date: true }, { column: 'subject_id', field: 'subject' },
    ],
  },
  person: {
    table: 'people', type: 'person', refs: (v) => [['source', 'sources', v['sourceId'] as string]],
    columns: [{ column: 'native_name', field: 'native-name' }, { column: 'born', field: 'born', date: true }, { column: 'died', field: 'died', date: true }],
  },
};

type EntityKind = 'subject' | 'organization' | 'post' | 'person';
type Repo = {
  rows(ids: readonly string[]): Promise<Record<string, unknown>[]>;
  contentOf(e: unknown): Record<string, unknown>;
};

const SYS = new Set(['sys_seq', 'sys_from', 'sys_user', 'sys_source', 'sys_op']);
const strip = (r: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(r).filter(([k]) => !SYS.has(k)));
const same = (a: unknown, b: unknown): boolean => (a ?? null) === (b ?? null) || (typeof a === 'number' || typeof b === 'number' ? Number(a) === Number(b) : false);

/**
 * Writes entities that several sources describe (subjects, organizations, posts, people), by id. A new id is
 * created. For a known one, a source fills what is still unknown (and that value is cited to it, not to the
 * entity's first source); where it gives another value, dates reconcile (refine, or widen and disagree) and other
 * values stay as they are, each side kept as a claim; the source is cited for the entity. Nothing is overwritten
 * silently, and the same record again changes nothing.
 */
export const writeEntities = async (w: ImportBatch, kind: EntityKind, recs: readonly RecordOf<EntityKind>[]): Promise<void> => {
  const spec = SPECS[kind]!;
  const repo = w.tx.repository(spec.table) as unknown as Repo;
  for (const r of recs) (r.value as { sourceId?: string }).sourceId &&= w.sourceId((r.value as { sourceId: string }).sourceId);
  const refs = recs.flatMap((r) => spec.refs(r.value as unknown as Record<string, unknown>));
  for (const table of new Set(refs.map(([, t]) => t))) await w.load(table, refs.filter(([, t]) => t === table).map(([, , id]) => id));
  const existing = new Map((await repo.rows(recs.map((r) => r.value.id))).map((row) => [row['id'] as string, strip(row)]));
  for (const rec of recs) {
    const value = rec.value as unknown as Record<string, unknown>;
    const missing = spec.refs(value).find(([, table, id]) => !w.has(table, id));
    if (missing) {
      w.reject(kind, rec.place, `no ${missing[1].replace(/s$/, '').replace(/ie$/, 'y')} with id "${missing[2]}"`, missing[0], missing[2]);
      continue;
    }
    const content = repo.contentOf(rec.value);
    const stored = existing.get(rec.value.id);
    if (!stored) {
      w.insert(spec.table, content);
      existing.set(rec.value.id, content);
      w.markCreated(spec.table, rec.value.id);
      w.outcome(kind, 'created', rec.place);
      continue;
    }
    const sourceId = (value['sourceId'] as string | undefined) ?? (stored['source_id'] as string | undefined);
    const entitySource = stored['source_id'] as string | undefined;
    const next = { ...stored };
    const notes: string[] = [];
    const claims = await w.claimsFor(spec.type, rec.value.id);
    for (const col of spec.columns) {
      const incoming = content[col.column];
      const current = stored[col.column];
      if (incoming === null || incoming === undefined || same(incoming, col.unknown)) continue;
      const empty = current === null || current === undefined || same(current, col.unknown);
      if (col.date && sourceId && entitySource) {
        // Each source's value for the date, the first source's implicit until claimed; then one value for them all.
        const bySource = new Map(claims.filter((c) => c.field === col.field).map((c) => [c.sourceId, c.value]));
        if (!empty && !bySource.has(entitySource)) bySource.set(entitySource, String(current));
        if (bySource.get(sourceId) === String(incoming)) continue;
        bySource.set(sourceId, String(incoming));
        const values = [...new Set(bySource.values())];
        if (values.length === 1) {
          next[col.column] = incoming;
          if (sourceId !== entitySource) await w.claim(makeClaim(spec.type, rec.value.id, col.field, String(incoming), sourceId, 'filled in from this source'));
          notes.push(`${col.field} filled in`);
          continue;
        }
        for (const [src, value] of bySource) await w.claim(makeClaim(spec.type, rec.value.id, col.field, value, src));
        const r = reconcileDates(values.map((v) => storedDate(v)))!;
        if (r.date.text !== current) next[col.column] = r.date.text;
        notes.push(r.agree ? `${col.field} refined to ${r.date.text}` : `${col.field}: sources disagree (${values.join(' / ')}); kept each as a claim; the date spans them: ${r.date.text}`);
        continue;
      }
      if (empty) {
        next[col.column] = incoming;
        // A value filled in from a second source is that source's word: cite it there, not to the entity's first source.
        if (sourceId && sourceId !== entitySource) await w.claim(makeClaim(spec.type, rec.value.id, col.field, String(incoming), sourceId, 'filled in from this source'));
        notes.push(`${col.field} filled in`);
        continue;
      }
      if (same(current, incoming) || !sourceId || !entitySource) continue;
      if (claims.some((c) => c.field === col.field && c.sourceId === sourceId && c.value === String(incoming))) continue;
      const provenance = claims.find((c) => c.field === col.field && c.value === String(current))?.sourceId ?? entitySource;
      await w.claim(makeClaim(spec.type, rec.value.id, col.field, String(current), provenance));
      await w.claim(makeClaim(spec.type, rec.value.id, col.field, String(incoming), sourceId));
      notes.push(`${col.field}: sources disagree (${String(current)} / ${String(incoming)}); kept both as claims`);
    }
    const changed = !sameContent(next, stored);
    if (changed) {
      await w.write(spec.table, next, true);
      existing.set(rec.value.id, next);
    }
    const cited = sourceId && entitySource && sourceId !== entitySource ? await w.cite({ entityType: spec.type, entityId: rec.value.id, sourceId }) : false;
    if (changed || cited || notes.length) w.outcome(kind, 'merged', rec.place, { id: rec.value.id, message: notes.length ? notes.join('; ') : `also stated by ${sourceId}` });
    else w.outcome(kind, 'unchanged', rec.place);
  }
};

/**
 * Writes sources. A source imported from a file carries its digest: the same file again is the same source, whatever
 * id the input gave it, and every record citing that id is cited to the stored one. Links are http(s) only.
 */
export const writeSources = async (w: ImportBatch, recs: readonly RecordOf<'source'>[]): Promise<void> => {
  const repo = w.tx.sources;
  for (const rec of recs) {
    const s: Source = rec.value;
    if (s.url !== undefined && !SAFE_URL.test(s.url)) {
      w.reject('source', rec.place, 'a source\'s url is an http(s) address (or urn:, doi:)', 'url', s.url);
      continue;
    }
    if (s.digest) {
      const same = await repo.byDigest(s.digest);
      if (same && same.id !== s.id) {
        w.memory.sourceAliases.set(s.id, same.id);
        w.memory.sources.set(same.id, same);
        w.added('sources', same.id);
        w.outcome('source', 'unchanged', rec.place, { id: same.id, message: `the same file as source "${same.id}", imported before` });
        continue;
      }
    }
    const stored = await repo.get(s.id);
    if (!stored) {
      await repo.insertRows([repo.contentOf(s)]);
      w.memory.sources.set(s.id, s);
      w.added('sources', s.id);
      w.outcome('source', 'created', rec.place);
      continue;
    }
    const filled: Source = { ...stored };
    const notes: string[] = [];
    for (const k of ['url', 'publisher', 'license', 'published', 'accessed', 'asOf', 'note', 'digest'] as const) {
      if (s[k] !== undefined && stored[k] === undefined) {
        filled[k] = s[k];
        notes.push(`${k} filled in`);
      }
    }
    const changed = (await repo.updateRows([repo.contentOf(filled)])) > 0;
    w.memory.sources.set(s.id, filled);
    w.added('sources', s.id);
    w.outcome('source', changed ? 'merged' : 'unchanged', rec.place, changed ? { id: s.id, message: notes.join('; ') } : undefined);
  }
};
