/**
 * Message formatting for both languages. Templates use `{name}` for a value and
 * `{count|one|many}` for a plural chosen by the number `count`. Arrays become a list
 * ("a, b en c"), numbers use the locale's decimal mark.
 */
import { en, type MessageKey } from './messages-en';
import { nl } from './messages-nl';
import type { MessageParamNames } from './message-params';

export type Locale = 'nl' | 'en';
export type MessageParam = string | number | null | readonly string[];
export type MessageParams = Readonly<Record<string, MessageParam>>;

export const LOCALES: readonly Locale[] = ['nl', 'en'];
const catalogues: Record<Locale, Record<MessageKey, string>> = { en, nl };

/**
 * What t(key, …) takes for a message: nothing when its template has no `{…}`, else its
 * parameters by name (message-params.ts, generated from messages-en.ts), so a missing one is
 * a type error, not a "—" on screen. Keys built at run time go through translateKey.
 */
export type ParamsArg<K extends MessageKey> = [MessageParamNames[K]] extends [never]
  ? [params?: MessageParams]
  : [params: MessageParams & { readonly [P in MessageParamNames[K]]: MessageParam }];

export function t<K extends MessageKey>(locale: Locale, key: K, ...[params = {}]: ParamsArg<K>): string {
  const template = catalogues[locale][key] ?? key;
  return fill(locale, template, params);
}

/** `{name}` is a value; `{count|one|many}` picks by count, and either branch may hold `{name}` values. */
const PLACEHOLDER = /\{(\w+)(?:\|((?:[^|{}]|\{\w+\})*)\|((?:[^{}]|\{\w+\})*))?\}/g;

function fill(locale: Locale, template: string, params: MessageParams): string {
  return template.replace(PLACEHOLDER, (_m, name: string, one?: string, many?: string) => {
    const value = params[name];
    if (one !== undefined && many !== undefined) return fill(locale, value === 1 ? one : many, params);
    return formatParam(locale, value);
  });
}

export function formatParam(locale: Locale, value: MessageParam | undefined): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return formatNumber(locale, value);
  if (typeof value === 'string') return value;
  return formatList(locale, value);
}

/**
 * A number in the locale's notation: decimal comma in Dutch, and thousands grouped from five
 * digits up (12.345 / 12,345; a four-digit number such as 2000 or a year stays as it is, as
 * Dutch and English style guides write it).
 */
export function formatNumber(locale: Locale, value: number, digits = 2): string {
  return numberFormat(locale, Number.isInteger(value) ? 0 : digits).format(value === 0 ? 0 : value); // never "-0"
}

// One formatter per language and number of decimals: creating one per number (what
// toLocaleString does) made a table of thousands of numbers take tens of milliseconds.
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits, useGrouping: 'min2' })));
  return format;
}

export function formatPercent(locale: Locale, share: number | null): string {
  if (share === null) return '—';
  // Below one percent (a large network's density) one decimal, so 0.3% does not read as 0%.
  const tenths = Math.round(share * 1000) / 10;
  const percent =
    share === 0 || Math.abs(share) >= 0.01
      ? String(Math.round(share * 100))
      : tenths === 0
        ? `<${formatNumber(locale, 0.1, 1)}`
        : formatNumber(locale, tenths, 1);
  return `${percent}%`.replace('-', '−');
}

/** Longest list written out in full; longer ones name the first few and count the rest. */
export const LIST_LIMIT = 10;
const LIST_SHOWN = 8;

export function formatList(locale: Locale, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length > LIST_LIMIT) {
    const rest = items.length - LIST_SHOWN;
    return `${items.slice(0, LIST_SHOWN).join(', ')} ${locale === 'nl' ? `en ${rest} andere` : `and ${rest} more`}`;
  }
  const last = items[items.length - 1] ?? '';
  return `${items.slice(0, -1).join(', ')} ${locale === 'nl' ? 'en' : 'and'} ${last}`;
}

/** The system language picks Dutch when it is Dutch, English otherwise. */
export function localeFromLanguage(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export function bothLocales(key: MessageKey, params: MessageParams = {}): Record<Locale, string> {
  return { nl: translateKey('nl', key, params), en: translateKey('en', key, params) };
}

/** Whether a key built at run time (e.g. `host.error.${code}`) is in the catalogue. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/**
 * A key built at run time (an error's key, `report.kind.${kind}`): translated when it is in
 * the catalogue; otherwise the generic error with the key, so a missing text shows up as a
 * bug report instead of a blank. Call sites need no `as MessageKey` cast.
 */
export function translateKey(locale: Locale, key: string, params: MessageParams = {}): string {
  return isMessageKey(key) ? fill(locale, catalogues[locale][key] ?? key, params) : t(locale, 'app.error', { message: key });
}
