import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { emptyDataset } from '../../src/domain/model.js';
import { writeDataset } from '../../src/services/ingest/ingest.service.js';
import { search } from '../../src/services/search.service.js';
import { openDatabase } from '../../src/storage/database.js';
import { migrateTo } from '../../src/storage/migrations/migrations.js';
import { Store } from '../../src/storage/store.js';
import { databaseTargets } from '../support/databases.js';

describe.each(databaseTargets)('a registry keyed before family names were found by culture, on $name', (target) => {
  it('is re-keyed when opened: "Reischauer" then finds Edwin O. Reischauer by his family name', async () => {
    const location = await target.create();
    // The schema as it was before migration 009 (and whatever came after it).
    let database = await openDatabase(location, { migrate: false });
    await migrateTo(database.db, database.caps, '008-source-coverage');
    const d = emptyDataset();
    d.sources.push({ id: 'note', title: 'A note', kind: 'curation' });
    d.people.push({ id: 'reischauer', name: 'Edwin O. Reischauer', sourceId: 'note' }, { id: 'choe', name: 'Choe Son-hui', sourceId: 'note' });
    for (const p of d.people) d.names.push({ entityType: 'person', entityId: p.id, name: p.name, kind: 'primary', sourceId: 'note' });
    await writeDataset(Store.of(database), d, 'note.json');
    // The keys as the first-word rule wrote them.
    await sql`update names set skeleton = 'etwin0oreisaor', given_skeleton = 'oreisaor' where entity_id = 'reischauer'`.execute(database.db);
    expect((await search(Store.of(database), 'Reischauer', ['person'])).results.filter((r) => r.match === 'surname')).toEqual([]);
    await database.close();

    database = await openDatabase(location);
    try {
      const store = Store.of(database);
      expect((await search(store, 'Reischauer', ['person'])).results.map((r) => [r.id, r.match])).toEqual([['reischauer', 'surname']]);
      expect((await search(store, 'Choe', ['person'])).results.map((r) => [r.id, r.match])).toEqual([['choe', 'surname']]);
    } finally {
      await database.close();
    }
  });
});
