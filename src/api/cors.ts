import type { FastifyInstance } from 'fastify';

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * Cross-origin access: reads are open to every origin; writes only to the origins given (a web app's own). Done in
 * one hook rather than a plugin that rebuilt its options on every request.
 */
export const corsPolicy = (app: FastifyInstance, writeOrigins: ReadonlySet<string>): void => {
  app.addHook('onRequest', async (req, reply) => {
    const origin = req.headers.origin;
    if (origin === undefined) return;
    const preflight = req.method === 'OPTIONS';
    const method = preflight ? String(req.headers['access-control-request-method'] ?? '').toUpperCase() : req.method;
    void reply.header('Vary', 'Origin');
    if (!READ_METHODS.has(method) && !writeOrigins.has(origin)) return;
    void reply.header('Access-Control-Allow-Origin', origin).header('Access-Control-Expose-Headers', 'ETag');
    if (preflight) {
      void reply.header('Access-Control-Allow-Methods', 'GET, HEAD, POST').header('Access-Control-Allow-Headers', 'Authorization, Content-Type, If-Match');
    }
  });
  // A preflight gets its headers from the hook and an empty answer here, whatever the path.
  app.options('*', { schema: { hide: true }, config: { rateLimit: false } }, async (_req, reply) => reply.code(204).send());
};
