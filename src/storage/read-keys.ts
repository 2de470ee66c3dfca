/**
 * What a read depended on, and what a change touched, in one vocabulary (decision 12): a whole table, a row by id,
 * or one key of a named index. A read records the keys it looked up; a change to a row touches its table, its id and
 * its keys in every index before and after. A value derived from reads is stale exactly when a change touched one of
 * the keys its reads recorded.
 */
export type ReadKey = string;

/** Anything in the table: a read of every row, or a read through SQL the mirror's keys do not describe. */
export const tableKey = (table: string): ReadKey => table;
/** One row, by id (found or not). */
export const rowKey = (table: string, id: string): ReadKey => `${table}#${id}`;
/** Rows filed under one key of a named index. */
export const indexKey = (table: string, index: string, group: string, key: string): ReadKey => `${table}.${index}\u0000${group}\u0000${key}`;

/** Where reads report what they depended on (a prepared answer being computed). */
export interface ReadRecorder {
  read(key: ReadKey): void;
}
