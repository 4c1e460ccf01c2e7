/** One migration: an id that never changes and single SQL statements run in order in one transaction. */
export interface Migration {
  id: number;
  name: string;
  statements: string[];
}

/** Append only: never edit a migration that has shipped; add the next one. */
export const MIGRATIONS: Migration[] = [
  {
    id: 1,
    name: 'initial',
    statements: [
      `CREATE TABLE schemes (id text PRIMARY KEY, name text NOT NULL, created_at text NOT NULL, created_by text NOT NULL)`,
      `CREATE TABLE drafts (
        scheme_id text PRIMARY KEY REFERENCES schemes(id) ON DELETE CASCADE,
        pack text NOT NULL, revision integer NOT NULL, updated_at text NOT NULL, updated_by text NOT NULL)`,
      `CREATE TABLE versions (
        scheme_id text NOT NULL REFERENCES schemes(id) ON DELETE CASCADE, version integer NOT NULL,
        pack text NOT NULL, note text NOT NULL CHECK (note <> ''), effective_from text NOT NULL,
        author text NOT NULL, created_at text NOT NULL, PRIMARY KEY (scheme_id, version))`,
      `CREATE TABLE units (
        scheme_id text NOT NULL REFERENCES schemes(id) ON DELETE CASCADE, seq integer NOT NULL,
        id text NOT NULL, name text NOT NULL, group_ref text, PRIMARY KEY (scheme_id, id))`,
      `CREATE TABLE targets (
        scheme_id text NOT NULL REFERENCES schemes(id) ON DELETE CASCADE, seq integer NOT NULL,
        unit_id text NOT NULL, indicator text NOT NULL, period text, value text NOT NULL)`,
      `CREATE INDEX targets_scheme ON targets (scheme_id, unit_id)`,
      `CREATE TABLE reports (
        scheme_id text NOT NULL REFERENCES schemes(id) ON DELETE CASCADE, seq integer NOT NULL,
        unit_id text NOT NULL, indicator text NOT NULL, period text NOT NULL, value text)`,
      `CREATE INDEX reports_scheme ON reports (scheme_id, unit_id)`,
      `CREATE TABLE events (
        scheme_id text NOT NULL REFERENCES schemes(id) ON DELETE CASCADE, seq integer NOT NULL,
        unit_id text NOT NULL, period text NOT NULL, kind text, code text NOT NULL, count text NOT NULL, note text)`,
      `CREATE INDEX events_scheme ON events (scheme_id, unit_id)`,
      `CREATE TABLE projects (
        scheme_id text NOT NULL REFERENCES schemes(id) ON DELETE CASCADE, seq integer NOT NULL,
        id text NOT NULL, unit_id text NOT NULL, name text NOT NULL, fields text NOT NULL, PRIMARY KEY (scheme_id, id))`,
      `CREATE TABLE runs (
        id text PRIMARY KEY, scheme_id text NOT NULL REFERENCES schemes(id) ON DELETE CASCADE,
        version integer NOT NULL, as_of text NOT NULL, fingerprint text NOT NULL, result text NOT NULL,
        created_by text NOT NULL, created_at text NOT NULL)`,
      `CREATE INDEX runs_scheme ON runs (scheme_id, created_at)`,
      `CREATE TABLE users (
        username text PRIMARY KEY, password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'evaluator', 'reporter', 'viewer')),
        unit_id text, disabled boolean NOT NULL DEFAULT false, created_at text NOT NULL, updated_at text NOT NULL,
        CHECK ((role = 'reporter') = (unit_id IS NOT NULL)))`,
      `CREATE TABLE sessions (
        id text PRIMARY KEY, username text NOT NULL REFERENCES users(username) ON DELETE CASCADE,
        created_at text NOT NULL, expires_at text NOT NULL)`,
      `CREATE TABLE audit_log (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at text NOT NULL, actor text NOT NULL,
        action text NOT NULL, entity text NOT NULL, entity_id text NOT NULL, before text, after text)`,
      `CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)`,
    ],
  },
  {
    id: 2,
    name: 'import batches, run review',
    statements: [
      `CREATE TABLE import_batches (
        id text PRIMARY KEY, scheme_id text NOT NULL REFERENCES schemes(id) ON DELETE CASCADE,
        table_name text NOT NULL, mode text NOT NULL CHECK (mode IN ('merge', 'append', 'replace')),
        file text NOT NULL, sheet text, actor text NOT NULL, created_at text NOT NULL, counts text NOT NULL,
        before_rows text NOT NULL, after_hash text NOT NULL, undone_at text, undone_by text)`,
      `CREATE INDEX import_batches_scheme ON import_batches (scheme_id, created_at)`,
      `ALTER TABLE runs ADD COLUMN status text NOT NULL DEFAULT 'released' CHECK (status IN ('draft', 'released', 'voided'))`,
      `ALTER TABLE runs ADD COLUMN period_label text`,
      `ALTER TABLE runs ADD COLUMN period_id text`,
      `ALTER TABLE runs ADD COLUMN released_by text`,
      `ALTER TABLE runs ADD COLUMN released_at text`,
      `ALTER TABLE runs ADD COLUMN release_note text`,
      `ALTER TABLE runs ADD COLUMN voided_by text`,
      `ALTER TABLE runs ADD COLUMN voided_at text`,
      `ALTER TABLE runs ADD COLUMN void_reason text`,
      `ALTER TABLE runs ADD COLUMN gaps text`,
    ],
  },
  {
    id: 5,
    name: 'bulletin templates',
    statements: [
      `CREATE TABLE bulletin_templates (
        scheme_id text PRIMARY KEY REFERENCES schemes(id) ON DELETE CASCADE,
        template text NOT NULL, updated_at text NOT NULL, updated_by text NOT NULL)`,
    ],
  },
  {
    id: 6,
    name: 'reporting cycle: settings and submissions',
    statements: [
      `CREATE TABLE cycle_settings (
        scheme_id text PRIMARY KEY REFERENCES schemes(id) ON DELETE CASCADE,
        settings text NOT NULL, updated_at text NOT NULL, updated_by text NOT NULL)`,
      `CREATE TABLE submissions (
        scheme_id text NOT NULL REFERENCES schemes(id) ON DELETE CASCADE, unit_id text NOT NULL, period text NOT NULL,
        state text NOT NULL CHECK (state IN ('unreported', 'submitted', 'returned', 'approved')),
        body text NOT NULL, reason text, updated_at text NOT NULL, updated_by text NOT NULL,
        submitted_at text, submitted_by text, reviewed_at text, reviewed_by text,
        PRIMARY KEY (scheme_id, unit_id, period))`,
    ],
  },
  {
    id: 8,
    name: 'unit aliases, four-eyes review of rule versions',
    statements: [
      `ALTER TABLE units ADD COLUMN aliases text`,
      `ALTER TABLE schemes ADD COLUMN review_required boolean NOT NULL DEFAULT false`,
      `ALTER TABLE versions ADD COLUMN review_status text NOT NULL DEFAULT 'approved' CHECK (review_status IN ('pending', 'approved', 'rejected'))`,
      `ALTER TABLE versions ADD COLUMN reviewed_by text`,
      `ALTER TABLE versions ADD COLUMN reviewed_at text`,
      `ALTER TABLE versions ADD COLUMN review_note text`,
    ],
  },
  {
    id: 9,
    name: 'jobs',
    statements: [
      `CREATE TABLE jobs (
        id text PRIMARY KEY, kind text NOT NULL CHECK (kind IN ('import', 'run')),
        scheme_id text NOT NULL REFERENCES schemes(id) ON DELETE CASCADE,
        state text NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')), progress integer NOT NULL DEFAULT 0,
        input text NOT NULL, result text, error text, created_by text NOT NULL,
        created_at text NOT NULL, started_at text, finished_at text)`,
      `CREATE INDEX jobs_queue ON jobs (state, created_at)`,
    ],
  },
  {
    id: 10,
    name: 'run views, run units (fast reads), login limits',
    statements: [
      // One compressed answer per run and audience (everyone, or one reporter's unit), for the run's current state.
      `CREATE TABLE run_views (
        run_id text NOT NULL REFERENCES runs(id) ON DELETE CASCADE, audience text NOT NULL, state text NOT NULL,
        etag text NOT NULL, body_gz bytea NOT NULL, PRIMARY KEY (run_id, audience))`,
      // Each unit's row of a result with its trace, so one unit is read without parsing the whole run.
      `CREATE TABLE run_units (
        run_id text NOT NULL REFERENCES runs(id) ON DELETE CASCADE, unit_id text NOT NULL, group_id text NOT NULL,
        body text NOT NULL, PRIMARY KEY (run_id, unit_id))`,
      // Failed logins per client and window, shared by every API process on the database.
      `CREATE TABLE login_limits (key text PRIMARY KEY, hits integer NOT NULL, reset_at text NOT NULL)`,
    ],
  },
  {
    id: 11,
    name: 'reporters bound to a scheme',
    statements: [
      `ALTER TABLE users ADD COLUMN scheme_id text REFERENCES schemes(id) ON DELETE SET NULL`,
      // An existing reporter is bound to the oldest scheme whose unit list holds its unit; one whose unit is in no
      // list stays unbound (scheme_id NULL), sees nothing, and is shown as 未绑定 until an admin re-binds it.
      `UPDATE users SET scheme_id = (
        SELECT u.scheme_id FROM units u JOIN schemes s ON s.id = u.scheme_id
        WHERE u.id = users.unit_id ORDER BY s.created_at, s.id LIMIT 1)
      WHERE role = 'reporter'`,
    ],
  },
  {
    id: 12,
    name: 'notify readers of changed runs, sessions and users',
    statements: [
      // Every API process LISTENs on kaoping_reads and drops what it cached from the table named in the payload
      // (its own writes, a job's, another instance's on PostgreSQL). Row-level, so a DELETE of no rows (expired
      // sessions at each login) says nothing; PostgreSQL sends one notice per table and transaction.
      `CREATE FUNCTION kp_notify_reads() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('kaoping_reads', TG_TABLE_NAME);
        RETURN NULL;
      END $$`,
      `CREATE TRIGGER kp_runs_changed AFTER INSERT OR UPDATE OR DELETE ON runs FOR EACH ROW EXECUTE FUNCTION kp_notify_reads()`,
      `CREATE TRIGGER kp_sessions_ended AFTER UPDATE OR DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION kp_notify_reads()`,
      `CREATE TRIGGER kp_users_changed AFTER UPDATE OR DELETE ON users FOR EACH ROW EXECUTE FUNCTION kp_notify_reads()`,
    ],
  },
  {
    id: 13,
    name: 'job leases, attempts and progress detail',
    statements: [
      // A running job holds a lease that its process renews (heartbeat); when the lease has expired the process is
      // taken for dead and another claims the job again, up to a limit of attempts. `attempts` fences late writes.
      `ALTER TABLE jobs ADD COLUMN attempts integer NOT NULL DEFAULT 0`,
      `ALTER TABLE jobs ADD COLUMN lease_until text`,
      `ALTER TABLE jobs ADD COLUMN heartbeat_at text`,
      // What the job is doing, as JSON: { phase, done, total } (rows parsed/validated/written, units evaluated).
      `ALTER TABLE jobs ADD COLUMN progress_detail text`,
      `CREATE INDEX jobs_lease ON jobs (state, lease_until)`,
    ],
  },
  {
    id: 14,
    name: 'import staging',
    statements: [
      // Rows of an import written before its one short swap transaction (c1… are the table's columns after seq).
      `CREATE TABLE import_stage (
        stage_id text NOT NULL, seq integer NOT NULL, c1 text, c2 text, c3 text, c4 text, c5 text, c6 text)`,
    ],
  },
  {
    id: 15,
    name: 'import staging by row',
    statements: [
      // The swap reads a stage a few thousand rows at a time (seq ranges), with the event loop running in between.
      `CREATE INDEX import_stage_rows ON import_stage (stage_id, seq)`,
    ],
  },
  {
    id: 17,
    name: 'one name for who wrote a row (README, Glossary)',
    statements: [
      // A row written once names its writer in created_by (and when, in created_at); a row edited in place names
      // its last editor in updated_by. versions.author, import_batches.actor and audit_log.actor/at said the same.
      `ALTER TABLE versions RENAME COLUMN author TO created_by`,
      `ALTER TABLE import_batches RENAME COLUMN actor TO created_by`,
      `ALTER TABLE audit_log RENAME COLUMN actor TO created_by`,
      `ALTER TABLE audit_log RENAME COLUMN at TO created_at`,
    ],
  },
  {
    id: 19,
    name: 'data generations: an import prepares its rows beside the current ones and one short transaction switches',
    statements: [
      // Each data row belongs to one generation of its (scheme, table); readers see only the generation named here
      // (none named: 0, the generation every row had before). An import writes a new generation in short statements
      // outside any transaction; its swap only checks that the table is still as planned (gen and revision) and
      // switches gen. Every other writer changes the current generation in place and bumps revision.
      `CREATE TABLE data_generations (
        scheme_id text NOT NULL REFERENCES schemes(id) ON DELETE CASCADE, table_name text NOT NULL,
        gen integer NOT NULL DEFAULT 0, revision integer NOT NULL DEFAULT 0, PRIMARY KEY (scheme_id, table_name))`,
      // Each prepared generation takes its own number, so two imports of one table never write the same one.
      `CREATE SEQUENCE data_generation_seq START 1`,
      ...(['units', 'targets', 'reports', 'events', 'projects'] as const).flatMap((t) => [
        `ALTER TABLE ${t} ADD COLUMN gen integer NOT NULL DEFAULT 0`,
        // seq orders a generation's rows and pages through them (keyset), so it is unique within one.
        `CREATE UNIQUE INDEX ${t}_generation ON ${t} (scheme_id, gen, seq)`,
      ]),
      // A unit or project id is unique within one generation: the prepared one holds the same ids as the current.
      `ALTER TABLE units DROP CONSTRAINT units_pkey`,
      `ALTER TABLE units ADD PRIMARY KEY (scheme_id, gen, id)`,
      `ALTER TABLE projects DROP CONSTRAINT projects_pkey`,
      `ALTER TABLE projects ADD PRIMARY KEY (scheme_id, gen, id)`,
    ],
  },
  {
    id: 20,
    name: 'no import staging table',
    statements: [
      // Imports write their rows straight into a new generation (migration 19): the staging table of 14 and 15 is unused.
      `DROP TABLE import_stage`,
    ],
  },
];
