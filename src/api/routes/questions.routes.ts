import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { career } from '../../services/career.service.js';
import { chart } from '../../services/chart.service.js';
import { coverage } from '../../services/coverage.service.js';
import { unitHistory } from '../../services/unit.service.js';
import { organizations } from '../../services/organizations.service.js';
import { check } from '../../services/check.service.js';
import { DomainError } from '../../domain/errors.js';
import { diff, periodBounds } from '../../services/diff.service.js';
import { holders } from '../../services/holders.service.js';
import { route } from '../../services/routing.service.js';
import { search, SEARCH_KINDS } from '../../services/search.service.js';
import { who } from '../../services/who.service.js';
import { whoForArea } from '../../services/area.service.js';
import { type ApiContext, dateParam, readStore } from '../context.js';
import { LIMITS } from '../../domain/text.js';
import { areaWhoSchema, careerSchema, chartSchema, checkSchema, coverageSchema, diffSchema, holdersSchema, organizationsSchema, routeSchema, searchSchema, unitSchema, whoSchema } from '../answer-schemas.js';
import { errorSchema, required, temporal, text } from '../schemas.js';

const errors = { 400: errorSchema, 404: errorSchema, 409: errorSchema };

/** The questions, each one service call: the same answers as the CLI's --json. */
export const questionRoutes = (app: FastifyInstance, ctx: ApiContext): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/who', {
    schema: { tags: ['questions'], summary: 'Holders of a post on a date', querystring: z.strictObject({ post: required().describe('post id or name'), ...temporal }), response: { 200: whoSchema, ...errors } },
  }, async (req) => (await who(readStore(ctx, req.query.known_at), req.query.post, dateParam(req.query.at, 'at', ctx))));

  r.get('/api/who/area', {
    schema: { tags: ['questions'], summary: 'Who represented an area (a constituency, a region) on a date: the holders of every post for it', querystring: z.strictObject({ area: required().describe('area or country id or name'), ...temporal }), response: { 200: areaWhoSchema, ...errors } },
  }, async (req) => (await whoForArea(readStore(ctx, req.query.known_at), req.query.area, dateParam(req.query.at, 'at', ctx))));

  r.get('/api/holders', {
    schema: { tags: ['questions'], summary: 'The office-holder table of a post', querystring: z.strictObject({ post: required(), with: text(LIMITS.note).optional().describe('comma-separated related posts'), ...temporal }), response: { 200: holdersSchema, ...errors } },
  }, async (req) => (await holders(readStore(ctx, req.query.known_at), req.query.post, dateParam(req.query.at, 'at', ctx).earliest, req.query.with ? req.query.with.split(',') : [])));

  r.get('/api/route', {
    schema: { tags: ['questions'], summary: 'Who handles a country, regional body or function on a date', querystring: z.strictObject({ subject: required(), org: text().optional(), ...temporal }), response: { 200: routeSchema, ...errors } },
  }, async (req) => (await route(readStore(ctx, req.query.known_at), req.query.subject, dateParam(req.query.at, 'at', ctx), req.query.org)));

  r.get('/api/chart', {
    schema: { tags: ['questions'], summary: 'Units, posts, holders and responsibilities on a date', querystring: z.strictObject({ org: required(), ...temporal }), response: { 200: chartSchema, ...errors } },
  }, async (req) => (await chart(readStore(ctx, req.query.known_at), req.query.org, dateParam(req.query.at, 'at', ctx))));

  r.get('/api/diff', {
    schema: { tags: ['questions'], summary: 'What changed between two dates', querystring: z.strictObject({ org: required(), from: text(LIMITS.date).optional(), to: text(LIMITS.date).optional(), in: text(LIMITS.date).optional().describe('a period: the changes during it (from its first day to the day after its last)'), known_at: temporal.known_at, at: temporal.at }), response: { 200: diffSchema, ...errors } },
  }, async (req) => {
    const q = req.query;
    if (q.in !== undefined ? q.from !== undefined || q.to !== undefined : q.from === undefined || q.to === undefined) {
      throw new DomainError('VALIDATION_ERROR', 'give either in (a period) or both from and to', { field: q.in !== undefined ? 'in' : q.from === undefined ? 'from' : 'to' });
    }
    const { from, to } = q.in !== undefined ? periodBounds(dateParam(q.in, 'in', ctx)) : { from: dateParam(q.from, 'from', ctx), to: dateParam(q.to, 'to', ctx) };
    return (await diff(readStore(ctx, q.known_at), q.org, from, to));
  });

  r.get('/api/check', {
    schema: { tags: ['questions'], summary: 'Data checks', querystring: z.strictObject(temporal), response: { 200: checkSchema, ...errors } },
  }, async (req) => (await check(readStore(ctx, req.query.known_at), dateParam(req.query.at, 'at', ctx).earliest)));

  r.get('/api/career', {
    schema: { tags: ['questions'], summary: "A person's career: posts, accreditations and names (with at: on that date)", querystring: z.strictObject({ person: required(), ...temporal }), response: { 200: careerSchema, ...errors } },
  }, async (req) => (await career(readStore(ctx, req.query.known_at), req.query.person, req.query.at ? dateParam(req.query.at, 'at', ctx) : undefined)));

  r.get('/api/search', {
    schema: {
      tags: ['questions'], summary: 'People, units, posts and countries by any name',
      querystring: z.strictObject({ q: required(), kind: z.enum(SEARCH_KINDS).optional(), limit: z.coerce.number().int().min(1).max(500).default(20), ...temporal }),
      response: { 200: searchSchema, ...errors },
    },
  }, async (req) => (await search(readStore(ctx, req.query.known_at), req.query.q, req.query.kind ? [req.query.kind] : undefined, req.query.limit)));

  r.get('/api/coverage', {
    schema: { tags: ['questions'], summary: 'Which unit handles each country on a date (the routing answer of every country recorded): a map', querystring: z.strictObject({ org: text().optional(), ...temporal }), response: { 200: coverageSchema, ...errors } },
  }, async (req) => coverage(readStore(ctx, req.query.known_at), dateParam(req.query.at, 'at', ctx), req.query.org));

  r.get('/api/unit', {
    schema: { tags: ['questions'], summary: "A unit's history: names, posts, and the countries and functions it handled over time", querystring: z.strictObject({ unit: required(), ...temporal }), response: { 200: unitSchema, ...errors } },
  }, async (req) => unitHistory(readStore(ctx, req.query.known_at), req.query.unit, req.query.at ? dateParam(req.query.at, 'at', ctx) : undefined));

  r.get('/api/registry', {
    schema: { tags: ['questions'], summary: "The registry's organizations, top-level first, with their units' and posts' counts and head posts", querystring: z.strictObject({ known_at: temporal.known_at }), response: { 200: organizationsSchema, ...errors } },
  }, async (req) => organizations(readStore(ctx, req.query.known_at)));
};
