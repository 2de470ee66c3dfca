import { DomainError } from '../domain/errors.js';
import type { Source } from '../domain/model.js';
import { type CoverageRule, sourceCoverage } from '../domain/sources.js';
import { type Day, formatDay } from '../domain/time/day.js';
import { parsePartialDate } from '../domain/time/partial-date.js';
import { DATED_FACT_TABLES } from '../storage/repositories/source.repository.js';
import type { Store } from '../storage/store.js';
import type { RegistryTable } from '../storage/tables.js';
import type { WriteActor } from './write.service.js';

export interface SourceCoverageView {
  sourceId: string;
  /** The last day the source speaks for; null when nothing tells (a source with no dated fact). */
  coverage: string | null;
  rule: CoverageRule | null;
  /** Open facts whose known-until day this changed. */
  factsUpdated: number;
  /** Whether the source's coverage end itself changed. */
  changed: boolean;
}

/**
 * Brings the open facts a source states in line with the coverage of their sources: each is certain up to the
 * newest coverage end among the sources that state it (`known_until`), possible after. One rule for imports and for
 * corrections, so that answers follow a coverage however it was given.
 */
const refreshKnownUntil = async (tx: Store, sourceIds: readonly string[]): Promise<number> => {
  const facts = await tx.sources.openFactsCitedBy(sourceIds);
  if (facts.length === 0) return 0;
  const sources = new Map((await tx.sources.getMany([...new Set(facts.flatMap((f) => f.sources))])).map((s) => [s.id, s]));
  // A source that gives the fact another end (a date, or none) does not say it is still running.
  const otherEnd = new Set<string>();
  for (const [table, type] of DATED_FACT_TABLES) {
    const ids = facts.filter((f) => f.table === table).map((f) => f.id);
    if (ids.length) for (const c of await tx.claims.forEntities(type, ids)) if (c.field === 'end' && c.value !== 'open') otherEnd.add(`${c.entityId}\u0000${c.sourceId}`);
  }
  const wanted = new Map<RegistryTable, Map<string, Day | null>>();
  for (const f of facts) {
    const running = f.sources.filter((id) => !otherEnd.has(`${f.id}\u0000${id}`));
    const ends = (running.length ? running : f.sources).map((id) => (sources.get(id) ? sourceCoverage(sources.get(id)!)?.end : undefined)).filter((d): d is Day => d !== undefined);
    const end = ends.length ? Math.max(...ends) : null;
    if (end === f.knownUntil) continue;
    let m = wanted.get(f.table);
    if (!m) wanted.set(f.table, (m = new Map()));
    m.set(f.id, end);
  }
  let changed = 0;
  for (const [table, ends] of wanted) {
    const repo = tx.repository(table) as unknown as {
      rows(ids: readonly string[]): Promise<Record<string, unknown>[]>;
      updateRows(rows: readonly Record<string, unknown>[]): Promise<number>;
    };
    const rows = await repo.rows([...ends.keys()]);
    changed += await repo.updateRows(rows.map((r) => ({ ...r, known_until: ends.get(r['id'] as string) ?? null })));
  }
  return changed;
};

const view = (s: Source, factsUpdated: number, changed: boolean): SourceCoverageView => {
  const c = sourceCoverage(s);
  return { sourceId: s.id, coverage: c ? formatDay(c.end) : null, rule: c?.rule ?? null, factsUpdated, changed };
};

/** Whether a source's coverage is (or would be) the newest date of its facts: neither its own date nor a user's gives it. */
export const byNewestFact = (s: Source): boolean => {
  const c = sourceCoverage(s);
  return !c || c.rule === 'newest-fact';
};

/** The source with its newest-fact coverage set to `day` (or removed), unless its own date or a user's gives it. */
export const withNewestFact = (s: Source, day: Day | undefined): Source => {
  const given = sourceCoverage(s);
  if (given && given.rule !== 'newest-fact') return s;
  const text = day === undefined ? undefined : formatDay(day);
  if (text === s.coverage) return s;
  const { coverage: _c, coverageRule: _r, ...rest } = s;
  return text === undefined ? rest : { ...rest, coverage: text, coverageRule: 'newest-fact' };
};

/**
 * After an import: every source it named gets a coverage end. Its own date or a user's correction stands; else the
 * newest date any of its facts carries (recomputed, so a later import that brings newer facts moves it). Then the
 * open facts it states follow. Returns what each source covers and by which rule, for the import report.
 */
export const settleCoverage = async (tx: Store, sourceIds: Iterable<string>): Promise<SourceCoverageView[]> => {
  const sources = await tx.sources.getMany([...new Set(sourceIds)]);
  const newest = await tx.sources.newestFactDays(sources.filter(byNewestFact).map((s) => s.id));
  const settled = sources.map((s) => [s, withNewestFact(s, newest.get(s.id))] as const);
  const changed = settled.filter(([a, b]) => a !== b).map(([, b]) => b);
  if (changed.length) await tx.sources.updateRows(changed.map((s) => tx.sources.contentOf(s)));
  await refreshKnownUntil(tx, sources.map((s) => s.id));
  return settled.map(([a, b]) => view(b, 0, a !== b));
};

/**
 * Sets (or corrects) the last day a source speaks for: recorded like any write (the caller's store carries the
 * writer), and every open fact it states follows at once. `null` removes a correction: the source's own date, or
 * the newest date of its facts, applies again.
 */
export const setSourceCoverage = async (store: Store, sourceId: string, date: string | null, actor?: WriteActor): Promise<SourceCoverageView> =>
  store.transaction(async (plain) => {
    const tx = actor ? plain.withContext({ userId: actor.user.id, sourceId, now: () => actor.now }) : plain;
    const s = await tx.sources.get(sourceId);
    if (!s) throw new DomainError('NOT_FOUND', `no source with id "${sourceId}"`, { field: 'source', value: sourceId });
    const { coverage: _c, coverageRule: _r, ...rest } = s;
    const next: Source = date === null ? rest : { ...rest, coverage: parsePartialDate(date, { field: 'coverage' }).text, coverageRule: 'set' };
    await tx.sources.updateRows([tx.sources.contentOf(next)]);
    if (date === null) return { ...(await settleCoverage(tx, [sourceId]))[0]!, changed: s.coverageRule === 'set' };
    return view(next, await refreshKnownUntil(tx, [sourceId]), next.coverage !== s.coverage || next.coverageRule !== s.coverageRule);
  });
