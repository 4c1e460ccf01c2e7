import type { Dataset, ParamOverrides, RulePack } from '@kaoping/contracts';
import { compilePack, type CompiledPack } from '@kaoping/engine';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { fetchDataset } from '@/api/data.ts';
import { getDraft, saveDraft } from '@/api/schemes.ts';
import { getVersion, listVersions, publish as publishApi } from '@/api/versions.ts';
import { i18n } from '@/locales/index.ts';
import { diagnosePack } from '@/utils/pack-diagnostics.ts';
import { isUnder } from '@/utils/json-pointer.ts';
import { simulate, type Simulation } from '@/utils/simulate.ts';

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
  const published = shallowRef<{ version: number; compiled: CompiledPack | null } | null>(null);
  const asOf = ref('');
  const simulation = shallowRef<Simulation | null>(null);
  const simError = shallowRef<unknown>(null);
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
    const [draft, data] = await Promise.all([getDraft(sid), fetchDataset(sid)]);
    dataset.value = data;
    revision.value = draft.revision;
    savedJson.value = pretty(draft.pack);
    pack.value = JSON.parse(savedJson.value) as RulePack;
    text.value = savedJson.value;
    textError.value = null;
    if (asOf.value === '' || !asOf.value.startsWith(draft.pack.calendar.start.slice(0, 4))) asOf.value = defaultAsOf(draft.pack);
    await loadPublished(sid);
  }

  async function loadPublished(sid: string): Promise<void> {
    const versions = await listVersions(sid);
    const latest = versions.reduce<number | null>((m, v) => (m === null || v.version > m ? v.version : m), null);
    if (latest === null) {
      published.value = null;
      return;
    }
    const detail = await getVersion(sid, latest);
    published.value = { version: latest, compiled: diagnosePack(detail.pack).compiled };
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

  function runSimulation(): void {
    const d = diagnostics.value;
    if (d === null || d.compiled === null || dataset.value === null || asOf.value === '') {
      simulation.value = null;
      return;
    }
    try {
      const compiled = Object.keys(params.value).length === 0 || d.parsed === null ? d.compiled : compilePack(d.parsed, { params: params.value });
      simulation.value = simulate(compiled, published.value?.compiled ?? null, dataset.value, asOf.value);
      simError.value = null;
    } catch (e) {
      simError.value = e;
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  watch([diagnostics, asOf, dataset, published, params], () => {
    clearTimeout(timer);
    timer = setTimeout(runSimulation, 400);
  });

  return { schemeId, pack, revision, text, textError, dataset, published, asOf, params, simulation, simError, packJson, dirty, diagnostics, problemCount, problemsAt, setText, load, save, publish, runSimulation };
});

/** Q2's end for a quarterly scheme, else the end of the calendar start's first half-year: a period with data. */
export function defaultAsOf(pack: RulePack): string {
  return `${pack.calendar.start.slice(0, 4)}-06-30`;
}
