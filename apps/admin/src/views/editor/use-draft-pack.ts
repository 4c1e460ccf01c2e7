import type { RulePack } from '@kaoping/contracts';
import { computed, type ComputedRef } from 'vue';
import { useEditorStore } from '@/stores/editor.ts';

/**
 * The draft pack the editor forms edit in place. Forms render only once the draft is loaded,
 * so the pack is never null while they are mounted.
 */
export function useDraftPack(): ComputedRef<RulePack> {
  const store = useEditorStore();
  return computed(() => store.pack as RulePack);
}
