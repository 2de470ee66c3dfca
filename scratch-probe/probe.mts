import { openDatabase } from '../src/storage/database.js';
import { Store } from '../src/storage/store.js';
import { route } from '../src/services/routing.service.js';
import { parsePartialDate } from '../src/domain/time/partial-date.js';
const db = await openDatabase(process.argv[2]!);
const s = Store.of(db);
const rs = await s.responsibilities.list();
const missionSubjects = [...new Set(rs.filter(r => r.role !== 'handles').map(r => r.subjectId))];
const at = parsePartialDate(process.argv[3] ?? '2024-01-01');
for (const id of missionSubjects) {
  try { const a = await route(s, id.replace('country:', ''), at); if (a.status !== 'covered') console.log(id, a.status, a.missions.map(m => m.mission.name)); } catch (e) { console.log(id, String(e)); }
}
const posts = (await s.posts.list()).filter(p => p.subjectId);
console.log('posts with subject', posts.length, posts.slice(0,5).map(p => [p.id, p.subjectId]));
await db.close();
