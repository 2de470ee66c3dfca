// The client's types are the services' own answer types: the server and the app cannot drift apart silently.
import type { CareerAnswer } from '../../src/services/career.service.js';
import type { ChartAnswer } from '../../src/services/chart.service.js';
import type { CoverageAnswer } from '../../src/services/coverage.service.js';
import type { DiffAnswer } from '../../src/services/diff.service.js';
import type { HoldersAnswer } from '../../src/services/holders.service.js';
import type { RouteAnswer } from '../../src/services/routing.service.js';
import type { SearchAnswer } from '../../src/services/search.service.js';
import type { UnitAnswer } from '../../src/services/unit.service.js';

export type { CareerAnswer, ChartAnswer, CoverageAnswer, DiffAnswer, HoldersAnswer, RouteAnswer, SearchAnswer, UnitAnswer };

/** What each read of the API answers, by path. */
export interface Reads {
  '/api/chart': ChartAnswer;
  '/api/coverage': CoverageAnswer;
  '/api/route': RouteAnswer;
  '/api/holders': HoldersAnswer;
  '/api/career': CareerAnswer;
  '/api/unit': UnitAnswer;
  '/api/diff': DiffAnswer;
  '/api/search': SearchAnswer;
}

/** Every error the API sends has this shape (docs/api.md). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field: string | null,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'chancery.token';
export const token = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (t: string | null): void => (t ? sessionStorage.setItem(TOKEN_KEY, t) : sessionStorage.removeItem(TOKEN_KEY)),
};

const failure = async (res: Response): Promise<ApiError> => {
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string; field: string | null } } | null;
  return new ApiError(res.status, body?.error?.code ?? 'HTTP_ERROR', body?.error?.message ?? `${res.status} ${res.statusText}`, body?.error?.field ?? null);
};

export const query = (params: Record<string, string | undefined>): string =>
  new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')).toString();

export const read = async <P extends keyof Reads>(path: P, params: Record<string, string | undefined>, signal?: AbortSignal): Promise<Reads[P]> => {
  const res = await fetch(`${path}?${query(params)}`, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as Reads[P];
};

/** A write as the signed-in editor; the API checks the role, this only carries the token. */
export const write = async <T>(method: 'POST', path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> => {
  const t = token.get();
  const res = await fetch(path, {
    method, body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(t ? { authorization: `Bearer ${t}` } : {}), ...headers },
  });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as T;
};

/** The version of an entity (its ETag), which a change must name so that two editors cannot overwrite each other. */
export const versionOf = async (collection: string, id: string): Promise<string> => {
  const res = await fetch(`/api/${collection}/${encodeURIComponent(id)}`);
  if (!res.ok) throw await failure(res);
  return res.headers.get('etag') ?? '';
};

export const whoAmI = async (t: string): Promise<{ name: string; role: 'reader' | 'editor' | 'admin' }> => {
  const res = await fetch('/api/me', { headers: { authorization: `Bearer ${t}` } });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as { name: string; role: 'reader' | 'editor' | 'admin' };
};
