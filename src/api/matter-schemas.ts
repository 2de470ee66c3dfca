import { z } from 'zod';
import { CLASSIFICATIONS, MATTER_STATUSES } from '../domain/matters/matter.js';
import { DEADLINE_STATES } from '../domain/matters/working-days.js';

/** The matters desk's answers (src/api/routes/matters.routes.ts). */
export const matterSchema = z.strictObject({
  id: z.string(), reference: z.string(), organization: z.string().nullable(), kind: z.string(),
  sender: z.strictObject({ ref: z.string().nullable(), name: z.string() }), subjects: z.array(z.strictObject({ id: z.string(), name: z.string() })),
  received: z.string(), language: z.string().nullable(), title: z.string(), summary: z.string().nullable(), classification: z.enum(CLASSIFICATIONS),
  status: z.enum(MATTER_STATUSES), leadUnit: z.string().nullable(), consultedUnits: z.array(z.string()), triageCandidates: z.array(z.string()),
  transferTo: z.string().nullable(), clockFrom: z.string(), targetDays: z.number(), due: z.string(), deadline: z.enum(DEADLINE_STATES),
  workingDaysUsed: z.number(), calendar: z.string(), repliedOn: z.string().nullable(), version: z.number(), createdAt: z.string(), updatedAt: z.string(),
  routing: z.array(z.record(z.string(), z.unknown())).describe('each subject\'s routing answer as it was (GET /api/route\'s shape)'),
}).describe('a matter');
const matterHistorySchema = z.array(z.strictObject({
  matterId: z.string(), version: z.number(), action: z.string(), at: z.string(), userId: z.string(), userName: z.string().nullable(), reason: z.string().nullable(),
}));
export const matterRoutingSchema = z.strictObject({ leadUnitId: z.string().nullable(), triageCandidates: z.array(z.string()), consultedUnitIds: z.array(z.string()), kept: z.array(z.record(z.string(), z.unknown())) });
export const matterReportSchema = z.strictObject({
  from: z.string(), to: z.string(), on: z.string(),
  units: z.array(z.strictObject({
    unit: z.strictObject({ id: z.string(), name: z.string() }), received: z.number(), replied: z.number(), repliedWithinTarget: z.number(),
    shareWithinTarget: z.number().nullable(), medianWorkingDays: z.number().nullable(), overdue: z.number(), transferredIn: z.number(), transferredOut: z.number(),
  })),
});

export const matterPageSchema = z.strictObject({ matters: z.array(matterSchema), next: z.string().nullable() });
export const matterShownSchema = z.strictObject({ matter: matterSchema, history: matterHistorySchema });
