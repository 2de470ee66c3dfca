/** Ids in the byte order of the databases' `order by id` (UTF-16 code units equal it for the ASCII ids used). */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Records in the order of their ids, as the databases give them. */
export const byId = (a: { id: string }, b: { id: string }): number => byCodeUnits(a.id, b.id);
