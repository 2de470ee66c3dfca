import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../domain/errors.js';
import { hasDeskRole, type DeskActor, requireMayDo, requireMaySee } from '../../domain/matters/desk-permissions.js';
import { CLASSIFICATIONS, MATTER_LIMITS, MATTER_STATUSES, type MatterAction } from '../../domain/matters/matter.js';
import { LIMITS } from '../../domain/text.js';
import { dayOfInstant } from '../../domain/time/day.js';
import { requireRole } from '../../services/auth.service.js';
import { type DeskCaller, deskActor } from '../../services/matters/desk.service.js';
import { matterJson } from '../../services/matters/matter-present.js';
import { listMatters } from '../../services/matters/matter-queue.service.js';
import { matterReport } from '../../services/matters/matter-report.service.js';
import {
  acceptTransfer, assignMatter, dayOfText, MATTER_STEPS, type MatterView, previewRouting, registerMatter, showMatter, stepMatter, transferMatter,
} from '../../services/matters/matter.service.js';
import { Store } from '../../storage/store.js';
import type { ApiContext } from '../context.js';
import { matterPageSchema, matterReportSchema, matterRoutingSchema, matterSchema, matterShownSchema } from '../matter-schemas.js';
import { required, text } from '../schemas.js';
import { ifMatch, writeErrors } from './writes.routes.js';

const errors = writeErrors;
const day = text(LIMITS.date).pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'));
const security = [{ bearer: [] }];
const tags = ['matters'];


/**
 * The matters desk over HTTP. Matters are not public: before any body is read, anonymous callers get 401, accounts
 * with no desk role 403, and, on a matter's own routes, those who may not do that to that matter 403.
 */
