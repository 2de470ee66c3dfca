import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../domain/errors.js';
import { parsePartialDate } from '../../domain/time/partial-date.js';
import { eventResultView } from '../../services/event.service.js';
import { setSourceCoverage } from '../../services/source-coverage.service.js';
import { addClaim, addEvent, addPerson, endAppointment, startAppointment, type WriteActor } from '../../services/write.service.js';
import { Store } from '../../storage/store.js';
import type { ApiContext } from '../context.js';
import { presentAppointment, presentClaim, presentPerson } from '../presenters.js';
import { appointmentEndedSchema, appointmentStartedSchema, claimWrittenSchema, eventResultSchema, personWrittenSchema, sourceCoverageSchema } from '../answer-schemas.js';
import { APPOINTMENT_KINDS, END_REASONS, EVENT_KINDS } from '../../domain/model.js';
import { LIMITS } from '../../domain/text.js';
import { citationSchema, errorSchema, required, text } from '../schemas.js';

export const writeErrors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema, 412: errorSchema, 422: errorSchema, 428: errorSchema };
const errors = writeErrors;
const date = text(LIMITS.date).pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?(\.\.\d{4}(-\d{2}(-\d{2})?)?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD'));

/** If-Match: "7" (the ETag) or 7. */
export const ifMatch = (req: FastifyRequest): number | undefined => {
  const raw = req.headers['if-match'];
  if (raw === undefined) return undefined;
  const n = Number(String(raw).replace(/^W\//, '').replace(/"/g, ''));
  if (!Number.isInteger(n)) throw new DomainError('VALIDATION_ERROR', 'If-Match is an ETag this API gave, e.g. "12"', { field: 'If-Match', value: raw });
  return n;
};

/** Every write: an editor's token, a source, one transaction, and a record in the history. */
export const writeRoutes = (app: FastifyInstance, ctx: ApiContext, writeLimit: { max: number; timeWindow: number }): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // The preParsing hook has refused anyone without the route's role by now.
  const actor = (req: FastifyRequest): WriteActor => ({ user: req.user!, now: ctx.clock().toISOString() });
  const store = () => Store.of(ctx.database);
  const config = { rateLimit: writeLimit, role: 'editor' as const };
  const security = [{ bearer: [] }];

  r.post('/api/people', {
    config, schema: {
      tags: ['writes'], summary: 'Add a person', security,
      body: z.strictObject({ id: text(LIMITS.id).pipe(z.string().regex(/^[a-z0-9-]+$/)).optional(), name: required(), nativeName: text().optional(), born: date.optional(), died: date.optional(), source: citationSchema }),
      response: { 201: personWrittenSchema, ...errors },
    },
  }, async (req, reply) => {
    const { source, ...input } = req.body;
    const result = await addPerson(store(), actor(req), input, source);
    void reply.code(201).header('ETag', `"${result.version}"`);
    return { person: presentPerson(result.person), version: result.version, identity: result.identity };
  });

  r.post('/api/appointments', {
    config, schema: {
      tags: ['writes'], summary: 'Start an appointment (422 if it overlaps a holder of a single-seat post)', security,
      body: z.strictObject({
        post: required(), person: required(), start: date, end: date.optional(), acting: z.boolean().optional(),
        kind: z.enum(APPOINTMENT_KINDS).optional(), covers: required(LIMITS.id).optional(),
        endReason: z.enum(END_REASONS).optional(),
        note: text(LIMITS.note).optional(), source: citationSchema,
      }),
      response: { 200: appointmentStartedSchema, 201: appointmentStartedSchema, ...errors },
    },
  }, async (req, reply) => {
    const { source, ...input } = req.body;
    const result = await startAppointment(store(), actor(req), input, source);
    void reply.code(result.created ? 201 : 200).header('ETag', `"${result.version}"`);
    return { appointment: presentAppointment(result.appointment), created: result.created, version: result.version };
  });

  r.post('/api/appointments/:id/end', {
    config, schema: {
      tags: ['writes'], summary: 'End an appointment: closed, never removed. Needs If-Match.', security, params: z.object({ id: required(LIMITS.id * 2) }),
      headers: z.looseObject({ 'if-match': z.string().optional() }),
      body: z.strictObject({ end: date, source: citationSchema }),
      response: { 200: appointmentEndedSchema, ...errors },
    },
  }, async (req, reply) => {
    parsePartialDate(req.body.end, { field: 'end' });
    const result = await endAppointment(store(), actor(req), req.params.id, req.body.end, req.body.source, ifMatch(req));
    void reply.header('ETag', `"${result.version}"`);
    return { appointment: presentAppointment(result.appointment), version: result.version };
  });

  r.post('/api/claims', {
    config, schema: {
      tags: ['writes'], summary: 'Add a claim: one source\'s value for one field of one entity', security,
      body: z.strictObject({
        entity: required(LIMITS.id).pipe(z.string().regex(/^[a-z-]+:\S/, 'entity is "type:id"')), field: required(LIMITS.code * 4), value: text(LIMITS.value),
        quote: text(LIMITS.note).optional(), note: text(LIMITS.note).optional(), source: citationSchema,
      }),
      response: { 201: claimWrittenSchema, ...errors },
    },
  }, async (req, reply) => {
    const { source, ...input } = req.body;
    const result = await addClaim(store(), actor(req), input, source);
    void reply.code(201).header('ETag', `"${result.version}"`);
    return { claim: presentClaim(result.claim), version: result.version };
  });

  r.put('/api/sources/:id/coverage', {
    config, schema: {
      tags: ['writes'], summary: 'Set or correct the last day a source speaks for (null removes a correction): its open terms are certain up to it, possible after',
      security, params: z.object({ id: required(LIMITS.id) }),
      body: z.strictObject({ coverage: date.nullable() }),
      response: { 200: sourceCoverageSchema, ...errors },
    },
  }, async (req) => setSourceCoverage(store(), req.params.id, req.body.coverage, actor(req)));

  r.post('/api/events', {
    config, schema: {
      tags: ['writes'], summary: 'Record a structural event (transfer, establish, rename, merge, split, re-parent, abolish), applied from its date on', security,
      body: z.strictObject({
        kind: z.enum(EVENT_KINDS), date, description: text(LIMITS.note).optional(),
        subject: required().optional(), unit: required().optional(), units: z.array(required()).max(50).optional(), from: required().optional(), to: required().optional(),
        name: required().optional(), parent: required().optional(),
        parts: z.array(z.strictObject({ name: required(), subjects: z.array(required()).max(300) })).max(50).optional(), source: citationSchema,
      }),
      response: { 201: eventResultSchema, ...errors },
    },
  }, async (req, reply) => {
    const { source, date: when, ...rest } = req.body;
    const result = await addEvent(store(), actor(req), { ...rest, date: parsePartialDate(when, { field: 'date' }) }, source);
    void reply.code(201);
    return eventResultView(result);
  });
};
