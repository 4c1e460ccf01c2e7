/** The calendar date (YYYY-MM-DD) at `at` in the office's time zone; the server's own zone never matters. */
export function localDate(at: Date = new Date(), timeZone = 'Asia/Shanghai'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
