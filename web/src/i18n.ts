import i18next, { type TOptions } from 'i18next';
import countries from 'i18n-iso-countries';
import countriesEn from 'i18n-iso-countries/langs/en.json';
import countriesKo from 'i18n-iso-countries/langs/ko.json';
import { renderReason } from '../../src/domain/messages/catalogue.js';
import { en as reasonsEn } from '../../src/domain/messages/en.messages.js';
import { ko as reasonsKo } from '../../src/domain/messages/ko.messages.js';
import type { Reason } from '../../src/domain/reasons.js';
import { OPEN_END } from '../../src/domain/reasons.js';
import { APP_MESSAGES, type MessageKey } from './messages.js';

/** The app's languages; the first is the fallback for a browser that asks for neither. */
export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORE_KEY = 'chancery.lang';

const isLanguage = (x: string | null | undefined): x is Language => !!x && (LANGUAGES as readonly string[]).includes(x);
const remembered = (): string | null => {
  try {
    return localStorage.getItem(STORE_KEY);
  } catch {
    return null;
  }
};

/** The language asked for: the address (`?lang=ko`), then what the reader chose before, then the browser's language. */
export const languageOf = (params: URLSearchParams): Language => {
  const asked = params.get('lang');
  if (isLanguage(asked)) return asked;
  const kept = remembered();
  if (isLanguage(kept)) return kept;
  const browser = (navigator.languages ?? [navigator.language]).map((l) => l.slice(0, 2).toLowerCase()).find(isLanguage);
  return browser ?? 'en';
};

countries.registerLocale(countriesEn);
countries.registerLocale(countriesKo);
void i18next.init({
  lng: 'en', fallbackLng: 'en', initAsync: false, interpolation: { escapeValue: false }, returnNull: false,
  resources: { en: { translation: APP_MESSAGES.en }, ko: { translation: APP_MESSAGES.ko } },
});

/** Makes `lang` the language of the app (and of the document, for screen readers and fonts) and remembers it. */
export const useLanguage = (lang: Language): void => {
  if (i18next.language !== lang) void i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    if (new URLSearchParams(location.search).has('lang')) localStorage.setItem(STORE_KEY, lang);
  } catch {
    // A browser that keeps nothing still shows the language of the address.
  }
};
export const rememberLanguage = (lang: Language): void => {
  try {
    localStorage.setItem(STORE_KEY, lang);
  } catch {
    // As above.
  }
};

export const lang = (): Language => (isLanguage(i18next.language) ? i18next.language : 'en');
/** A message of the app's catalogue in the app's language. */
export const t = (key: MessageKey, options?: TOptions): string => i18next.t(key, options ?? {});

/** A reason of an answer in the app's language, rendered from its code and parameters (never the API's English `text`). */
export const say = (reason: Reason): string => renderReason(reason, lang() === 'ko' ? reasonsKo : reasonsEn);

/** A country's name in the app's language (i18n-iso-countries), or the registry's name for what it does not know. */
export const countryName = (code: string | null | undefined, fallback: string): string =>
  (lang() === 'ko' && code ? countries.getName(code, 'ko') : undefined) ?? fallback;

/** A person's or body's name as the language reads it: in Korean, Hangul first with the romanization beside. */
export const nameOf = (x: { name: string; currentName?: string | null; nativeName?: string | null }): string => {
  const roman = x.currentName ?? x.name;
  if (lang() === 'ko' && x.nativeName) return `${x.nativeName} (${roman})`;
  return roman;
};

const formats = new Map<string, Intl.DateTimeFormat>();
const formatOf = (precision: 'day' | 'month' | 'year'): Intl.DateTimeFormat => {
  const key = `${lang()}:${precision}`;
  let f = formats.get(key);
  if (!f) {
    const parts: Intl.DateTimeFormatOptions = precision === 'day' ? { year: 'numeric', month: 'long', day: 'numeric' } : precision === 'month' ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
    f = new Intl.DateTimeFormat(lang() === 'ko' ? 'ko-KR' : 'en-GB', { ...parts, timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
};

/**
 * A date text of the registry (`2010-03-01`, `2007-05`, `1948`, or a range a source left open) as the language writes
 * it (`1 March 2010`, `2010년 3월 1일`); a text it cannot read is shown as it is, never guessed.
 */
export const dateText = (text: string | null | undefined, precision?: 'day' | 'month' | 'year'): string => {
  if (!text) return '';
  if (text === OPEN_END) return t('inOffice');
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text);
  if (!m) return text;
  const [, y, mo, d] = m;
  const own = d ? 'day' : mo ? 'month' : 'year';
  const shown = precision && ['year', 'month', 'day'].indexOf(precision) < ['year', 'month', 'day'].indexOf(own) ? precision : own;
  return formatOf(shown).format(new Date(Date.UTC(Number(y), Number(mo ?? 1) - 1, Number(d ?? 1))));
};

/** A term's dates: from start to end, "in office" for an open end, and what is unknown said so. */
export const spanText = (start: string | null, end: string | null): string =>
  `${start ? dateText(start) : t('startUnknown')} – ${end === OPEN_END ? t('inOffice') : end ? dateText(end) : t('endUnknown')}`;
