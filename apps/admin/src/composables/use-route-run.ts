import { computed, watch } from 'vue';
import { useRoute } from 'vue-router';
import { notifyError } from '@/adapter/notify.ts';
import { useRunsStore } from '@/stores/runs.ts';

/**
 * The run named by the route (`:sid`, `:rid`), opened in the runs store whenever `:rid` changes.
 * `reload: false` keeps a run that is already open; `onOpened` runs after it is there.
 */
export function useRouteRun(options: { reload: boolean; onOpened?: () => void }) {
  const route = useRoute();
  const runs = useRunsStore();
  const sid = computed(() => String(route.params.sid));
  const rid = computed(() => String(route.params.rid));
  watch(
    rid,
    async (id) => {
      try {
        if (options.reload || runs.current?.id !== id) await runs.open(sid.value, id);
        options.onOpened?.();
      } catch (e) {
        notifyError(e);
      }
    },
    { immediate: true },
  );
  return { runs, sid, rid };
}
