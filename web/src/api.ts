// The client's types are generated from the API's OpenAPI document (web/src/api-types.ts, scripts/api-types.ts):
// the server and the app cannot drift apart silently, and the app takes no code or type from the server's services.
import type { paths } from './api-types.js';

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
/** What an operation answers when it succeeds (200, or 201 for a write that creates). */
type Success<Op> = Op extends { responses: infer R } ? (R extends { 200: infer S } ? Json<S> : R extends { 201: infer S } ? Json<S> : never) : never;
type QueryOf<Op> = Op extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
type BodyOf<Op> = Op extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;
type PathParamsOf<Op> = Op extends { parameters: { path: infer A } } ? { [K in keyof A]: string } : Record<string, never>;

/** The reads the app asks for: paths whose GET answers JSON. */
type ReadPath = { [P in keyof paths]: paths[P] extends { get: { responses: { 200: unknown } } } ? P : never }[keyof paths];
/** The writes: paths with a POST. */
export type WritePath = { [P in keyof paths]: paths[P] extends { post: object } ? P : never }[keyof paths];

export type ReadAnswer<P extends ReadPath> = Success<paths[P]['get']>;
/** A read's parameters by name, as they go into the address (text). */
export type ReadParams<P extends ReadPath> = { [K in keyof QueryOf<paths[P]['get']>]?: string };
type PostOf<P extends WritePath> = paths[P] extends { post: infer Op } ? Op : never;
export type WriteBody<P extends WritePath> = BodyOf<PostOf<P>>;
export type WriteAnswer<P extends WritePath> = Success<PostOf<P>>;

export type ChartAnswer = ReadAnswer<'/api/chart'>;
export type CoverageAnswer = ReadAnswer<'/api/coverage'>;
export type RouteAnswer = ReadAnswer<'/api/route'>;
export type HoldersAnswer = ReadAnswer<'/api/holders'>;
export type CareerAnswer = ReadAnswer<'/api/career'>;
export type UnitAnswer = ReadAnswer<'/api/unit'>;
export type DiffAnswer = ReadAnswer<'/api/diff'>;
export type SearchAnswer = ReadAnswer<'/api/search'>;
type Me = ReadAnswer<'/api/me'>;

/** What each read of the app answers, by path. */
export type Reads = { [P in ReadPath]: ReadAnswer<P> };

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

export const read = async <P extends ReadPath>(path: P, params: ReadParams<P>, signal?: AbortSignal): Promise<ReadAnswer<P>> => {
  const res = await fetch(`${path}?${query(params as Record<string, string | undefined>)}`, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as ReadAnswer<P>;
};

/** A path with its `{name}` parts filled in. */
const fill = (path: string, params: Record<string, string>): string => path.replace(/\{(\w+)\}/g, (_m, k: string) => encodeURIComponent(params[k] ?? ''));

/**
 * A write as the signed-in editor, its body and answer typed by its path; the API checks the role, this only carries
 * the token. `params` fill the path's `{id}` parts.
 */
export const write = async <P extends WritePath>(
  path: P, body: WriteBody<P>, options: { params?: PathParamsOf<PostOf<P>>; headers?: Record<string, string> } = {},
): Promise<WriteAnswer<P>> => {
  const t = token.get();
  const res = await fetch(fill(path, (options.params ?? {}) as Record<string, string>), {
    method: 'POST', body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(t ? { authorization: `Bearer ${t}` } : {}), ...options.headers },
  });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as WriteAnswer<P>;
};

/** The version of an entity (its ETag), which a change must name so that two editors cannot overwrite each other. */
export const versionOf = async (collection: string, id: string): Promise<string> => {
  const res = await fetch(`/api/${collection}/${encodeURIComponent(id)}`);
  if (!res.ok) throw await failure(res);
  return res.headers.get('etag') ?? '';
};

export const whoAmI = async (t: string): Promise<Me> => {
  const res = await fetch('/api/me', { headers: { authorization: `Bearer ${t}` } });
  if (!res.ok) throw await failure(res);
  return (await res.json()) as Me;
};
