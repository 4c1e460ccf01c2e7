import { versionInForce, type Dataset, type ParamOverrides, type RulePack, type VersionSummary } from '@kaoping/contracts';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { fetchDataset } from '@/api/data.ts';
import { getDraft, saveDraft } from '@/api/schemes.ts';
import { getVersion, listVersions, publish as publishApi } from '@/api/versions.ts';
import { i18n } from '@/locales/index.ts';
import { diagnosePack } from '@/utils/pack-diagnostics.ts';
import { isUnder } from '@/utils/json-pointer.ts';
import { simulationClient } from '@/utils/simulate.ts';
import type { Simulation } from '@/workers/sim-protocol.ts';
import type { SimOutcome } from '@/workers/sim-client.ts';
import type { SimTimings } from '@/workers/sim-protocol.ts';

const pretty = (v: unknown) => JSON.stringify(v, null, 2);

/** The draft rule pack being edited, its checks, and the live simulation against the published pack. */
export const useEditorStore = defineStore('editor', () => {
  const schemeId = ref('');
  const pack = ref<RulePack | null>(null);
  const revision = ref(0);
  const savedJson = ref('');
  const text = ref('');
  const textError = ref<string | null>(null);
  const dataset = shallowRef<Dataset | null>(null);
  /** The scheme's published versions, to pick the one in force at asOf. */
  let versions: VersionSummary[] = [];
  /** The pack of the version in force at asOf (null before any is), as the worker is sent it (once per version). */
  const published = shallowRef<{ version: number; pack: RulePack } | null>(null);
  /** Bumped whenever a new dataset object is loaded: the worker keeps the one it was sent under this key. */
  let datasetSerial = 0;
  const asOf = ref('');
  const simulation = shallowRef<Simulation | null>(null);
  const simError = shallowRef<unknown>(null);
  /** The live simulation's state for the editor's status line: running, or when it last finished and how long it took. */
  const simStatus = shallowRef<{ running: boolean; at: Date | null; ms: SimTimings | null }>({ running: false, at: null, ms: null });
  /** 方案参数 overrides of the live simulation (the draft only). */
  const params = ref<ParamOverrides>({});

  const packJson = computed(() => (pack.value === null ? '' : pretty(pack.value)));
  const dirty = computed(() => packJson.value !== savedJson.value);
  const diagnostics = computed(() => (pack.value === null ? null : diagnosePack(JSON.parse(packJson.value) as unknown, dataset.value)));
  const problemCount = computed(() => {
    const d = diagnostics.value;
    return d === null ? 0 : d.schema.length + d.engine.length + d.findings.filter((f) => f.severity === 'error').length;
  });

  /** Messages for a form field: every problem at or below `pointer`. */
  function problemsAt(pointer: string, exact = false): string[] {
    const d = diagnostics.value;
    if (d === null) return [];
    const hit = (p: string | undefined) => p !== undefined && (exact ? p === pointer : isUnder(p, pointer));
    const t = i18n.global.t;
    return [
      ...d.schema.filter((p) => hit(p.pointer)).map((p) => t(p.key, p.params)),
      ...d.engine.filter((p) => hit(p.pointer)).map((p) => p.message),
      ...d.findings.filter((f) => hit(f.pointer)).map((f) => t(f.key, f.params)),
      ...d.warnings.filter((w) => hit(w.pointer)).map((w) => w.message),
    ];
  }

  watch(packJson, (json) => {
    let same = false;
    try {
      same = pretty(JSON.parse(text.value)) === json;
    } catch {
      same = false;
    }
    if (!same) {
      text.value = json;
      textError.value = null;
    }
  });

  /** From the JSON view: a text that parses replaces the pack; otherwise the error is shown and the pack kept. */
  function setText(next: string): void {
    text.value = next;
    try {
      const parsed = JSON.parse(next) as unknown;
      textError.value = null;
      if (typeof parsed === 'object' && parsed !== null && pretty(parsed) !== packJson.value) pack.value = parsed as RulePack;
    } catch (e) {
      textError.value = e instanceof Error ? e.message : String(e);
    }
  }

  async function load(sid: string): Promise<void> {
    schemeId.value = sid;
    // Another scheme's versions are not this one's (its v1 is not this v1).
    versions = [];
    published.value = null;
    const [draft, data] = await Promise.all([getDraft(sid), fetchDataset(sid)]);
    dataset.value = data;
    datasetSerial += 1;
    revision.value = draft.revision;
    savedJson.value = pretty(draft.pack);
    pack.value = JSON.parse(savedJson.value) as RulePack;
    text.value = savedJson.value;
    textError.value = null;
    if (asOf.value === '' || !asOf.value.startsWith(draft.pack.calendar.start.slice(0, 4))) asOf.value = defaultAsOf(draft.pack);
    await loadPublished(sid);
  }

  async function loadPublished(sid: string): Promise<void> {
    versions = await listVersions(sid);
    await pickPublished();
  }

  /** The draft is compared with the version in force at asOf (the API's simulation and runs use the same rule). */
  async function pickPublished(): Promise<void> {
    const chosen = versionInForce(versions, asOf.value);
    if (chosen?.version === published.value?.version) return;
    const next = chosen === undefined ? null : { version: chosen.version, pack: (await getVersion(schemeId.value, chosen.version)).pack };
    // A date changed again meanwhile picks its own version.
    if (versionInForce(versions, asOf.value)?.version === next?.version) published.value = next;
  }

  async function save(): Promise<void> {
    if (pack.value === null) return;
    const answer = await saveDraft(schemeId.value, { pack: pack.value, revision: revision.value });
    revision.value = answer.revision;
    savedJson.value = packJson.value;
  }

  async function publish(note: string, effectiveFrom?: string): Promise<number> {
    if (dirty.value) await save();
    const v = await publishApi(schemeId.value, note, effectiveFrom);
    await loadPublished(schemeId.value);
    return v.version;
  }

  /** Posts the draft to the simulation worker; an answer that a newer edit superseded is dropped. */
  async function runSimulation(): Promise<void> {
    const d = diagnostics.value;
    if (d === null || d.parsed === null || d.compiled === null || dataset.value === null || asOf.value === '') {
      // A draft with errors is not simulated: an answer still coming for an earlier draft is dropped.
      simulationClient().cancel();
      simulation.value = null;
      simStatus.value = { ...simStatus.value, running: false };
      return;
    }
    simStatus.value = { ...simStatus.value, running: true };
    const pub = published.value;
    let outcome: SimOutcome;
    try {
      outcome = await simulationClient().run({
        dataset: { key: `${schemeId.value}#${datasetSerial}`, data: dataset.value },
        published: { key: pub === null ? `${schemeId.value}@none` : `${schemeId.value}@v${pub.version}`, pack: pub?.pack ?? null },
        draft: d.parsed,
        params: { ...params.value },
        asOf: asOf.value,
      });
    } catch (e) {
      outcome = { kind: 'failed', error: { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e), problems: [] } };
    }
    if (outcome.kind === 'stale') return;
    if (outcome.kind === 'done') {
      simulation.value = outcome.sim;
      simError.value = null;
    } else {
      simError.value = outcome.error;
    }
    simStatus.value = { running: false, at: new Date(), ms: outcome.kind === 'done' ? outcome.ms : null };
  }

  watch(asOf, () => void pickPublished().catch((e: unknown) => (simError.value = e)));

  let timer: ReturnType<typeof setTimeout> | undefined;
  // Re-simulates as the evaluator types: 300 ms after the last change of the draft, the date, the data or the parameters.
  watch([diagnostics, asOf, dataset, published, params], () => {
    clearTimeout(timer);
    timer = setTimeout(() => void runSimulation(), 300);
  });

  return {
    schemeId,
    pack,
    revision,
    text,
    textError,
    dataset,
    published,
    asOf,
    params,
    simulation,
    simError,
    simStatus,
    packJson,
    dirty,
    diagnostics,
    problemCount,
    problemsAt,
    setText,
    load,
    save,
    publish,
    runSimulation,
  };
});

/** Q2's end for a quarterly scheme, else the end of the calendar start's first half-year: a period with data. */
function defaultAsOf(pack: RulePack): string {
  return `${pack.calendar.start.slice(0, 4)}-06-30`;
}
