import type { FastifyRequest } from 'fastify';
import { parsePartialDate, type PartialDate } from '../domain/time/partial-date.js';
import { authenticate } from '../services/auth.service.js';
import type { Database } from '../storage/database.js';
import type { User } from '../storage/repositories/user.repository.js';
import { parseKnownAt, type SnapshotCache } from '../storage/snapshot.js';
import { Store } from '../storage/store.js';

/** What every route needs: the database, snapshots for `known_at`, and the clock (read here, at the edge). */
export interface ApiContext {
  database: Database;
  snapshots: SnapshotCache;
  clock: () => Date;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: User | undefined;
  }
}

/** Reads come from the live registry, or from the registry as recorded at `known_at`. */
export const readStore = async (ctx: ApiContext, knownAt: string | undefined): Promise<Store> =>
  knownAt ? Store.of(await ctx.snapshots.at(parseKnownAt(knownAt))) : Store.of(ctx.database);

export const today = (ctx: ApiContext): string => ctx.clock().toISOString().slice(0, 10);
export const dateParam = (value: string | undefined, field: string, ctx: ApiContext): PartialDate => parsePartialDate(value ?? today(ctx), { field, value: value ?? today(ctx) });

export const identify = async (ctx: ApiContext, request: FastifyRequest): Promise<void> => {
  request.user = await authenticate(Store.of(ctx.database), request.headers.authorization);
};
