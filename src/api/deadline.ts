import type { FastifyInstance } from 'fastify';
import { errorBody } from './errors.js';

/**
 * Every read is answered within `ms`: if its answer is not on its way by then (a database that neither answers nor
 * refuses, a pool with no connection to give), the client gets a 503 with Retry-After instead of waiting for ever.
 * Writes are left to finish: a 503 for a write that then commits would be a lie (each of their statements is bounded
 * by the statement timeout, and a connection by the pool's connect timeout).
 */
export const answerDeadline = (app: FastifyInstance, ms: number): void => {
  const timers = new WeakMap<object, NodeJS.Timeout>();
  app.addHook('onRequest', async (req, reply) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return;
    const timer = setTimeout(() => {
      if (reply.sent || req.raw.destroyed) return;
      req.log.warn({ url: req.url, ms }, 'no answer within the deadline: 503');
      void reply.code(503).header('Retry-After', '2')
        .send(errorBody('UNAVAILABLE', `no answer within ${Math.round(ms / 1000)} s (the database is slow or away); try again shortly`, null, { retryAfter: 2 }));
    }, ms);
    timers.set(req, timer);
  });
  const clear = async (req: object): Promise<void> => clearTimeout(timers.get(req));
  app.addHook('onResponse', clear);
  app.addHook('onRequestAbort', clear);
};

/**
 * Headers every response carries (pages, assets, API answers, errors): no type sniffing, no referrer sent on, and no
 * framing (X-Frame-Options for browsers that predate the CSP's frame-ancestors, which the pages also send).
 */
export const securityHeaders = (app: FastifyInstance): void => {
  app.addHook('onSend', async (_req, reply, payload) => {
    void reply.header('X-Content-Type-Options', 'nosniff').header('Referrer-Policy', 'no-referrer').header('X-Frame-Options', 'DENY');
    return payload;
  });
};
