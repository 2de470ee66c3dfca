import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, validatorCompiler } from 'fastify-type-provider-zod';
import { withReasonTexts } from '../domain/messages/catalogue.js';
import { en } from '../domain/messages/en.messages.js';
import { requireRole } from '../services/auth.service.js';
import type { Role } from '../storage/repositories/user.repository.js';
import type { Database } from '../storage/database.js';
import { Store } from '../storage/store.js';
import { VERSION } from '../version.js';
import { type ApiContext, identify } from './context.js';
import { corsPolicy } from './cors.js';
import { hasReasons } from './reason-schemas.js';
import { answerDeadline, securityHeaders } from './deadline.js';
import { clientErrorHandler, errorBody, errorHandler, frameworkErrors } from './errors.js';
import { adminRoutes } from './routes/admin.routes.js';
import { entityRoutes } from './routes/entities.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { questionRoutes } from './routes/questions.routes.js';
import { writeRoutes } from './routes/writes.routes.js';
import { matterRoutes } from './routes/matters.routes.js';
import { notFoundPage, webApp } from './web-app.js';

export interface AppOptions {
  database: Database;
  logger?: FastifyServerOptions['logger'];
  clock?: () => Date;
  /** Origins allowed to write from a browser; reads are open to every origin. Default: none. */
  writeOrigins?: string[];
  /** Writes per user (or, anonymous, per address) per minute. */
  writesPerMinute?: number;
  /** Requests of any kind per user or address per minute; 0 turns the limit off (a benchmark's client). */
  readsPerMinute?: number;
  bodyLimit?: number;
  /** The longest a request may take, in milliseconds. */
  requestTimeout?: number;
  /**
   * The longest a read may wait for its answer, in milliseconds; past it, a 503 with Retry-After. `serve` sets 25 s
   * (its statement timeout, 20 s, and room to answer); none by default (tests and benchmarks of slow machines).
   */
  answerDeadline?: number;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The role a route needs; checked before its body is read or validated. */
    role?: Role;
  }
  interface FastifyRequest {
    authError: Error | undefined;
  }
}

/** The HTTP API: reads for everyone, writes for editors, an OpenAPI 3.1 document and offline docs. */
export const buildApp = async (opts: AppOptions): Promise<FastifyInstance> => {
  const app = Fastify({
    logger: opts.logger ?? false, bodyLimit: opts.bodyLimit ?? 256 * 1024, requestTimeout: opts.requestTimeout ?? 30_000,
    routerOptions: { maxParamLength: 500 }, frameworkErrors, clientErrorHandler,
  });
  const ctx: ApiContext = { database: opts.database, clock: opts.clock ?? (() => new Date()), store: Store.of(opts.database) };
  app.setValidatorCompiler(validatorCompiler);
  // Answers are serialized as they are: checking each one against its schema cost more than computing it. The
  // schemas document the answers (OpenAPI) and a test holds the answers to them.
  // Answers that carry reasons give each with its English `text` beside its code and parameters (src/domain/messages),
  // as the CLI's --json does.
  const replacer = withReasonTexts(en);
  app.setSerializerCompiler(({ schema }) => (hasReasons(schema) ? (data) => JSON.stringify(data, replacer) : (data) => JSON.stringify(data)));
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundPage);
  app.decorateRequest('user', undefined);
  app.decorateRequest('authError', undefined);
  // Who is asking, first: the rate limit counts per user, and a bad token is refused before anything else is read.
  app.addHook('onRequest', async (req) => {
    try {
      await identify(ctx, req);
    } catch (e) {
      req.authError = e as Error;
    }
  });

  if (opts.answerDeadline) answerDeadline(app, opts.answerDeadline);
  securityHeaders(app);
  corsPolicy(app, new Set(opts.writeOrigins ?? []));
  const reads = opts.readsPerMinute ?? 1200;
  await app.register(rateLimit, {
    global: reads > 0,
    max: reads > 0 ? reads : 1_000_000_000,
    timeWindow: 60_000,
    // One budget per account whatever way its token is written; anonymous clients by address.
    keyGenerator: (req) => (req.user ? `user:${req.user.id}` : `ip:${req.ip}`),
    errorResponseBuilder: (_req, c) => ({ statusCode: 429, ...errorBody('RATE_LIMITED', `at most ${c.max} requests per ${c.after}; try again in ${Math.ceil(c.ttl / 1000)} s`) }),
  });
  // Authorization before the body is parsed or validated: a route's declared role decides.
  app.addHook('preParsing', async (req) => {
    if (req.authError) throw req.authError;
    const role = req.routeOptions.config.role;
    if (role) requireRole(req.user, role);
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Chancery', version: VERSION, description: 'A temporal registry of government organizations. Reads are public; writes need an API token (Bearer) of an editor. Every read takes `at` (valid time) and `known_at` (transaction time).' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
    // Named schemas (the recursive chart node) become components the answers refer to.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  healthRoutes(app, ctx);
  // A constant answer on the same server: the baseline of the HTTP benchmark.
  app.get('/api/ping', { schema: { hide: true } }, async () => ({ pong: true }));
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const writeLimit = { max: opts.writesPerMinute ?? 120, timeWindow: 60_000 };
  questionRoutes(app, ctx);
  entityRoutes(app, ctx);
  writeRoutes(app, ctx, writeLimit);
  matterRoutes(app, ctx, writeLimit);
  adminRoutes(app, ctx, writeLimit);
  webApp(app);
  return app;
};
