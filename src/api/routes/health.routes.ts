import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.js';

/** `/health`: the process answers (liveness). `/health/ready`: the database answers too (readiness), or 503. */
export const healthRoutes = (app: FastifyInstance, ctx: ApiContext): void => {
  app.get('/health', { schema: { hide: true }, config: { rateLimit: false } }, async () => ({ status: 'ok', database: ctx.database.caps.dialect }));
  app.get('/health/ready', { schema: { hide: true }, config: { rateLimit: false } }, async (_req, reply) => {
    const up = await ctx.database.ping();
    const lastError = ctx.database.health?.lastError ?? null;
    if (!up) void reply.code(503).header('Retry-After', '2');
    const m = ctx.database.mirror;
    // A mirror refused for want of memory stays off: every answer comes from the database.
    const mirror = m && m.refused === undefined ? ((await m.current()) ? 'current' : 'loading') : 'off';
    return { status: up ? 'ready' : 'unavailable', database: { dialect: ctx.database.caps.dialect, state: up ? 'up' : 'down', lastError: up ? null : lastError }, memory: mirror };
  });
};
