/**
 * North Korea's public holidays, which the date-holidays library lacks: restated from the bundled page
 * `../shared/sources/pages/dprk-public-holidays.txt` (each with its source). Sundays are the weekly rest day.
 * Lunar holidays move every year: the source lists their 2014 dates only, so they are computed for every year
 * from the Chinese lunisolar calendar (date-holidays' `chinese` rules; the Korean calendar counts from Seoul's
 * meridian and may differ from it by a day in rare years), and the 2014 listing is kept to check the computation.
 */
export const DPRK_SOURCE = 'http://dprktourism.com.my/explore_dprk/holidays.php ("2014 Major Holidays of DPR Korea"); Wikipedia, "Public holidays in North Korea"';

export interface FixedHoliday {
  /** MM-DD */
  date: string;
  name: string;
  /** The first year it was a holiday, when the source says. */
  since?: number;
}

export const DPRK_FIXED: readonly FixedHoliday[] = [
  { date: '01-01', name: "New Year's Day" },
  { date: '02-16', name: 'Day of the Shining Star', since: 1982 },
  { date: '04-15', name: 'Day of the Sun' },
  { date: '04-25', name: "Founding Day of the Korean People's Army" },
  { date: '05-01', name: "International Workers' Day" },
  { date: '07-27', name: 'Day of Victory in the Fatherland Liberation War' },
  { date: '08-15', name: 'Liberation Day' },
  { date: '08-25', name: 'Day of Songun' },
  { date: '09-09', name: 'Founding Day of the DPRK' },
  { date: '10-10', name: "Founding Day of the Workers' Party of Korea" },
  { date: '11-16', name: "Mother's Day" },
  { date: '12-27', name: 'Socialist Constitution Day' },
];

export interface LunarHoliday {
  /** A date-holidays rule in the Chinese calendar: `chinese <month>-<leap 0/1>-<day>`. */
  rule: string;
  name: string;
  /** Gregorian dates the source gives, by year. */
  listed: Record<number, string>;
}

export const DPRK_LUNAR: readonly LunarHoliday[] = [
  { rule: 'chinese 01-0-01', name: 'Lunar New Year', listed: { 2014: '2014-01-31' } },
  { rule: 'chinese 01-0-15', name: 'Jongwol Daeborum', listed: { 2014: '2014-02-14' } },
  { rule: 'chinese 08-0-15', name: 'Hangawi (Chuseok)', listed: { 2014: '2014-09-08' } },
];

/** Weekly rest: Sunday (the source: "Sundays are rest days"). */
export const DPRK_REST_DAYS: readonly number[] = [0];
