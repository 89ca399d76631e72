// Small display formatters shared by the screens (dates in UTC, byte sizes, weights), in the
// conventions of the interface language chosen (renderer/src/i18n): `4 mai 2026 à 09:00 UTC`, `12,3 ko`.

import { intlLocale, translate } from '../i18n';

/** `4 May 2026 at 09:00 UTC` (in the interface language) from an ISO timestamp; the input itself when it is not a date. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date);
  return translate('format.utc', { date: text });
}

/** A number in the interface language's conventions: `1,234.5`, `1 234,5`. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(), options).format(value);
}

/** `12.3 kB`, `1.2 MB` (`12,3 ko` in French): decimal units, as file managers show them. */
export function formatBytes(size: number): string {
  if (size < 1000) return formatNumber(size, { style: 'unit', unit: 'byte', unitDisplay: 'long' });
  const units = ['kilobyte', 'megabyte', 'gigabyte'];
  let value = size / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = value < 10 ? 1 : 0;
  return formatNumber(Number(value.toFixed(digits)), { style: 'unit', unit: units[unit], unitDisplay: 'short', minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A weight as a share of all weights, `25%` (`25 %` in French), rounded to a whole percent (one decimal below 10%). */
export function formatShare(weight: number, total: number): string {
  if (total <= 0) return '—';
  const share = weight / total;
  const digits = share < 0.1 ? 1 : 0;
  return formatNumber(share, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** The file name at the end of an archive path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `1 candidate`, `5 candidates`: an English count with its noun (translated screens use i18next plural keys instead). */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
