import { beforeAll, describe, expect, it } from 'vitest';
import { dayFromParts } from '../../src/domain/time/day.js';
import { runCli } from '../support/cli.js';
import type { DeskCaller } from '../../src/services/matters/desk.service.js';
import { acceptTransfer, registerMatter, stepMatter, transferMatter } from '../../src/services/matters/matter.service.js';
import { matterReport, reportCsv } from '../../src/services/matters/matter-report.service.js';
import type { User } from '../../src/storage/repositories/user.repository.js';
import { databaseTargets, useBundledRegistry } from '../support/databases.js';
import { deskAccounts } from '../support/desk-accounts.js';

const EAD2 = 'ministry-of-foreign-affairs-north-korea/european-affairs-department-2';
const ASIA1 = 'ministry-of-foreign-affairs-north-korea/asia-affairs-department-1';
const at = (day: string) => `${day}T09:00:00.000Z`;

describe.each(databaseTargets)('the matters report against a hand count ($name)', (target) => {
  const registry = useBundledRegistry(target);
  let users: Record<string, User>;
  const as = (name: string, day: string): DeskCaller => ({ user: users[name]!, now: at(day) });

  beforeAll(async () => {
    users = await deskAccounts(registry(), { ead2: 'European Affairs Department 2', asia1: 'Asia Affairs Department 1' });
    const note = (received: string, title: string) => registerMatter(registry(), as('clerk', received), {
      organization: 'mfa', kind: 'note-verbale', sender: 'Embassy of Sweden', subjects: ['Sweden'], received, title,
    });
    const a = await note('2010-03-01', 'A');
    await stepMatter(registry(), as('ead2', '2010-03-15'), a.matter.id, 'reply', 1);
    const b = await note('2010-03-02', 'B');
    await stepMatter(registry(), as('ead2', '2010-04-01'), b.matter.id, 'reply', 1);
    await note('2010-03-03', 'C');
    const d = await note('2010-03-04', 'D');
    await transferMatter(registry(), as('ead2', '2010-03-05'), d.matter.id, 'Asia Affairs Department 1', 'a consular side', 1);
    await acceptTransfer(registry(), as('asia1', '2010-03-06'), d.matter.id, 2);
    const e = await note('2009-12-30', 'E');
    await stepMatter(registry(), as('ead2', '2010-01-05'), e.matter.id, 'reply', 1);
  });

  it('counts received, replied, within target, median working days, overdue and transfers per unit as by hand', async () => {
    const r = await matterReport(registry(), as('supervisor', '2010-07-01'), { scope: 'mfa', from: dayFromParts(2010, 1, 1), to: dayFromParts(2010, 6, 30), on: dayFromParts(2010, 6, 30) });
    // By hand, on North Korea's calendar (Sundays and public holidays off): A replied on its 12th working day (due
    // 24 March), B on its 26th (due 25 March), E (received 30 Dec 2009) on its 4th (31 Dec, 2 Jan, 4 Jan, 5 Jan; 1 Jan a
    // holiday). C is open past its due day; D went to Asia Affairs Department 1, which accepted it and left it open.
    expect(r.units).toEqual([
      { unit: { id: ASIA1, name: 'Asia Affairs Department 1' }, received: 1, replied: 0, repliedWithinTarget: 0, shareWithinTarget: null, medianWorkingDays: null, overdue: 1, transferredIn: 1, transferredOut: 0 },
      { unit: { id: EAD2, name: 'European Affairs Department 2' }, received: 3, replied: 3, repliedWithinTarget: 2, shareWithinTarget: 2 / 3, medianWorkingDays: 12, overdue: 1, transferredIn: 0, transferredOut: 1 },
    ]);
    expect(reportCsv(r).split('\n')[2]).toBe('European Affairs Department 2,3,3,2,0.6666666666666666,12,1,0,1');
    // A desk officer reports on their own unit only.
    await expect(matterReport(registry(), as('asia1', '2010-07-01'), { scope: 'European Affairs Department 2', from: 0, to: dayFromParts(2010, 6, 30), on: 0 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('chancery matters on the command line', () => {
  it('registers, lists, replies and reports as the service does, and refuses a desk officer of another unit', async () => {
    const db = await databaseTargets[0]!.create();
    const cli = (...args: string[]) => runCli([...args, '--db', db]);
    expect((await cli('init')).code).toBe(0);
    for (const name of ['boss', 'kim', 'lee', 'park']) await cli('users', 'add', name, '--role', name === 'boss' ? 'admin' : 'reader');
    await cli('matters', 'member', 'kim', '--as', 'boss', '--role', 'clerk', '--from', '2000-01-01');
    await cli('matters', 'member', 'lee', '--as', 'boss', '--role', 'desk-officer', '--unit', 'European Affairs Department 2', '--from', '2000-01-01');
    await cli('matters', 'member', 'park', '--as', 'boss', '--role', 'desk-officer', '--unit', 'Asia Affairs Department 1', '--from', '2000-01-01');
    const reg = await cli('matters', 'register', '--as', 'kim', '--org', 'mfa', '--kind', 'note-verbale', '--sender', 'Embassy of Sweden', '--subject', 'Sweden',
      '--received', '2010-03-01', '--title', 'Trade delegation', '--classification', 'confidential', '--now', at('2010-03-01'), '--json');
    expect(reg.code, reg.stderr).toBe(0);
    expect(JSON.parse(reg.stdout)).toMatchObject({ reference: 'MFA-2010-000001', leadUnit: EAD2, due: '2010-03-24', deadline: 'due' });
    expect((await cli('matters', 'list', '--as', 'lee', '--on', '2010-03-22')).stdout).toContain('MFA-2010-000001\tassigned\t2010-03-24\tdue-soon');
    const refused = await cli('matters', 'show', 'MFA-2010-000001', '--as', 'park');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('may not see');
    expect((await cli('matters', 'reply', 'MFA-2010-000001', '--as', 'lee', '--now', at('2010-03-15'))).code).toBe(0);
    const csv = await cli('matters', 'report', '--as', 'lee', '--from', '2010-01-01', '--to', '2010-12-31', '--format', 'csv');
    expect(csv.stdout.trim().split('\n')).toEqual([
      'unit,received,replied,repliedWithinTarget,shareWithinTarget,medianWorkingDays,overdue,transferredIn,transferredOut',
      'European Affairs Department 2,1,1,1,1,12,0,0,0',
    ]);
  });
});
