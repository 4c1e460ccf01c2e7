import type { Unit } from '@kaoping/contracts';
import { ref, watch, type Ref } from 'vue';
import { listRows } from '@/api/data.ts';

/** Units already fetched per scheme: pickers and name look-ups on one page share one request. */
const cache = new Map<string, Promise<Unit[]>>();

/** A scheme's unit list (what the user may see of it); cached for the page's lifetime, refetched on failure. */
export function schemeUnits(sid: string): Promise<Unit[]> {
  let units = cache.get(sid);
  if (!units) {
    units = listRows(sid, 'units');
    cache.set(sid, units);
    units.catch(() => cache.delete(sid));
  }
  return units;
}

/** The units of the scheme `sid` points at, reloaded when it changes; empty while loading or with no scheme. */
export function useSchemeUnits(sid: Ref<string | null | undefined>): { units: Ref<Unit[]>; loading: Ref<boolean> } {
  const units = ref<Unit[]>([]);
  const loading = ref(false);
  watch(
    sid,
    async (id) => {
      units.value = [];
      if (!id) return;
      loading.value = true;
      try {
        const got = await schemeUnits(id);
        if (sid.value === id) units.value = got;
      } catch {
        units.value = [];
      } finally {
        loading.value = false;
      }
    },
    { immediate: true },
  );
  return { units, loading };
}
