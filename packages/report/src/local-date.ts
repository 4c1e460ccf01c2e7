const parts = (at: Date, timeZone: string, withTime: boolean) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
  }).format(at);

/** The calendar date (YYYY-MM-DD) at `at` in the office's time zone; the server's own zone never matters. */
export function localDate(at: Date = new Date(), timeZone = 'Asia/Shanghai'): string {
  return parts(at, timeZone, false);
}

/** A stored UTC timestamp as the office reads it: 2026-12-01 16:05 (Beijing time); a plain date or anything else as given. */
export function localDateTime(iso: string | null | undefined, timeZone = 'Asia/Shanghai'): string {
  if (!iso) return '';
  // A calendar date (生效日期, 截止日期) has no time of day to convert.
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return parts(at, timeZone, true).replace(', ', ' ');
}
