import { localDate } from '@kaoping/report';

/** Where the reporting cycle reads "today" (Beijing date) and stamps submissions. */
export interface Clock {
  today(): string;
  now(): string;
}

/** The real clock: production always uses it unless KAOPING_TODAY is set explicitly. */
export const systemClock: Clock = { today: () => localDate(), now: () => new Date().toISOString() };

/** A clock stopped on one Beijing date (noon), for tests and the e2e server (KAOPING_TODAY). */
export function fixedClock(today: string): Clock {
  return { today: () => today, now: () => new Date(`${today}T04:00:00.000Z`).toISOString() };
}
