// Small display formatters shared by the screens (dates in UTC, byte sizes, weights).

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });

/** `4 May 2026 at 09:00 UTC` from an ISO timestamp; the input itself when it is not a date. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${dateTime.format(date)} UTC`;
}

/** `12.3 kB`, `1.2 MB`: decimal units, as file managers show them. */
export function formatBytes(size: number): string {
  if (size < 1000) return `${size} bytes`;
  const units = ['kB', 'MB', 'GB'];
  let value = size / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** A weight as a share of all weights, `25%`, rounded to a whole percent (one decimal below 10%). */
export function formatShare(weight: number, total: number): string {
  if (total <= 0) return '—';
  const percent = (weight / total) * 100;
  return `${percent < 10 ? percent.toFixed(1) : Math.round(percent)}%`;
}

/** The file name at the end of an archive path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `1 candidate`, `5 candidates`: a count with its noun, singular or plural. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
