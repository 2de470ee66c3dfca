import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { seededRandom } from './measure.js';

/**
 * Writes a generated registry of the real shape as JSON Lines (docs/formats.md), streamed so that 2 million
 * appointments need no more memory than 200: ministries with units under dated parents, posts (most of one seat, some
 * of several), people, appointments in sequence with partial dates and acting terms, and responsibilities of units
 * for countries that change hands over time. The same seed gives the same file.
 *
 * Per 100 appointments: one ministry, 10 units, 10 posts, about 33 people and 25 responsibilities; so 2,000,000
 * appointments come with 20,000 ministries, 200,000 units and links, 200,000 posts, 666,667 people and 500,000
 * responsibilities: about 3.8 million records.
 */
export interface GeneratedCounts {
  sources: number;
  organizations: number;
  relations: number;
  posts: number;
  people: number;
  appointments: number;
  responsibilities: number;
  records: number;
}

const SURNAMES = ['Kim', 'Lee', 'Park', 'Choi', 'Smith', 'Jones', 'Garcia', 'Muller', 'Rossi', 'Dubois', 'Ivanov', 'Wang', 'Li', 'Zhang', 'Nakamura', 'Sato', 'Silva', 'Santos', 'Novak', 'Kowalski', 'Nielsen', 'Hansen', 'Okafor', 'Mensah', 'Haddad', 'Khan', 'Singh', 'Patel', 'Cohen', 'Levi'];
const GIVEN = ['Anna', 'Boris', 'Chen', 'Daniel', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Karim', 'Lena', 'Marco', 'Nadia', 'Omar', 'Petra', 'Quentin', 'Rosa', 'Sven', 'Tomas', 'Ursula', 'Viktor', 'Wen', 'Xavier', 'Yuki', 'Zofia', 'Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun'];
const COUNTRIES = ['FR', 'DE', 'JP', 'US', 'GB', 'CN', 'RU', 'IN', 'BR', 'ZA', 'SE', 'NO', 'IT', 'ES', 'MX', 'CA', 'AU', 'EG', 'NG', 'KE'];
const pad = (n: number) => String(n).padStart(2, '0');

export const generateDataset = async (file: string, appointments: number, seed = 42): Promise<GeneratedCounts> => {
  const rnd = seededRandom(seed);
  const out = createWriteStream(file);
  let buffered = '';
  const counts: GeneratedCounts = { sources: 0, organizations: 0, relations: 0, posts: 0, people: 0, appointments: 0, responsibilities: 0, records: 0 };
  const emit = async (type: keyof GeneratedCounts, record: Record<string, unknown>): Promise<void> => {
    buffered += `${JSON.stringify({ record: type === 'people' ? 'person' : type.replace(/s$/, '').replace(/ie$/, 'y'), ...record })}\n`;
    counts[type]++;
    counts.records++;
    if (buffered.length > 1 << 20) {
      if (!out.write(buffered)) await once(out, 'drain');
      buffered = '';
    }
  };
  // A date at a random precision: a day mostly, sometimes a month or only the year.
  const date = (y: number, m: number, d: number): string => {
    const r = rnd();
    return r < 0.75 ? `${y}-${pad(m)}-${pad(d)}` : r < 0.92 ? `${y}-${pad(m)}` : `${y}`;
  };
  for (let s = 0; s < 10; s++) await emit('sources', { id: `gen-s${s}`, title: `Generated source ${s}`, kind: 'dataset', published: '2026' });

  const ministries = Math.max(1, Math.ceil(appointments / 100));
  const peoplePerMinistry = 33;
  for (let m = 0; m < ministries && counts.appointments < appointments; m++) {
    const org = `gen-m${m}`;
    const source = `gen-s${m % 10}`;
    const formed = 1920 + Math.floor(rnd() * 30);
    await emit('organizations', { id: org, name: `Ministry ${m}`, kind: 'ministry', formed: `${formed}`, source });
    for (let u = 0; u < 10; u++) {
      const unit = `${org}/u${u}`;
      await emit('organizations', { id: unit, name: `Department ${m}.${u}`, kind: 'department', source });
      await emit('relations', { from: unit, to: u < 7 ? org : `${org}/u${u - 7}`, type: 'unit-of', start: `${formed + Math.floor(rnd() * 20)}`, source });
    }
    const people: string[] = [];
    for (let p = 0; p < peoplePerMinistry; p++) {
      const id = `gen-p${m}-${p}`;
      people.push(id);
      const name = `${SURNAMES[Math.floor(rnd() * SURNAMES.length)]} ${GIVEN[Math.floor(rnd() * GIVEN.length)]}${rnd() < 0.5 ? ` ${GIVEN[Math.floor(rnd() * GIVEN.length)]}` : ''}`;
      await emit('people', { id, name, born: `${1900 + Math.floor(rnd() * 60)}`, source });
    }
    for (let p = 0; p < 10; p++) {
      const post = `${org}:post${p}`;
      const seats = p === 9 ? 3 : 1;
      await emit('posts', { id: post, organization: p < 5 ? org : `${org}/u${p - 5}`, name: p === 0 ? `Minister ${m}` : `Post ${m}.${p}`, seats, rank: p + 1, source });
      // Terms in sequence from the ministry's founding: each starts the day its predecessor ends.
      let y = formed + 5;
      let mo = 1 + Math.floor(rnd() * 12);
      let d = 1 + Math.floor(rnd() * 28);
      let previous: string | null = `${y}-${pad(mo)}-${pad(d)}`;
      for (let t = 0; t < 10 && counts.appointments < appointments; t++) {
        y += 1 + Math.floor(rnd() * 6);
        mo = 1 + Math.floor(rnd() * 12);
        d = 1 + Math.floor(rnd() * 28);
        const end = y > 2025 ? 'open' : date(y, mo, d);
        const acting = rnd() < 0.05;
        await emit('appointments', { post, person: people[Math.floor(rnd() * people.length)], start: previous, end, ...(acting ? { kind: 'acting' } : {}), source });
        previous = end === 'open' ? null : end;
        if (!previous) break;
      }
    }
    // Each country handled by one unit, then handed to another once or twice.
    for (let c = 0; c < 25 / 2; c++) {
      const subject = COUNTRIES[(m + c) % COUNTRIES.length]!;
      const unit = `${org}/u${Math.floor(rnd() * 10)}`;
      const hand = `${formed + 20 + Math.floor(rnd() * 50)}-${pad(1 + Math.floor(rnd() * 12))}`;
      await emit('responsibilities', { unit, subject, start: `${formed + 10}`, end: hand, source });
      await emit('responsibilities', { unit: `${org}/u${(Number(unit.slice(-1)) + 1) % 10}`, subject, start: hand, end: 'open', source });
    }
  }
  out.end(buffered);
  await once(out, 'finish');
  return counts;
};

// `node --import tsx bench/generate-dataset.ts <file> <appointments>`: writes a file for trying imports by hand.
if (process.argv[1]?.endsWith('generate-dataset.ts') && process.argv[2]) {
  const counts = await generateDataset(process.argv[2], Number(process.argv[3] ?? 100_000));
  console.log(JSON.stringify(counts));
}
