import { asDay, FIRST_YEAR, todayText } from '../dates.js';
import { dateText, t } from '../i18n.js';
import { navigate } from '../router.js';

const monthIndex = (day: string): number => (Number(day.slice(0, 4)) - FIRST_YEAR) * 12 + Number(day.slice(5, 7)) - 1;
const monthDay = (i: number): string => `${FIRST_YEAR + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;

/** One date for the whole app: a slider by month from 1948 to today and an exact date field, both kept in the URL. */
export const DateControl = ({ at, path }: { at: string; path: string }) => {
  const day = asDay(at);
  const last = monthIndex(todayText());
  const go = (value: string, replace: boolean) => navigate(path, { at: value }, replace);
  return (
    <div class="date-control">
      <label for="at-slider">{t('date')}</label>
      <input
        id="at-slider" type="range" min={0} max={last} step={1} value={Math.min(monthIndex(day), last)}
        aria-valuetext={dateText(day)}
        onInput={(e) => go(monthDay(Number((e.target as HTMLInputElement).value)), true)}
        onChange={(e) => go(monthDay(Number((e.target as HTMLInputElement).value)), false)}
      />
      <input
        id="at-date" type="date" aria-label={t('exactDate')} min={`${FIRST_YEAR}-01-01`} max={todayText()} value={day}
        onChange={(e) => {
          const v = (e.target as HTMLInputElement).value;
          if (v) go(v, false);
        }}
      />
      <button type="button" class="link" onClick={() => go(todayText(), false)}>{t('today')}</button>
    </div>
  );
};
