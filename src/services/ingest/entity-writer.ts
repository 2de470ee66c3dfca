import type { Source } from '../../domain/model.js';
import { SAFE_URL } from '../../domain/sources.js';
import { storedDate } from '../../domain/time/partial-date.js';
import { reconcileDates } from '../../domain/time/reconcile-dates.js';
import { type EntityTable, same, StatedEntity } from '../../storage/entity-fields.js';
import type { RegistryTable } from '../../storage/tables.js';
import type { RecordOf } from '../../dataset/dataset-records.js';
import { makeClaim, type ImportBatch } from './import-batch.js';

interface EntitySpec {
  table: EntityTable;
  /** The entity type claims and citations name. */
  type: string;
  refs: (value: Record<string, unknown>) => [field: string, table: RegistryTable, id: string][];
}

const SPECS: Record<EntityKind, EntitySpec> = {
  subject: { table: 'subjects', type: 'subject', refs: () => [] },
  organization: { table: 'organizations', type: 'organization', refs: (v) => [['source', 'sources', v['sourceId'] as string]] },
  post: {
    table: 'posts', type: 'post', refs: (v) => [['source', 'sources', v['sourceId'] as string], ['organization', 'organizations', v['organizationId'] as string]],
  },
  person: { table: 'people', type: 'person', refs: (v) => [['source', 'sources', v['sourceId'] as string]] },
};

type EntityKind = 'subject' | 'organization' | 'post' | 'person';

/**
 * Writes entities that several sources describe (subjects, organizations, posts, people), by id. A new id is
 * created. For a known one, a source fills what is still unknown (and that value is cited to it, not to the
 * entity's first source); where it gives another value, dates reconcile (refine, or widen and disagree) and other
 * values stay as they are, each side kept as a claim; the source is cited for the entity. Nothing is overwritten
 * silently, and the same record again changes nothing. Fields are the claims' names; storage keeps their columns.
 */
export const writeEntities = async (w: ImportBatch, kind: EntityKind, recs: readonly RecordOf<EntityKind>[]): Promise<void> => {
  const spec = SPECS[kind];
  for (const r of recs) (r.value as { sourceId?: string }).sourceId &&= w.sourceId((r.value as { sourceId: string }).sourceId);
  const refs = recs.flatMap((r) => spec.refs(r.value as unknown as Record<string, unknown>));
  for (const table of new Set(refs.map(([, t]) => t))) await w.load(table, refs.filter(([, t]) => t === table).map(([, , id]) => id));
  const existing = await StatedEntity.stored(w.tx, spec.table, recs.map((r) => r.value.id));
  for (const rec of recs) {
    const value = rec.value as unknown as Record<string, unknown>;
    const missing = spec.refs(value).find(([, table, id]) => !w.has(table, id));
    if (missing) {
      w.reject(kind, rec.place, `no ${missing[1].replace(/s$/, '').replace(/ie$/, 'y')} with id "${missing[2]}"`, missing[0], missing[2]);
      continue;
    }
    const content = StatedEntity.of(w.tx, spec.table, rec.value);
    const stored = existing.get(rec.value.id);
    if (!stored) {
      w.insert(spec.table, { ...content.content });
      existing.set(rec.value.id, content);
      w.markCreated(spec.table, rec.value.id);
      w.outcome(kind, 'created', rec.place);
      continue;
    }
    const sourceId = (value['sourceId'] as string | undefined) ?? stored.sourceId;
    const entitySource = stored.sourceId;
    let next = stored;
    const notes: string[] = [];
    const claims = await w.claimsFor(spec.type, rec.value.id);
    for (const { field, date } of StatedEntity.fields(spec.table)) {
      const incoming = content.value(field);
      const current = stored.value(field);
      if (incoming === undefined) continue;
      const empty = current === undefined;
      if (date && sourceId && entitySource) {
        // Each source's value for the date, the first source's implicit until claimed; then one value for them all.
        const bySource = new Map(claims.filter((c) => c.field === field).map((c) => [c.sourceId, c.value]));
        if (!empty && !bySource.has(entitySource)) bySource.set(entitySource, String(current));
        if (bySource.get(sourceId) === String(incoming)) continue;
        bySource.set(sourceId, String(incoming));
        const values = [...new Set(bySource.values())];
        if (values.length === 1) {
          next = next.with(field, incoming);
          if (sourceId !== entitySource) await w.claim(makeClaim(spec.type, rec.value.id, field, String(incoming), sourceId, 'filled in from this source'));
          notes.push(`${field} filled in`);
          continue;
        }
        for (const [src, value] of bySource) await w.claim(makeClaim(spec.type, rec.value.id, field, value, src));
        const r = reconcileDates(values.map((v) => storedDate(v)))!;
        if (r.date.text !== current) next = next.with(field, r.date.text);
        notes.push(r.agree ? `${field} refined to ${r.date.text}` : `${field}: sources disagree (${values.join(' / ')}); kept each as a claim; the date spans them: ${r.date.text}`);
        continue;
      }
      if (empty) {
        next = next.with(field, incoming);
        // A value filled in from a second source is that source's word: cite it there, not to the entity's first source.
        if (sourceId && sourceId !== entitySource) await w.claim(makeClaim(spec.type, rec.value.id, field, String(incoming), sourceId, 'filled in from this source'));
        notes.push(`${field} filled in`);
        continue;
      }
      if (same(current, incoming) || !sourceId || !entitySource) continue;
      if (claims.some((c) => c.field === field && c.sourceId === sourceId && c.value === String(incoming))) continue;
      const provenance = claims.find((c) => c.field === field && c.value === String(current))?.sourceId ?? entitySource;
      await w.claim(makeClaim(spec.type, rec.value.id, field, String(current), provenance));
      await w.claim(makeClaim(spec.type, rec.value.id, field, String(incoming), sourceId));
      notes.push(`${field}: sources disagree (${String(current)} / ${String(incoming)}); kept both as claims`);
    }
    const changed = !next.sameAs(stored);
    if (changed) {
      await w.write(spec.table, { ...next.content }, true);
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
