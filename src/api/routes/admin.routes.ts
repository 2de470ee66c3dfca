import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addUser, revokeUserTokens } from '../../services/auth.service.js';
import { HISTORY_ENTITY_TYPES, listHistory, listUsers } from '../../services/entity.service.js';
import { historySchema, meSchema, userCreatedSchema, userSchema } from '../answer-schemas.js';
import { Store } from '../../storage/store.js';
import { ROLES } from '../../storage/repositories/user.repository.js';
import { type ApiContext, parseInstant, readStore } from '../context.js';
import { LIMITS } from '../../domain/text.js';
import { errorSchema, required, temporal, text } from '../schemas.js';

/** The history (public, like every read) and account management (admins only). */
export const adminRoutes = (app: FastifyInstance, ctx: ApiContext, writeLimit: { max: number; timeWindow: number }): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/history', {
    schema: {
      tags: ['history'], summary: 'Every write, oldest first: who, when, on what source, and the row as written',
      querystring: z.strictObject({
        entity_type: z.enum(HISTORY_ENTITY_TYPES as [string, ...string[]]).optional().describe('a table: people, appointments, organizations…'), entity_id: text(LIMITS.id * 2).optional(),
        since: text(LIMITS.date + 10).optional(), until: text(LIMITS.date + 10).optional(), after: z.coerce.number().int().min(0).optional().describe('the last seq of the previous page'),
        limit: z.coerce.number().int().min(1).max(500).default(100), ...temporal,
      }),
      response: { 200: historySchema, 400: errorSchema },
    },
  }, async (req) => {
    const items = await listHistory(readStore(ctx, req.query.known_at), {
      limit: req.query.limit, ...(req.query.entity_type ? { table: req.query.entity_type } : {}), ...(req.query.entity_id ? { id: req.query.entity_id } : {}),
      ...(req.query.since ? { since: parseInstant(req.query.since, 'since') } : {}), ...(req.query.until ? { until: parseInstant(req.query.until, 'until') } : {}),
      ...(req.query.after !== undefined ? { afterSeq: req.query.after } : {}),
    });
    return {
      items,
      next: items.length === req.query.limit ? items[items.length - 1]!.seq : null,
    };
  });

  r.get('/api/me', {
    config: { role: 'reader' },
    schema: { tags: ['admin'], summary: 'Who the token belongs to, and what it may do', security: [{ bearer: [] }], response: { 200: meSchema, 401: errorSchema, 403: errorSchema } },
  }, async (req) => ({ name: req.user!.name, role: req.user!.role }));

  r.get('/api/users', { config: { role: 'admin' }, schema: { tags: ['admin'], summary: 'Accounts (admins)', security: [{ bearer: [] }], response: { 200: z.strictObject({ items: z.array(userSchema) }), 401: errorSchema, 403: errorSchema } } }, async () => {
    return { items: await listUsers(Store.of(ctx.database)) };
  });

  r.post('/api/users', {
    config: { rateLimit: writeLimit, role: 'admin' },
    schema: { tags: ['admin'], summary: 'Create an account; its token is shown once (admins)', security: [{ bearer: [] }], body: z.strictObject({ name: required(LIMITS.code * 2), role: z.enum(ROLES) }), response: { 201: userCreatedSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema, 409: errorSchema } },
  }, async (req, reply) => {
    const { user, token } = await addUser(Store.of(ctx.database), req.body.name, req.body.role, ctx.clock().toISOString());
    void reply.code(201);
    return { user, token };
  });

  r.post('/api/users/:name/revoke', {
    config: { rateLimit: writeLimit, role: 'admin' },
    schema: { tags: ['admin'], summary: "Revoke a user's tokens (admins)", security: [{ bearer: [] }], params: z.object({ name: required(LIMITS.code * 2) }), response: { 200: z.strictObject({ revoked: z.number() }), 401: errorSchema, 403: errorSchema, 404: errorSchema } },
  }, async (req) => {
    return { revoked: await revokeUserTokens(Store.of(ctx.database), req.params.name, ctx.clock().toISOString()) };
  });
};
