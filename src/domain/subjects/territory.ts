import type { Day } from '../time/day.js';
import { type DaySpan, type Extent, type Interval, intersectSpans, within } from '../time/interval.js';
import type { PartialDate } from '../time/partial-date.js';

/**
 * Territories through time (decision 20, docs/dates.md): a post or responsibility tied to a country follows the
 * states that country continues, on the dates they existed; a mission's accreditation lies within the life of what
 * sends it and of the state it is accredited to, and gives way to a later accreditation to the same country.
 */

/** A continuation between two subjects (by id): `from` was continued as `to`. */
export interface ContinuedAs {
  from: string;
  to: string;
}

/** The subject, then every state it continues, nearest first (each once; a loop in the data ends the walk). */
export const territoryLine = (subjectId: string, links: readonly ContinuedAs[]): string[] => {
  const line = [subjectId];
  for (let i = 0; i < line.length; i++) for (const l of links) if (l.to === line[i] && !line.includes(l.from)) line.push(l.from);
  return line;
};

const lower = (a: Day | null, b: Day | null): Day | null => (a === null || b === null ? null : Math.min(a, b));
const upper = (a: Day | null, b: Day | null): Day | null => (a === null || b === null ? null : Math.max(a, b));
const touches = (a: DaySpan, b: DaySpan): boolean => (a.to === null || b.from === null || b.from <= a.to) && (b.to === null || a.from === null || a.from <= b.to);

/**
 * When a line of states existed, as one extent: possible from the earliest day any may have begun to the latest any
 * may have ended; certain over the run of certain days that reaches furthest, where two runs join when every day
 * between them is a day both states may have existed: a change of hands dated only to its year ("1945" ended one,
 * "1945" began the next) leaves the line certain through it, a day between two states that never met does not.
 */
export const lineExtent = (lives: readonly Extent[]): Extent => {
  const possibles = lives.map((l) => l.possible).filter((s): s is DaySpan => s !== undefined);
  if (!possibles.length) return { certain: undefined, possible: undefined };
  const possible = possibles.reduce((a, b) => ({ from: lower(a.from, b.from), to: upper(a.to, b.to) }));
  const certains = lives.flatMap((l) => (l.certain && l.possible ? [{ certain: l.certain, possible: l.possible }] : []))
    .sort((a, b) => (a.certain.from ?? -Infinity) - (b.certain.from ?? -Infinity));
  const runs: { certain: DaySpan; possible: DaySpan }[] = [];
  for (const s of certains) {
    const last = runs.at(-1);
    // The gap [last.certain.to, s.certain.from) is covered when both may have existed on each of its days.
    const joins = last && (touches(last.certain, s.certain) || (last.certain.to !== null && s.certain.from !== null
      && (last.possible.to === null || last.possible.to >= s.certain.from) && (s.possible.from === null || s.possible.from <= last.certain.to)));
    if (last && joins) {
      runs[runs.length - 1] = {
        certain: { from: lower(last.certain.from, s.certain.from), to: upper(last.certain.to, s.certain.to) },
        possible: { from: lower(last.possible.from, s.possible.from), to: upper(last.possible.to, s.possible.to) },
      };
    } else runs.push(s);
  }
  return { certain: runs.at(-1)?.certain, possible };
};

/**
 * Which state of a line stands for it on `at`: the first of the line (the country itself, then the states it
 * continues, nearest first) that certainly existed on every day `at` can mean, else the first that may have: in
 * 1875 the German Empire (which Germany continues) before Prussia (which the Empire continues); in 1980 the Yemen
 * Arab Republic, before South Yemen, for Yemen. Undefined: none did.
 */
export const stateOn = <T extends { extent: Extent }>(line: readonly T[], at: PartialDate): T | undefined => {
  const covers = (s: DaySpan | undefined) => s !== undefined && (s.from === null || s.from <= at.earliest) && (s.to === null || at.latest < s.to);
  const meets = (s: DaySpan | undefined) => s !== undefined && (s.from === null || s.from <= at.latest) && (s.to === null || at.earliest < s.to);
  return line.find((x) => covers(x.extent.certain)) ?? line.find((x) => meets(x.extent.possible));
};

/**
 * An organization's days within those of what it belongs to: its own extent, within the union (`lineExtent`) of
 * its parents' extents so computed, up to organizations that belong to nothing. A mission is not open before the
 * ministry that sends it existed. A loop in the data is cut where it closes.
 */
export const withinAncestry = (id: string, parents: (id: string) => readonly string[], own: (id: string) => Extent, seen: ReadonlySet<string> = new Set()): Extent => {
  const up = parents(id).filter((p) => !seen.has(p) && p !== id);
  if (!up.length) return own(id);
  const path = new Set([...seen, id]);
  return within(own(id), lineExtent(up.map((p) => withinAncestry(p, parents, own, path))));
};

/** A mission's accreditation to one country, as the rule below reads it. */
export interface Accreditation {
  interval: Interval;
  extent: Extent;
  /** One at a time: an embassy's or a non-resident accreditation (a consulate's does not end, nor is ended by, others). */
  exclusive: boolean;
}

/**
 * One accreditation at a time (docs/dates.md): an exclusive accreditation whose end is not a date ended at the
 * latest on the first day a later exclusive accreditation to the same country (one begun after it) certainly held.
 * Only what is possible narrows; the certain part never grows.
 */
export const accreditationWindows = (list: readonly Accreditation[]): Extent[] =>
  list.map((a, i) => {
    const began = a.extent.certain?.from ?? a.extent.possible?.from ?? null;
    if (!a.exclusive || a.interval.end.kind === 'date' || began === null || !a.extent.possible) return a.extent;
    let cut: Day | undefined;
    list.forEach((b, j) => {
      const from = b.extent.certain?.from;
      if (j === i || !b.exclusive || from === undefined || from === null || from <= began) return;
      if (cut === undefined || from < cut) cut = from;
    });
    if (cut === undefined) return a.extent;
    const possible = intersectSpans(a.extent.possible, { from: null, to: cut });
    return { certain: possible && a.extent.certain ? intersectSpans(a.extent.certain, possible) : undefined, possible };
  });
