/**
 * A pure function of an object, remembered for frozen objects only: a frozen object (the mirror's rows) cannot
 * change, so its answer cannot either; any other object is computed each time. The memory goes with the object.
 */
export const memoOnFrozen = <K extends object, V>(compute: (k: K) => V): ((k: K) => V) => {
  const kept = new WeakMap<K, V>();
  return (k) => {
    const v = kept.get(k);
    if (v !== undefined) return v;
    const computed = compute(k);
    if (Object.isFrozen(k)) kept.set(k, computed);
    return computed;
  };
};
