import type { LiveSession, RunViewRow, Store } from '@kaoping/store';
import { LRUCache } from 'lru-cache';
import type { ListedRun } from '../runs/mark-official.ts';

/** The channel that migration 12's triggers notify with the name of a changed table (runs, sessions, users). */
const READS_CHANNEL = 'kaoping_reads';

/** A run's head as the run list shows it, with the hash of what a view of it depends on. */
export interface CachedHead {
  head: ListedRun;
  state: string;
}

export interface ReadCacheOptions {
  /** KAOPING_READ_CACHE=0 switches every cache off (each read asks the database, as before). */
  enabled: boolean;
  /** Upper bound of the compressed run views kept, in bytes (KAOPING_READ_CACHE_MB, default 64). */
  maxViewBytes: number;
}

function readCacheOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): ReadCacheOptions {
  const mb = Number(env['KAOPING_READ_CACHE_MB'] ?? '64');
  return { enabled: env['KAOPING_READ_CACHE'] !== '0', maxViewBytes: Math.max(1, Number.isFinite(mb) ? mb : 64) * 1024 * 1024 };
}

/**
 * What one API process keeps in memory so that reading a stored run asks the database nothing:
 * live sessions (user included), run heads (status, release, official), and the compressed views and units.
 *
 * Correctness: a view is keyed by the hash of its run's head, so it never goes stale; sessions and heads do, and
 * are dropped when migration 12's triggers NOTIFY that runs, sessions or users changed: any writer (this process,
 * a job, another instance on PostgreSQL). On PGlite the notice is handled before the writing query resolves, so
 * the next read sees the change. On PostgreSQL another instance hears it after the commit, normally within a few
 * milliseconds. A write request of this process also drops them when it starts and stores nothing read until it
 * ends, so its own client never reads an old answer whatever the notice's timing. Until the LISTEN is in place,
 * or after the listening connection failed, nothing is cached.
 */
export class ReadCaches {
  private readonly sessions = new LRUCache<string, LiveSession>({ max: 10_000 });
  private readonly heads = new LRUCache<string, CachedHead>({ max: 10_000 });
  private readonly views: LRUCache<string, RunViewRow>;
  private listening = false;
  /** Bumped by every invalidation: a value read from the database before a bump is not stored. */
  private generation = 0;
  private writes = 0;

  constructor(readonly options: ReadCacheOptions) {
    this.views = new LRUCache<string, RunViewRow>({ maxSize: options.maxViewBytes, sizeCalculation: (v) => v.bodyGz.byteLength + 200 });
  }

  /** Starts listening for changes; caching starts once that succeeded. */
  async start(store: Store): Promise<void> {
    if (!this.options.enabled) return;
    await store.listen(
      READS_CHANNEL,
      (table) => this.changed(table),
      () => this.stop(),
    );
    this.listening = true;
  }

  get active(): boolean {
    return this.listening;
  }

  /** A token to pass to the put methods, taken before reading the database. */
  ticket(): number {
    return this.generation;
  }

  private storable(ticket: number): boolean {
    return this.listening && this.writes === 0 && ticket === this.generation;
  }

  changed(table: string): void {
    this.generation++;
    if (table === 'runs') this.heads.clear();
    else if (table === 'sessions' || table === 'users') this.sessions.clear();
    else this.clearAll();
  }

  /** A request that may write started: forget sessions and heads, and store none until it ends. */
  beginWrite(): void {
    this.writes++;
    this.clearAll();
  }

  endWrite(): void {
    this.writes--;
    this.generation++;
  }

  session(id: string, now: string): LiveSession | undefined {
    const hit = this.listening ? this.sessions.get(id) : undefined;
    if (hit === undefined) return undefined;
    if (hit.expiresAt > now) return hit;
    this.sessions.delete(id);
    return undefined;
  }

  putSession(id: string, session: LiveSession, ticket: number): void {
    if (this.storable(ticket)) this.sessions.set(id, session);
  }

  head(runId: string): CachedHead | undefined {
    return this.listening ? this.heads.get(runId) : undefined;
  }

  putHead(runId: string, head: CachedHead, ticket: number): void {
    if (this.storable(ticket)) this.heads.set(runId, head);
  }

  /** The view stored for this run, audience and head state; views never change, so no ticket is needed. */
  view(runId: string, audience: string, state: string): RunViewRow | undefined {
    const hit = this.listening ? this.views.get(`${runId}\n${audience}`) : undefined;
    return hit?.state === state ? hit : undefined;
  }

  putView(runId: string, audience: string, view: RunViewRow): void {
    if (this.listening) this.views.set(`${runId}\n${audience}`, view);
  }

  /**
   * One unit's answer (GET /runs/:rid/units/:uid) for this head state; kept with the views (and in their byte
   * budget), and like them never stale: a release or void changes the state, and the next read rebuilds it.
   */
  unit(runId: string, unitId: string, state: string): RunViewRow | undefined {
    return this.view(runId, `unit-row:${unitId}`, state);
  }

  putUnit(runId: string, unitId: string, answer: RunViewRow): void {
    this.putView(runId, `unit-row:${unitId}`, answer);
  }

  private clearAll(): void {
    this.generation++;
    this.sessions.clear();
    this.heads.clear();
  }

  private stop(): void {
    this.listening = false;
    this.clearAll();
    this.views.clear();
  }
}

const byStore = new WeakMap<Store, ReadCaches>();

/** The caches of one store (one per process in production; tests open several stores). */
export function readCachesOf(store: Store): ReadCaches {
  let caches = byStore.get(store);
  if (caches === undefined) {
    const created = new ReadCaches(readCacheOptionsFromEnv());
    byStore.set(store, created);
    // A store that cannot listen is read without caches, as with KAOPING_READ_CACHE=0.
    created.start(store).catch(() => undefined);
    caches = created;
  }
  return caches;
}
