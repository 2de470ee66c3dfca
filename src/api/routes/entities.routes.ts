import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../domain/errors.js';
import type { PartialDate } from '../../domain/time/partial-date.js';
import type { Store } from '../../storage/store.js';
import { type ApiContext, dateParam, readStore } from '../context.js';
import * as p from '../presenters.js';
import { LIMITS } from '../../domain/text.js';
import { errorSchema, listSchema, page, required, temporal } from '../schemas.js';

interface Collection {
  path: string;
  table: 'organizations' | 'posts' | 'people' | 'appointments' | 'responsibilities' | 'events' | 'sources' | 'claims' | 'relations';
  repo: (s: Store) => { page: (limit: number, offset: number, validOn?: { from: number; to: number }) => Promise<{ items: unknown[]; more: boolean }>; get: (id: string) => Promise<unknown>; version: (id: string) => Promise<number | undefined> };
  present: (x: never, at?: PartialDate) => unknown;
  dated: boolean;
}

const COLLECTIONS: Collection[] = [
  { path: 'organizations', table: 'organizations', repo: (s) => s.organizations, present: p.presentOrganization, dated: false },
  { path: 'posts', table: 'posts', repo: (s) => s.posts, present: p.presentPost, dated: false },
  { path: 'people', table: 'people', repo: (s) => s.people, present: p.presentPerson, dated: false },
  { path: 'appointments', table: 'appointments', repo: (s) => s.appointments, present: p.presentAppointment, dated: true },
  { path: 'responsibilities', table: 'responsibilities', repo: (s) => s.responsibilities, present: p.presentResponsibility, dated: true },
  { path: 'relations', table: 'relations', repo: (s) => s.relations, present: p.presentRelation, dated: true },
  { path: 'events', table: 'events', repo: (s) => s.events, present: p.presentEvent, dated: false },
  { path: 'sources', table: 'sources', repo: (s) => s.sources, present: p.presentSource, dated: false },
  { path: 'claims', table: 'claims', repo: (s) => s.claims, present: p.presentClaim, dated: false },
];

/** Each entity kind as a paginated list and by id; ids may contain slashes and colons, so they are URL-encoded. */
export const entityRoutes = (app: FastifyInstance, ctx: ApiContext): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/units', {
    schema: { tags: ['entities'], summary: 'List units: organizations that are part of another (with ?at: on that day)', querystring: z.strictObject({ ...page, ...temporal }), response: { 200: listSchema, 400: errorSchema } },
  }, async (req) => {
    const store = readStore(ctx, req.query.known_at);
    const at = req.query.at ? dateParam(req.query.at, 'at', ctx) : undefined;
    const { items, more } = await store.relations.unitLinksPage(req.query.limit, req.query.offset, at ? { from: at.earliest, to: at.latest } : undefined);
    const units = new Map((await store.organizations.getMany(items.map((l) => l.fromId))).map((o) => [o.id, o]));
    return {
      items: items.filter((l) => units.has(l.fromId)).map((l) => ({ ...p.presentOrganization(units.get(l.fromId)!), parentId: l.toId, linkId: l.id })),
      limit: req.query.limit, offset: req.query.offset, next: more ? req.query.offset + req.query.limit : null,
    };
  });
  for (const c of COLLECTIONS) {
    r.get(`/api/${c.path}`, {
      schema: {
        tags: ['entities'], summary: `List ${c.path}${c.dated ? ' (with ?at: those that may be in force that day)' : ''}`,
        querystring: z.strictObject({ ...page, ...temporal }), response: { 200: listSchema, 400: errorSchema },
      },
    }, async (req) => {
      const store = readStore(ctx, req.query.known_at);
      const at = req.query.at ? dateParam(req.query.at, 'at', ctx) : undefined;
      const { items, more } = await c.repo(store).page(req.query.limit, req.query.offset, c.dated && at ? { from: at.earliest, to: at.latest } : undefined);
      return { items: items.map((x) => c.present(x as never, at)) as Record<string, unknown>[], limit: req.query.limit, offset: req.query.offset, next: more ? req.query.offset + req.query.limit : null };
    });

    r.get(`/api/${c.path}/:id`, {
      schema: {
        tags: ['entities'], summary: `One of the ${c.path} by id (ETag: its version)`, params: z.object({ id: required(LIMITS.id * 2) }),
        querystring: z.strictObject(temporal), response: { 200: z.looseObject({}), 404: errorSchema, 400: errorSchema },
      },
    }, async (req, reply) => {
      const store = readStore(ctx, req.query.known_at);
      const found = await c.repo(store).get(req.params.id);
      if (!found) throw new DomainError('NOT_FOUND', `no ${c.path} entry with id "${req.params.id}"`, { field: 'id', value: req.params.id });
      const version = await store.repository(c.table).version(req.params.id);
      if (version !== undefined) void reply.header('ETag', `"${version}"`);
      const at = req.query.at ? dateParam(req.query.at, 'at', ctx) : undefined;
      return { ...(c.present(found as never, at) as Record<string, unknown>), version: version ?? null };
    });
  }
};
