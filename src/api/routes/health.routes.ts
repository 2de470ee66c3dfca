import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.js';

/**
 * `/health`: the process answers (liveness). `/health/ready`: the database answers too (readiness), or 503; and
 * `degraded` (still 200: every answer comes from SQL) while the in-memory copy is not current, with why.
 */
export const healthRoutes = (app: FastifyInstance, ctx: ApiContext): void => {
  app.get('/health', { schema: { hide: true }, config: { rateLimit: false } }, async () => ({ status: 'ok', database: ctx.database.caps.dialect }));
  app.get('/health/ready', { schema: { hide: true }, config: { rateLimit: false } }, async (_req, reply) => {
    const up = await ctx.database.ping();
    const lastError = ctx.database.health?.lastError ?? null;
    const m = ctx.database.mirror;
    // A mirror refused for want of memory stays off: every answer comes from the database.
    const memory = !m ? 'off' : m.refused !== undefined ? 'off' : (await m.current()) ? 'current' : 'loading';
    const database = { dialect: ctx.database.caps.dialect, state: up ? 'up' : 'down', lastError: up ? null : lastError };
    if (!up) {
      void reply.code(503).header('Retry-After', '2');
      return { status: 'unavailable', reason: `the database does not answer${lastError ? ` (${lastError})` : ''}`, database, memory };
    }
    if (m && memory !== 'current') {
      const why = m.refused !== undefined
        ? `the in-memory copy is off: ${m.refused}`
        : `the in-memory copy is not current (${m.behind ?? 'catching up'}${m.attempts ? `; attempt ${m.attempts}` : ''}); answers come from SQL`;
      return { status: 'degraded', reason: why, database, memory };
    }
    return { status: 'ready', database, memory };
  });
};
