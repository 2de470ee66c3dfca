import type { Responsibility, ResponsibilityRole, Subject } from '../../domain/model.js';
import type { Day } from '../../domain/time/day.js';
import * as m from '../mappers.js';
import type { ResponsibilityRow, SubjectRow } from '../tables.js';
import { type RepositoryContext, TableRepository } from './table.repository.js';

export class SubjectRepository extends TableRepository<Subject, SubjectRow> {
  constructor(rc: RepositoryContext) {
    super(rc, 'subjects', m.subjectToRow, m.rowToSubject);
  }
}

export interface RouteQuery {
  subjectIds: readonly string[];
  /** The days the question covers, `[from, to]` inclusive. */
  from: Day;
  to: Day;
  roles: readonly ResponsibilityRole[];
}

export class ResponsibilityRepository extends TableRepository<Responsibility, ResponsibilityRow> {
  constructor(rc: RepositoryContext) {
    super(rc, 'responsibilities', m.responsibilityToRow, m.rowToResponsibility);
  }

  /** Responsibilities for a subject that may be in force on some day of `[from, to]`: one index range, no scan. */
  async possiblyDuring(q: RouteQuery): Promise<Responsibility[]> {
    return (await this.query()).by('byRoleSubject', q.roles, q.subjectIds, { from: q.from, to: q.to });
  }
  async forUnits(unitIds: readonly string[]): Promise<Responsibility[]> {
    return (await this.query()).by('byUnit', [''], unitIds);
  }
  /** Every responsibility of these roles ever recorded for these subjects, by id. */
  async forSubjectsInRoles(subjectIds: readonly string[], roles: readonly ResponsibilityRole[]): Promise<Responsibility[]> {
    return (await this.query()).by('byRoleSubject', roles, subjectIds);
  }
  /** Every responsibility ever recorded for these subjects. */
  async forSubjects(subjectIds: readonly string[]): Promise<Responsibility[]> {
    return (await this.query()).by('bySubject', [''], subjectIds);
  }
}
