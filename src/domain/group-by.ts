/** The items by a key, in their order: one pass, each list grown in place. */
export const groupBy = <T>(xs: Iterable<T>, key: (x: T) => string): Map<string, T[]> => {
  const out = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
};
