import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PartialDate } from '../../domain/time/partial-date.js';
import { DATED_KINDS, ENTITY_KINDS, type EntityKind, getEntity, listEntities, listUnits } from '../../services/entity.service.js';
import { type ApiContext, dateParam, readStore } from '../context.js';
import * as p from '../presenters.js';
import { LIMITS } from '../../domain/text.js';
import { errorSchema, listSchema, page, required, temporal } from '../schemas.js';

/** How each kind is shown; which kinds exist, and how they are read, is the entity service's. */
const PRESENT: Record<EntityKind, (x: never, at?: PartialDate) => Record<string, unknown>> = {
  organizations: p.presentOrganization, posts: p.presentPost, people: p.presentPerson, appointments: p.presentAppointment,
  responsibilities: p.presentResponsibility, relations: p.presentRelation, events: p.presentEvent, sources: p.presentSource, claims: p.presentClaim,
};

/** Each entity kind as a paginated list and by id; ids may contain slashes and colons, so they are URL-encoded. */
export const entityRoutes = (app: FastifyInstance, ctx: ApiContext): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/units', {
    schema: { tags: ['entities'], summary: 'List units: organizations that are part of another (with ?at: on that day)', querystring: z.strictObject({ ...page, ...temporal }), response: { 200: listSchema, 400: errorSchema } },
  }, async (req) => {
    const at = req.query.at ? dateParam(req.query.at, 'at', ctx) : undefined;
    const { items, more } = await listUnits(readStore(ctx, req.query.known_at), req.query.limit, req.query.offset, at);
    return {
      items: items.map((l) => ({ ...p.presentOrganization(l.unit), parentId: l.parentId, linkId: l.linkId })),
      limit: req.query.limit, offset: req.query.offset, next: more ? req.query.offset + req.query.limit : null,
    };
  });
  for (const kind of ENTITY_KINDS) {
    const present = PRESENT[kind];
    const dated = DATED_KINDS.has(kind);
    r.get(`/api/${kind}`, {
      schema: {
        tags: ['entities'], summary: `List ${kind}${dated ? ' (with ?at: those that may be in force that day)' : ''}`,
        querystring: z.strictObject({ ...page, ...temporal }), response: { 200: listSchema, 400: errorSchema },
      },
    }, async (req) => {
      const at = req.query.at ? dateParam(req.query.at, 'at', ctx) : undefined;
      const { items, more } = await listEntities(readStore(ctx, req.query.known_at), kind, req.query.limit, req.query.offset, at);
      return { items: items.map((x) => present(x as never, at)), limit: req.query.limit, offset: req.query.offset, next: more ? req.query.offset + req.query.limit : null };
    });

    r.get(`/api/${kind}/:id`, {
      schema: {
        tags: ['entities'], summary: `One of the ${kind} by id (ETag: its version)`, params: z.object({ id: required(LIMITS.id * 2) }),
        querystring: z.strictObject(temporal), response: { 200: z.looseObject({}), 404: errorSchema, 400: errorSchema },
      },
    }, async (req, reply) => {
      const { entity, version } = await getEntity(readStore(ctx, req.query.known_at), kind, req.params.id);
      if (version !== undefined) void reply.header('ETag', `"${version}"`);
      const at = req.query.at ? dateParam(req.query.at, 'at', ctx) : undefined;
      return { ...present(entity as never, at), version: version ?? null };
    });
  }
};
