/** The outcome of reading one cell: a value, or a sentence saying what is wrong with it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** A successful read. */
export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

/** A failed read. */
export function fail<T>(message: string): Parsed<T> {
  return { ok: false, message };
}
