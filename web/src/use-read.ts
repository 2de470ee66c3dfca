import { useEffect, useState } from 'preact/hooks';
import { ApiError, read, type ReadParams, type Reads } from './api.js';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
}

/** Reads an answer and keeps the last one shown while the next loads (the chart does not blank as the date moves). */
export const useRead = <P extends keyof Reads>(path: P, params: ReadParams<P> | null, refresh = 0): Loaded<Reads[P]> => {
  const [state, setState] = useState<Loaded<Reads[P]>>({ data: undefined, error: undefined, loading: true });
  const key = params ? JSON.stringify(params) : '';
  useEffect(() => {
    if (!params) return;
    const abort = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    read(path, params, abort.signal).then(
      (data) => setState({ data, error: undefined, loading: false }),
      (e: unknown) => {
        if (abort.signal.aborted) return;
        setState({ data: undefined, error: e instanceof ApiError ? e : new ApiError(0, 'NETWORK', String(e), null), loading: false });
      },
    );
    return () => abort.abort();
  }, [path, key, refresh]);
  return state;
};
