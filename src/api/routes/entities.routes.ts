import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PartialDate } from '../../domain/time/partial-date.js';
import { DATED_KINDS, type EntityKind, type EntityOf, getEntity, listEntities, listUnits } from '../../services/entity.service.js';
import { appointmentSchema, claimSchema, eventSchema, organizationSchema, pageOf, personSchema, postSchema, relationSchema, responsibilitySchema, sourceSchema, unitLinkSchema } from '../answer-schemas.js';
import { type ApiContext, dateParam, readStore } from '../context.js';
import * as p from '../presenters.js';
import { LIMITS } from '../../domain/text.js';
import { errorSchema, page, required, temporal } from '../schemas.js';

/** How each kind is shown, and the schema of what is shown: the presenter's output must be the schema's. */
interface Shown<K extends EntityKind, S extends z.ZodObject> {
  present: (x: EntityOf[K], at?: PartialDate) => z.output<S>;
  schema: S;
}
const shown = <K extends EntityKind, S extends z.ZodObject>(present: (x: EntityOf[K], at?: PartialDate) => z.output<S>, schema: S): Shown<K, S> => ({ present, schema });

/** A kind's list and by-id routes, typed by its presenter and schema (no casts: the compiler holds them together). */
const collection = <K extends EntityKind, S extends z.ZodObject>(app: FastifyInstance, ctx: ApiContext, kind: K, { present, schema }: Shown<K, S>): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const dated = DATED_KINDS.has(kind);
  r.get(`/api/${kind}`, {
    schema: {
      tags: ['entities'], summary: `List ${kind}${dated ? ' (with ?at: those that may be in force that day)' : ''}`,
      querystring: z.strictObject({ ...page, ...temporal }), response: { 200: pageOf(schema), 400: errorSchema },
    },
  }, async (req) => {
    const at = req.query.at ? dateParam(req.query.at, 'at', ctx) : undefined;
    const { items, more } = await listEntities(readStore(ctx, req.query.known_at), kind, req.query.limit, req.query.offset, at);
    return { items: items.map((x) => present(x, at)), limit: req.query.limit, offset: req.query.offset, next: more ? req.query.offset + req.query.limit : null };
  });
  r.get(`/api/${kind}/:id`, {
    schema: {
      tags: ['entities'], summary: `One of the ${kind} by id (ETag: its version)`, params: z.object({ id: required(LIMITS.id * 2) }),
      querystring: z.strictObject(temporal), response: { 200: schema.extend({ version: z.number().nullable() }), 404: errorSchema, 400: errorSchema },
    },
  }, async (req, reply) => {
    const { entity, version } = await getEntity(readStore(ctx, req.query.known_at), kind, req.params.id);
    if (version !== undefined) void reply.header('ETag', `"${version}"`);
    const at = req.query.at ? dateParam(req.query.at, 'at', ctx) : undefined;
    return Object.assign(present(entity, at), { version: version ?? null });
  });
};

/** Each entity kind as a paginated list and by id; ids may contain slashes and colons, so they are URL-encoded. */
export const entityRoutes = (app: FastifyInstance, ctx: ApiContext): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/units', {
    schema: { tags: ['entities'], summary: 'List units: organizations that are part of another (with ?at: on that day)', querystring: z.strictObject({ ...page, ...temporal }), response: { 200: pageOf(unitLinkSchema), 400: errorSchema } },
  }, async (req) => {
    const at = req.query.at ? dateParam(req.query.at, 'at', ctx) : undefined;
    const { items, more } = await listUnits(readStore(ctx, req.query.known_at), req.query.limit, req.query.offset, at);
    return {
      items: items.map((l) => ({ ...p.presentOrganization(l.unit), parentId: l.parentId, linkId: l.linkId })),
      limit: req.query.limit, offset: req.query.offset, next: more ? req.query.offset + req.query.limit : null,
    };
  });
  // In the order of ENTITY_KINDS; each presenter is checked against its schema here.
  collection(app, ctx, 'organizations', shown(p.presentOrganization, organizationSchema));
  collection(app, ctx, 'posts', shown(p.presentPost, postSchema));
  collection(app, ctx, 'people', shown(p.presentPerson, personSchema));
  collection(app, ctx, 'appointments', shown(p.presentAppointment, appointmentSchema));
  collection(app, ctx, 'responsibilities', shown(p.presentResponsibility, responsibilitySchema));
  collection(app, ctx, 'relations', shown(p.presentRelation, relationSchema));
  collection(app, ctx, 'events', shown(p.presentEvent, eventSchema));
  collection(app, ctx, 'sources', shown(p.presentSource, sourceSchema));
  collection(app, ctx, 'claims', shown(p.presentClaim, claimSchema));
};
