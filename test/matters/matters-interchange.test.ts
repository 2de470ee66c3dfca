import { beforeAll, describe, expect, it } from 'vitest';
import { balanced } from '../../src/dataset/import-report.js';
import type { DeskCaller } from '../../src/services/matters/desk.service.js';
import { exportMatters, importMatters } from '../../src/services/matters/matter-interchange.service.js';
import { registerMatter, stepMatter } from '../../src/services/matters/matter.service.js';
import { Store } from '../../src/storage/store.js';
import { openFresh, databaseTargets, useBundledRegistry } from '../support/databases.js';
import { loadBundledDataset } from '../../src/services/import.service.js';
import type { User } from '../../src/storage/repositories/user.repository.js';
import { deskAccounts } from '../support/desk-accounts.js';

const NOW = '2025-01-15T09:00:00.000Z';

describe.each(databaseTargets)('matters out and in again, as JSON Lines and CSV ($name)', (target) => {
  const registry = useBundledRegistry(target);
  let users: Record<string, User>;
  const as = (name: string): DeskCaller => ({ user: users[name]!, now: NOW });
  const dump = async (store: Store, caller: DeskCaller, format: 'jsonl' | 'csv') => {
    const chunks: string[] = [];
    await exportMatters(store, caller, format, (c) => chunks.push(c));
    return chunks.join('');
  };

  beforeAll(async () => {
    users = await deskAccounts(registry(), { ead2: 'European Affairs Department 2' });
    const a = await registerMatter(registry(), as('clerk'), { organization: 'mfa', kind: 'note-verbale', sender: { ref: 'subject:Sweden', name: 'Embassy of Sweden, "Stockholm"' }, subjects: ['Sweden', 'Mongolia'], received: '2010-03-01', title: '=cmd|x, a title', summary: 'line one\nline two', classification: 'public' });
    await stepMatter(registry(), as('ead2'), a.matter.id, 'reply', 1);
    await registerMatter(registry(), as('clerk'), { organization: 'mfa', kind: 'letter', sender: 'Someone', subjects: ['Mongolia'], received: '2020-01-01', title: 'Triage' });
  });

  for (const format of ['jsonl', 'csv'] as const) {
    it(`exports every matter as ${format} and imports them into another registry unchanged; a second import changes nothing`, async () => {
      const text = await dump(registry(), as('auditor'), format);
      const other = await openFresh(target);
      try {
        const store = Store.of(other);
        await loadBundledDataset(store);
        const theirs = await deskAccounts(store, {});
        const admin: DeskCaller = { user: theirs['admin']!, now: NOW };
        const first = await importMatters(store, admin, text, format, `matters.${format}`);
        expect(first.totals).toEqual({ read: 2, created: 2, unchanged: 0, merged: 0, rejected: 0 });
        expect(await dump(store, admin, format)).toBe(text);
        const again = await importMatters(store, admin, text, format, `matters.${format}`);
        expect(again.totals).toEqual({ read: 2, created: 0, unchanged: 2, merged: 0, rejected: 0 });
        // The next reference of the organization and year follows the imported ones.
        const next = await registerMatter(store, { user: theirs['clerk']!, now: NOW }, { organization: 'mfa', kind: 'letter', sender: 'x', subjects: ['Sweden'], received: '2010-06-01', title: 'next' });
        expect(next.matter.reference).toBe('MFA-2010-000002');
      } finally {
        await other.close();
      }
    });
  }

  it('merges a newer version, rejects bad records with their line and field, balances its report, and refuses non-admins', async () => {
    const lines = (await dump(registry(), as('admin'), 'jsonl')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const replied = lines.find((l) => l['status'] === 'replied')!;
    const newer = { ...replied, status: 'closed', version: 5 };
    const stale = { ...replied, title: 'changed under the same version' };
    const badKind = { ...replied, reference: 'MFA-2010-000099', id: 'x1', kind: 'Note Verbale' };
    const badUnit = { ...replied, reference: 'MFA-2010-000098', id: 'x2', leadUnit: 'no-such-unit' };
    const text = [newer, stale, badKind, badUnit, { reference: 'nope' }].map((r) => JSON.stringify(r)).join('\n') + '\n{not json\n';
    await expect(importMatters(registry(), as('auditor'), text, 'jsonl', 'in.jsonl')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const report = await importMatters(registry(), as('admin'), text, 'jsonl', 'in.jsonl');
    expect(report.totals).toEqual({ read: 6, created: 0, unchanged: 0, merged: 1, rejected: 5 });
    expect(balanced(report)).toBe(true);
    expect(report.entries.filter((e) => e.status === 'rejected').map((e) => [e.line, e.field])).toEqual([
      [2, 'version'], [3, 'kind'], [4, 'leadUnit'], [5, 'id'], [6, undefined],
    ]);
    const shown = await registry().matters.byReference(String(replied['reference']));
    expect(shown!.matter).toMatchObject({ status: 'closed', version: 5 });
  });
});
