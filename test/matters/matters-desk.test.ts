import { describe, expect, it, beforeAll } from 'vitest';
import { resolveOrganization } from '../../src/services/lookup.service.js';
import { type DeskCaller, putDeskSettings } from '../../src/services/matters/desk.service.js';
import { acceptTransfer, assignMatter, registerMatter, showMatter, stepMatter } from '../../src/services/matters/matter.service.js';
import { listMatters } from '../../src/services/matters/matter-queue.service.js';
import { followReorganizations } from '../../src/services/matters/reorganization.service.js';
import { parsePartialDate } from '../../src/domain/time/partial-date.js';
import { route } from '../../src/services/routing.service.js';
import { dayFromParts } from '../../src/domain/time/day.js';
import type { User } from '../../src/storage/repositories/user.repository.js';
import { databaseTargets, useBundledRegistry } from '../support/databases.js';
import { deskAccounts } from '../support/desk-accounts.js';

const NOW = '2025-01-15T09:00:00.000Z';

describe.each(databaseTargets)('the matters desk on the bundled registry ($name)', (target) => {
  const registry = useBundledRegistry(target);
  let users: Record<string, User>;
  const as = (name: string, now = NOW): DeskCaller => ({ user: users[name]!, now });
  const unit = async (name: string) => (await resolveOrganization(registry(), name)).id;

  beforeAll(async () => {
    users = await deskAccounts(registry(), { ead2: 'European Affairs Department 2', asia1: 'Asia Affairs Department 1', mfaOfficer: 'mfa', ufd: 'United Front Department (North Korea)' });
  });

  it('routes a note verbale about Sweden received on 2010-03-01 to European Affairs Department 2, keeping the reasoning', async () => {
    const v = await registerMatter(registry(), as('clerk'), {
      organization: 'mfa', kind: 'note-verbale', sender: { ref: 'subject:Sweden', name: 'Embassy of Sweden' }, subjects: ['Sweden'],
      received: '2010-03-01', language: 'en', title: 'Visit of a trade delegation', classification: 'restricted',
    });
    expect(v.matter.reference).toBe('MFA-2010-000001');
    expect(v.matter.leadUnitId).toBe(await unit('European Affairs Department 2'));
    expect(v.matter.status).toBe('assigned');
    const kept = v.matter.routing[0] as { status: string; reasoning: { code: string; sources: { id: string }[]; chain: { name: string }[] }[] };
    expect(kept.status).toBe('covered');
    const why = kept.reasoning.find((r) => r.code === 'responsible' || r.code === 'possibly-responsible')!;
    expect(kept.reasoning.map((r) => r.code)).toEqual(['possibly-responsible']);
    // Kept whole, as routing answered then.
    const live = await route(registry(), 'Sweden', parsePartialDate('2010-03-01'), v.matter.organizationId!);
    expect(kept).toEqual(JSON.parse(JSON.stringify(live)));
    expect(why.sources.map((s) => s.id).sort()).toEqual(['mfa-dprk-structure-2021', 'wikipedia-mfa-dprk']);
    expect(why.chain.map((c) => c.name)).toEqual(['European Affairs Department 2', 'Ministry of Foreign Affairs (North Korea)']);
    // Day 1 is 2010-03-02; 20 working days on North Korea's calendar (Sundays rest) end on 2010-03-24.
    expect(v.calendar).toBe('KP');
    expect(v.due).toBe('2010-03-24');
    const again = await registerMatter(registry(), as('clerk'), { organization: 'mfa', kind: 'letter', sender: 'A citizen', subjects: ['SE'], received: '2010-05-01', title: 'Question' });
    expect(again.matter.reference).toBe('MFA-2010-000002');
    const queue = await listMatters(registry(), as('ead2'), {});
    expect(queue.matters.map((m) => m.matter.reference)).toEqual(['MFA-2010-000001', 'MFA-2010-000002']);
  });

  it('sends a note about Mongolia to triage with both departments, and a clerk assigns it with a reason', async () => {
    const v = await registerMatter(registry(), as('clerk'), { organization: 'mfa', kind: 'note-verbale', sender: 'Embassy of Mongolia', subjects: ['Mongolia'], received: '2020-01-01', title: 'Consultations' });
    expect(v.matter.status).toBe('registered');
    expect(v.matter.leadUnitId).toBeNull();
    expect(v.matter.triageCandidates.sort()).toEqual([await unit('Asia Affairs Department 1'), await unit('Asia Affairs Department 2')].sort());
    const triage = await listMatters(registry(), as('clerk'), { triage: true });
    expect(triage.matters.map((m) => m.matter.id)).toContain(v.matter.id);
    // A desk officer may not triage; the If-Match is required and must be current.
    await expect(assignMatter(registry(), as('asia1'), v.matter.id, 'Asia Affairs Department 1', 'mine', 1)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(assignMatter(registry(), as('clerk'), v.matter.id, 'Asia Affairs Department 1', 'per the 2021 structure', undefined)).rejects.toMatchObject({ code: 'PRECONDITION_REQUIRED' });
    await expect(assignMatter(registry(), as('clerk'), v.matter.id, 'Asia Affairs Department 1', 'per the 2021 structure', 7)).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    await expect(assignMatter(registry(), as('clerk'), v.matter.id, 'Asia Affairs Department 1', '', 1)).rejects.toMatchObject({ code: 'VALIDATION_ERROR' });
    const assigned = await assignMatter(registry(), as('clerk'), v.matter.id, 'Asia Affairs Department 1', 'per the 2021 structure', 1);
    expect(assigned.matter).toMatchObject({ status: 'assigned', leadUnitId: await unit('Asia Affairs Department 1'), triageCandidates: [], version: 2 });
    const shown = await showMatter(registry(), as('asia1'), v.matter.reference);
    expect(shown.history.map((h) => [h.version, h.action, h.userName, h.reason])).toEqual([
      [1, 'register', 'clerk', 'routing gave no one unit (conflict): to triage'],
      [2, 'assign', 'clerk', 'per the 2021 structure'],
    ]);
    // The workflow: worked, replied; a replied matter is not replied again.
    const started = await stepMatter(registry(), as('asia1'), v.matter.id, 'start', 2);
    const replied = await stepMatter(registry(), as('asia1'), v.matter.id, 'reply', started.matter.version);
    expect(replied.matter).toMatchObject({ status: 'replied', version: 4 });
    expect(replied.deadline).toBe('done');
    await expect(stepMatter(registry(), as('asia1'), v.matter.id, 'reply', 4)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(stepMatter(registry(), as('ead2'), v.matter.id, 'close', 4)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await showMatter(registry(), as('auditor'), v.matter.id)).matter.version).toBe(4);
  });

  it('moves an open South Korea matter of March 2024 from the United Front Department to the ministry, restarting its clock', async () => {
    await putDeskSettings(registry(), as('admin'), { organizationId: '*', calendar: 'KP', targets: {}, onReorganization: 'transfer' });
    const v = await registerMatter(registry(), as('clerk', '2024-03-11T09:00:00.000Z'), { kind: 'letter', sender: 'A ministry', subjects: ['South Korea'], received: '2024-03-11', title: 'Inter-Korean talks', classification: 'confidential' });
    expect(v.matter.reference).toBe('GOV-2024-000001');
    expect(v.matter.leadUnitId).toBe(await unit('United Front Department (North Korea)'));
    // A confidential matter: the clerk who registered it does not see it, the unit does.
    await expect(showMatter(registry(), as('clerk'), v.matter.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await stepMatter(registry(), as('ufd', '2024-03-12T09:00:00.000Z'), v.matter.id, 'start', 1);
    const moved = await followReorganizations(registry(), as('admin', '2024-06-03T09:00:00.000Z'), dayFromParts(2024, 6, 3));
    const mine = moved.find((m) => m.reference === 'GOV-2024-000001')!;
    expect(mine).toMatchObject({ from: await unit('United Front Department (North Korea)'), to: await unit('mfa'), outcome: 'transferred' });
    expect(mine.event).toMatchObject({ kind: 'transfer', date: '2024-05', sourceId: 'wikipedia-mfa-dprk' });
    const waiting = await showMatter(registry(), as('mfaOfficer', '2024-06-03T10:00:00.000Z'), v.matter.id);
    expect(waiting.matter).toMatchObject({ status: 'transferred', transferTo: await unit('mfa') });
    const accepted = await acceptTransfer(registry(), as('mfaOfficer', '2024-06-04T09:00:00.000Z'), v.matter.id, waiting.matter.version);
    expect(accepted.matter).toMatchObject({ status: 'assigned', leadUnitId: await unit('mfa'), transferTo: null });
    // Day 1 is 2024-06-05; twenty working days, Sundays off, end on 2024-06-27.
    expect(accepted.due).toBe('2024-06-27');
    await expect(showMatter(registry(), as('ufd', '2024-06-05T09:00:00.000Z'), v.matter.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('only proposes the move when the organization\'s setting says so, leaving the matter where it is', async () => {
    await putDeskSettings(registry(), as('admin'), { organizationId: '*', calendar: 'KP', targets: { letter: 15 }, onReorganization: 'propose' });
    const v = await registerMatter(registry(), as('clerk', '2024-03-13T09:00:00.000Z'), { kind: 'letter', sender: 'A ministry', subjects: ['KR'], received: '2024-03-13', title: 'Another', classification: 'public' });
    expect(v.matter.targetDays).toBe(15);
    const moved = await followReorganizations(registry(), as('admin', '2024-06-03T09:00:00.000Z'), dayFromParts(2024, 6, 3));
    expect(moved.find((m) => m.reference === v.matter.reference)).toMatchObject({ outcome: 'proposed', to: await unit('mfa') });
    expect((await showMatter(registry(), as('ufd', '2024-06-03T09:00:00.000Z'), v.matter.id)).matter).toMatchObject({ status: 'assigned', leadUnitId: await unit('United Front Department (North Korea)'), version: 1 });
    await expect(followReorganizations(registry(), as('clerk'), dayFromParts(2024, 6, 3))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
