/**
 * A run result as a lazy shape: the same JSON as the whole object, but its big parts (each group's
 * units, the trace) are computed element by element, so the JSON text can be written in chunks
 * without the result or its text ever being held whole.
 */

/** An array whose elements are computed when read, in order. */
export class LazyArray {
  constructor(
    readonly length: number,
    readonly at: (k: number) => unknown,
  ) {}
}

/**
 * An object whose values are computed when read. `keys` are in insertion order; the JSON order is
 * JavaScript's (integer-like keys first, ascending), as for the object `Object.fromEntries` builds.
 */
export class LazyRecord {
  readonly keys: readonly string[];
  constructor(
    keys: readonly string[],
    readonly at: (key: string) => unknown,
  ) {
    this.keys = Object.keys(Object.fromEntries(keys.map((k) => [k, 0])));
  }
}

/** An object written field by field (its values may be lazy). */
export class Fields {
  constructor(readonly fields: Readonly<Record<string, unknown>>) {}
}

/**
 * A value that writes its own JSON: `text()` is byte-identical to `JSON.stringify(value())`, without
 * building the value (a unit of the result, written straight from the exact state).
 */
export class Written {
  constructor(
    readonly value: () => unknown,
    readonly text: () => string,
  ) {}
}

/** The plain value of a shape: every lazy part computed. */
export function resolve(x: unknown): unknown {
  if (x instanceof Written) return resolve(x.value());
  if (x instanceof LazyArray) return Array.from({ length: x.length }, (_, k) => resolve(x.at(k)));
  if (x instanceof LazyRecord) return Object.fromEntries(x.keys.map((k) => [k, resolve(x.at(k))]));
  if (x instanceof Fields) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x.fields)) out[k] = resolve(v);
    return out;
  }
  return x;
}

const CHUNK = 1 << 16;

const isLazy = (x: unknown): boolean => x instanceof LazyArray || x instanceof LazyRecord || x instanceof Fields || x instanceof Written;

/**
 * The JSON text of a shape in chunks of about 64 KB, byte-identical to `JSON.stringify(resolve(shape))`:
 * plain parts are stringified whole, lazy parts one element at a time.
 */
export function* jsonChunks(shape: unknown): Generator<string> {
  let buf = '';
  function* put(s: string): Generator<string> {
    buf += s;
    if (buf.length >= CHUNK) {
      yield buf;
      buf = '';
    }
  }
  function* walk(x: unknown): Generator<string> {
    if (x instanceof Written) {
      yield* put(x.text());
    } else if (x instanceof LazyArray) {
      yield* put('[');
      for (let k = 0; k < x.length; k++) {
        if (k > 0) yield* put(',');
        // JSON.stringify writes null for an element that has no JSON (undefined, a function).
        yield* walk(x.at(k));
      }
      yield* put(']');
    } else if (x instanceof LazyRecord || x instanceof Fields) {
      yield* put('{');
      let first = true;
      const entries: Iterable<[string, () => unknown]> =
        x instanceof LazyRecord
          ? x.keys.map((k): [string, () => unknown] => [k, () => x.at(k)])
          : Object.entries(x.fields).map(([k, v]): [string, () => unknown] => [k, () => v]);
      for (const [k, get] of entries) {
        const v = get();
        const key = `${first ? '' : ','}${JSON.stringify(k)}:`;
        if (isLazy(v)) {
          yield* put(key);
          yield* walk(v);
        } else {
          // A field without JSON (undefined, a function) is left out, as JSON.stringify does.
          const s = JSON.stringify(v) as string | undefined;
          if (s === undefined) continue;
          yield* put(key + s);
        }
        first = false;
      }
      yield* put('}');
    } else {
      yield* put((JSON.stringify(x) as string | undefined) ?? 'null');
    }
  }
  yield* walk(shape);
  if (buf.length > 0) yield buf;
}

/** A writable stream, as Node's: `write` returns false when the caller should wait for 'drain'. */
export interface JsonSink {
  write(chunk: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

/** Writes chunks to a stream, waiting for it to drain when it asks; resolves with the number of characters written. */
export async function writeChunks(chunks: Iterable<string>, sink: JsonSink): Promise<number> {
  let chars = 0;
  for (const c of chunks) {
    chars += c.length;
    if (!sink.write(c)) await new Promise<void>((ok) => sink.once('drain', ok));
  }
  return chars;
}

/** A result already held whole (the exact engine's) as a shape, so that its text is still written group by group and unit by unit. */
export function heldShape(r: object): Fields {
  const each = (xs: readonly unknown[], f: (x: unknown) => unknown) => new LazyArray(xs.length, (k) => f(xs[k]));
  const fields: Record<string, unknown> = { ...r };
  const groups = fields['groups'];
  if (Array.isArray(groups)) {
    fields['groups'] = each(groups, (g) => {
      const units = (g as Record<string, unknown>)['units'];
      return Array.isArray(units) ? new Fields({ ...(g as object), units: each(units, (u) => u) }) : g;
    });
  }
  const trace = fields['trace'];
  if (trace !== null && typeof trace === 'object') fields['trace'] = new LazyRecord(Object.keys(trace), (k) => (trace as Record<string, unknown>)[k]);
  return new Fields(fields);
}
