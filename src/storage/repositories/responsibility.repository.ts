import type { Responsibility, ResponsibilityRole, Subject } from '../../domain/model.js';
import type { Day } from '../../domain/time/day.js';
import { mayHoldDuring } from '../../domain/time/interval.js';
import { byCodeUnits } from '../../domain/id-order.js';
import * as m from '../mappers.js';
import { tableAt } from '../system-time.js';
import type { ResponsibilityRow, SubjectRow } from '../tables.js';
import { compileTemplate, type QueryTemplate } from './query-template.js';
import { chunks, IN_CHUNK, possiblyDuring, type RepositoryContext, TableRepository } from './table.repository.js';

export class SubjectRepository extends TableRepository<Subject, SubjectRow> {
  constructor(rc: RepositoryContext) {
    super(rc, 'subjects', m.subjectToRow, m.rowToSubject);
  }
}

/** Values gathered from several keys, in id order as the SQL gives them. */
const sortedById = (rs: Responsibility[]): Responsibility[] => (rs.length > 1 ? rs.sort((a, b) => byCodeUnits(a.id, b.id)) : rs);

export interface RouteQuery {
  subjectIds: readonly string[];
  /** The days the question covers, `[from, to]` inclusive. */
  from: Day;
  to: Day;
  roles: readonly ResponsibilityRole[];
}

export class ResponsibilityRepository extends TableRepository<Responsibility, ResponsibilityRow> {
  private readonly routeTemplates = new Map<string, QueryTemplate>();

  constructor(rc: RepositoryContext) {
    super(rc, 'responsibilities', m.responsibilityToRow, m.rowToResponsibility);
  }

  /** Responsibilities for a subject that may be in force on some day of `[from, to]`: one index range, no scan. */
  async possiblyDuring(q: RouteQuery): Promise<Responsibility[]> {
    const mem = await this.memory();
    if (mem) return sortedById(q.roles.flatMap((role) => mem.by(0, role, q.subjectIds))).filter((r) => mayHoldDuring(r.interval, q.from, q.to));
    // Routing's hot path: the query is compiled once per shape and re-run with new parameters.
    const past = this.rc.knownAt !== undefined;
    const key = `${q.subjectIds.length}:${q.roles.length}:${past}`;
    let template = this.routeTemplates.get(key);
    if (!template) {
      const cols = past ? await this.rc.columns('responsibilities') : [];
      template = compileTemplate((p) => {
        const view = past ? tableAt('responsibilities', cols, p('knownAt')) : 'responsibilities';
        const query = this.db
          .selectFrom(view as 'responsibilities')
          .selectAll()
          .where('subject_id', 'in', q.subjectIds.map((_s, i) => p(`subject${i}`)))
          .where('role', 'in', q.roles.map((_r, i) => p(`role${i}`)));
        return possiblyDuring(query, p('from'), p('to')).orderBy('id');
      });
      this.routeTemplates.set(key, template);
    }
    const values: Record<string, unknown> = { to: q.to, from: q.from, knownAt: this.rc.knownAt };
    q.subjectIds.forEach((s, i) => (values[`subject${i}`] = s));
    q.roles.forEach((r, i) => (values[`role${i}`] = r));
    const result = await this.db.executeQuery<ResponsibilityRow>(template.bind(values));
    return this.map(result.rows);
  }
  async forUnits(unitIds: readonly string[]): Promise<Responsibility[]> {
    const mem = await this.memory();
    if (mem) return mem.by(1, '', unitIds);
    const out: Responsibility[] = [];
    for (const part of chunks([...new Set(unitIds)], IN_CHUNK)) out.push(...this.map(await (await this.select()).where('unit_id', 'in', part).orderBy('id').execute()));
    return out;
  }
  /** Every responsibility of these roles ever recorded for these subjects, by id. */
  async forSubjectsInRoles(subjectIds: readonly string[], roles: readonly ResponsibilityRole[]): Promise<Responsibility[]> {
    const mem = await this.memory();
    if (mem) return sortedById(roles.flatMap((role) => mem.by(0, role, subjectIds)));
    const out: Responsibility[] = [];
    for (const part of chunks([...new Set(subjectIds)], IN_CHUNK)) {
      out.push(...this.map(await (await this.select()).where('subject_id', 'in', part).where('role', 'in', [...roles]).orderBy('id').execute()));
    }
    return sortedById(out);
  }
  /** Every responsibility ever recorded for these subjects. */
  async forSubjects(subjectIds: readonly string[]): Promise<Responsibility[]> {
    const mem = await this.memory();
    if (mem) return mem.by(2, '', subjectIds);
    const out: Responsibility[] = [];
    for (const part of chunks([...new Set(subjectIds)], IN_CHUNK)) out.push(...this.map(await (await this.select()).where('subject_id', 'in', part).orderBy('id').execute()));
    return out;
  }
}
