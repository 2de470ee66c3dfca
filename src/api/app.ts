import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Database } from '../storage/database.js';
import { type ApiContext, identify } from './context.js';
import { errorBody, errorHandler } from './errors.js';
import { adminRoutes } from './routes/admin.routes.js';
import { entityRoutes } from './routes/entities.routes.js';
import { questionRoutes } from './routes/questions.routes.js';
import { writeRoutes } from './routes/writes.routes.js';

export interface AppOptions {
  database: Database;
  logger?: FastifyServerOptions['logger'];
  clock?: () => Date;
  /** Origins allowed to write from a browser; reads are open to every origin. Default: none. */
  writeOrigins?: string[];
  /** Writes per client (token or address) per minute. */
  writesPerMinute?: number;
  bodyLimit?: number;
}

const READ_METHODS = new Set(['GET', 'HEAD']);

/** The HTTP API: reads for everyone, writes for editors, an OpenAPI 3.1 document and offline docs. */
export const buildApp = async (opts: AppOptions): Promise<FastifyInstance> => {
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: opts.bodyLimit ?? 256 * 1024 });
  const ctx: ApiContext = { database: opts.database, clock: opts.clock ?? (() => new Date()) };
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((req, reply) => reply.code(404).send(errorBody('NOT_FOUND', `no route ${req.method} ${req.url}`)));
  app.decorateRequest('user', undefined);
  app.addHook('onRequest', async (req) => identify(ctx, req));

  const writeOrigins = new Set(opts.writeOrigins ?? []);
  await app.register(cors, {
    delegator: (req, cb) => {
      const method = req.method === 'OPTIONS' ? String(req.headers['access-control-request-method'] ?? '').toUpperCase() : req.method;
      const origin = req.headers.origin;
      cb(null, { origin: READ_METHODS.has(method) ? true : origin !== undefined && writeOrigins.has(origin), methods: ['GET', 'HEAD', 'POST'], allowedHeaders: ['Authorization', 'Content-Type', 'If-Match'], exposedHeaders: ['ETag'] });
    },
  });
  await app.register(rateLimit, {
    global: false,
    keyGenerator: (req) => req.headers.authorization ?? req.ip,
    errorResponseBuilder: (_req, c) => ({ statusCode: 429, ...errorBody('RATE_LIMITED', `at most ${c.max} writes per ${c.after}`) }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Chancery', version: '0.1.0', description: 'A temporal registry of government organizations. Reads are public; writes need an API token (Bearer) of an editor. Every read takes `at` (valid time) and `known_at` (transaction time).' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  app.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok', database: opts.database.caps.dialect }));
  // A constant answer on the same server: the baseline of the HTTP benchmark.
  app.get('/api/ping', { schema: { hide: true } }, async () => ({ pong: true }));
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const writeLimit = { max: opts.writesPerMinute ?? 120, timeWindow: 60_000 };
  questionRoutes(app, ctx);
  entityRoutes(app, ctx);
  writeRoutes(app, ctx, writeLimit);
  adminRoutes(app, ctx, writeLimit);
  return app;
};
