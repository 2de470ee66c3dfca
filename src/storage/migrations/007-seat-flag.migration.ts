import { type Kysely, sql } from 'kysely';
import type { Capabilities } from '../capabilities.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
type AnyDb = Kysely<any>;

/**
 * The seat flag says it all (decision 010): `single_seat` is set only on terms that take the only seat of their post
 * (`takesOnlySeat`, src/domain/seat-rule.ts), so the exclusion constraint no longer repeats which kinds take a seat.
 * Rows written before, flagged by their post's seat count alone, lose the flag where their kind takes no seat: the
 * kinds below are those the rule left out when this migration was written (a snapshot, as a migration is).
 */
export const seatFlagMigration = (caps: Capabilities) => ({
  async up(db: AnyDb): Promise<void> {
    await sql`update appointments set single_seat = 0 where single_seat = 1 and kind in ('cover', 'nominated')`.execute(db);
    if (caps.exclusionConstraints) {
      await sql`alter table appointments drop constraint appointments_single_seat_no_overlap`.execute(db);
      await sql`alter table appointments add constraint appointments_single_seat_no_overlap
        exclude using gist (post_id with =, int4range(certain_from, certain_to) with &&)
        where (single_seat = 1 and certain_from is not null)`.execute(db);
    }
  },
});