export const matterRoutes = (app: FastifyInstance, ctx: ApiContext, writeLimit: { max: number; timeWindow: number }): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const store = () => Store.of(ctx.database);
  const caller = (req: FastifyRequest): DeskCaller => ({ user: req.user!, now: ctx.clock().toISOString() });
  const gate = (action?: MatterAction | 'see') => async (req: FastifyRequest) => {
    if (req.authError) throw req.authError;
    const user = requireRole(req.user, 'reader');
    const actor: DeskActor = await deskActor(store(), { user, now: ctx.clock().toISOString() });
    if (!hasDeskRole(actor)) throw new DomainError('FORBIDDEN', `${user.name} has no desk role`, { field: 'authorization' });
    if (action === 'register') requireMayDo(actor, 'register', null);
    const ref = (req.params as { ref?: string }).ref;
    if (action && action !== 'register' && ref) {
      const s = store();
      const found = (await s.matters.get(ref)) ?? (await s.matters.byReference(ref.toUpperCase()));
      if (!found) throw new DomainError('NOT_FOUND', `no matter "${ref}"`, { field: 'matter', value: ref });
      if (action === 'see') requireMaySee(actor, found.matter);
      else requireMayDo(actor, action, found.matter);
    }
  };
  const answer = (v: MatterView) => matterJson(v);
  const refParams = z.object({ ref: required(LIMITS.id) });
  const ifMatchHeader = z.looseObject({ 'if-match': z.string().optional() });
  const writeConfig = { rateLimit: writeLimit };

  r.post('/api/matters', {
    config: writeConfig, preParsing: gate('register'), schema: {
      tags, summary: 'Register a matter: routed on its received date to the unit responsible, or to triage', security,
      body: z.strictObject({
        organization: required().nullable().optional(), kind: required(40), sender: z.union([required(MATTER_LIMITS.sender), z.strictObject({ ref: required(LIMITS.id).optional(), name: required(MATTER_LIMITS.sender) })]),
        subjects: z.array(required()).min(1).max(MATTER_LIMITS.subjects), received: day, language: text(20).optional(), title: required(MATTER_LIMITS.title),
        summary: text(MATTER_LIMITS.summary).optional(), classification: z.enum(CLASSIFICATIONS).optional(),
      }),
      response: { 201: matterSchema, ...errors },
    },
  }, async (req, reply) => {
    const v = await registerMatter(store(), caller(req), req.body);
    void reply.code(201).header('ETag', `"${v.matter.version}"`);
    return answer(v);
  });

  r.post('/api/matters/routing', {
    config: writeConfig, preParsing: gate('register'), schema: {
      tags, summary: 'What registering would route to, saving nothing (the form shows it first)', security,
      body: z.strictObject({ organization: required().nullable().optional(), subjects: z.array(required()).min(1).max(MATTER_LIMITS.subjects), received: day }),
      response: { 200: matterRoutingSchema, ...errors },
    },
  }, async (req) => previewRouting(store(), caller(req), req.body));

  r.get('/api/matters', {
    preParsing: gate(), schema: {
      tags, summary: 'A queue of matters, by due day (most overdue first): a unit\'s, the triage queue, or the caller\'s units', security,
      querystring: z.strictObject({
        unit: required().optional(), triage: z.enum(['true', 'false']).optional(), all: z.enum(['true', 'false']).optional(), status: z.enum(MATTER_STATUSES).optional(),
        after: text(LIMITS.id).optional(), limit: z.coerce.number().int().min(1).max(500).optional(), on: day.optional(),
      }),
      response: { 200: matterPageSchema, ...errors },
    },
  }, async (req) => {
    const q = req.query;
    const page = await listMatters(store(), caller(req), {
      ...(q.unit ? { unit: q.unit } : {}), triage: q.triage === 'true', all: q.all === 'true', ...(q.status ? { status: q.status } : {}),
      ...(q.after ? { after: q.after } : {}), ...(q.limit ? { limit: q.limit } : {}), ...(q.on ? { on: dayOfText(q.on, 'on') } : {}),
    });
    return { matters: page.matters.map(answer), next: page.next };
  });

  r.get('/api/matters-report', {
    preParsing: gate(), schema: {
      tags, summary: 'Per unit and period: received, replied, share within target, median working days, overdue, transferred in and out', security,
      querystring: z.strictObject({ scope: required().optional(), from: day, to: day, on: day.optional() }),
      response: { 200: matterReportSchema, ...errors },
    },
  }, async (req) => {
    const c = caller(req);
    return matterReport(store(), c, { ...(req.query.scope ? { scope: req.query.scope } : {}), from: dayOfText(req.query.from, 'from'), to: dayOfText(req.query.to, 'to'), on: req.query.on ? dayOfText(req.query.on, 'on') : dayOfInstant(c.now) });
  });

  r.get('/api/matters/:ref', {
    preParsing: gate('see'), schema: {
      tags, summary: 'A matter (by id or reference), its deadline, the routing answer it was given and its history', security, params: refParams,
      response: { 200: matterShownSchema, ...errors },
    },
  }, async (req, reply) => {
    const v = await showMatter(store(), caller(req), req.params.ref);
    void reply.header('ETag', `"${v.matter.version}"`);
    return { matter: answer(v), history: v.history };
  });

  const reasonBody = z.strictObject({ reason: text(MATTER_LIMITS.reason).optional() });
  const unitBody = z.strictObject({ unit: required(), reason: required(MATTER_LIMITS.reason) });
  const change = (path: string, action: MatterAction, summary: string, body: z.ZodObject, run: (req: FastifyRequest & { params: { ref: string }; body: Record<string, string> }) => Promise<MatterView>) =>
    r.post(`/api/matters/:ref/${path}`, {
      config: writeConfig, preParsing: gate(action), schema: { tags, summary: `${summary}. Needs If-Match.`, security, params: refParams, headers: ifMatchHeader, body, response: { 200: matterSchema, ...errors } },
    }, async (req, reply) => {
      const v = await run(req as never);
      void reply.header('ETag', `"${v.matter.version}"`);
      return answer(v);
    });

  change('assign', 'assign', 'Assign a matter (from triage) or reassign it to a unit, with a reason', unitBody, (req) => assignMatter(store(), caller(req), req.params.ref, req.body['unit']!, req.body['reason']!, ifMatch(req)));
  change('transfer', 'transfer', 'Transfer a matter to another unit, with a reason; it waits there to be accepted', unitBody, (req) => transferMatter(store(), caller(req), req.params.ref, req.body['unit']!, req.body['reason']!, ifMatch(req)));
  change('accept', 'accept', 'Accept a transferred matter: the clock starts again the day after', reasonBody, (req) => acceptTransfer(store(), caller(req), req.params.ref, ifMatch(req), req.body['reason']));
  for (const step of MATTER_STEPS) {
    change(step, step, `Workflow: ${step}`, reasonBody, (req) => stepMatter(store(), caller(req), req.params.ref, step, ifMatch(req), req.body['reason']));
  }
};
