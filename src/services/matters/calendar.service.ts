import Holidays from 'date-holidays';
import { DomainError } from '../../domain/errors.js';
import { DPRK_FIXED, DPRK_LUNAR, DPRK_REST_DAYS, DPRK_SOURCE } from '../../domain/matters/dprk-holidays.js';
import { type Holiday, WEEKENDS_ONLY, type WorkCalendar } from '../../domain/matters/working-days.js';
import { dayFromParts, partsFromDay, type Day } from '../../domain/time/day.js';

const LIBRARY = 'date-holidays (public holidays)';

/** A calendar whose holidays are computed a year at a time and kept. */
const yearly = (id: string, restDays: readonly number[], year: (y: number) => Map<Day, Holiday>): WorkCalendar => {
  const years = new Map<number, Map<Day, Holiday>>();
  return {
    id, restDays,
    holiday(day) {
      const y = partsFromDay(day).year;
      let m = years.get(y);
      if (!m) years.set(y, (m = year(y)));
      return m.get(day);
    },
  };
};

const dayOfText = (text: string): Day => dayFromParts(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));

/**
 * North Korea's calendar (the library lacks it): the fixed holidays of the bundled page from the year each began
 * (when the source says), and the lunar ones computed by the library's Chinese-calendar rules, each with its source.
 */
const dprkCalendar = (): WorkCalendar => {
  const lunar = new Holidays();
  for (const h of DPRK_LUNAR) lunar.setHoliday(h.rule, { name: h.name, type: 'public' });
  return yearly('KP', DPRK_REST_DAYS, (y) => {
    const m = new Map<Day, Holiday>();
    for (const h of DPRK_FIXED) {
      if (h.since !== undefined && y < h.since) continue;
      m.set(dayFromParts(y, Number(h.date.slice(0, 2)), Number(h.date.slice(3, 5))), { name: h.name, source: DPRK_SOURCE });
    }
    for (const h of lunar.getHolidays(y)) {
      const listed = DPRK_LUNAR.find((l) => l.name === h.name)?.listed[y];
      m.set(dayOfText(h.date), { name: h.name, source: listed ? DPRK_SOURCE : `computed: lunar date (${LIBRARY}, Chinese calendar)` });
    }
    return m;
  });
};

const libraryCalendar = (code: string): WorkCalendar => {
  const hd = new Holidays(code);
  return yearly(code, [0, 6], (y) => {
    const m = new Map<Day, Holiday>();
    for (const h of hd.getHolidays(y)) if (h.type === 'public') m.set(dayOfText(h.date), { name: h.name, source: LIBRARY });
    return m;
  });
};

const made = new Map<string, WorkCalendar>();

/** The names a calendar may be asked for by: `KP` (bundled), a country date-holidays knows (ISO code), or `weekends`. */
export const knownCalendar = (code: string): boolean => code === 'KP' || code === 'weekends' || Boolean(new Holidays().getCountries()[code]);

/** The calendar of a country code (KP bundled, others from date-holidays), or weekends only for `weekends`. */
export const calendarOf = (code: string): WorkCalendar => {
  const key = code.toUpperCase() === 'WEEKENDS' ? 'weekends' : code.toUpperCase();
  if (!knownCalendar(key)) throw new DomainError('INVALID_ARGUMENT', `no calendar for "${code}": a country code date-holidays knows, KP, or weekends`, { field: 'calendar', value: code });
  let cal = made.get(key);
  if (!cal) made.set(key, (cal = key === 'weekends' ? WEEKENDS_ONLY : key === 'KP' ? dprkCalendar() : libraryCalendar(key)));
  return cal;
};
