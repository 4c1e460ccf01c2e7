import type { CreatedScheme, CreateSchemeBody, SchemeOverview, SchemeView } from '@kaoping/contracts';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as api from '@/api/schemes.ts';

export const useSchemesStore = defineStore('schemes', () => {
  const list = ref<SchemeView[]>([]);
  const current = ref<SchemeOverview | null>(null);
  const loading = ref(false);

  async function loadList(): Promise<void> {
    loading.value = true;
    try {
      list.value = await api.listSchemes();
    } finally {
      loading.value = false;
    }
  }

  async function loadOverview(sid: string): Promise<SchemeOverview> {
    if (current.value?.id !== sid) current.value = null;
    current.value = { ...(await api.getScheme(sid)), id: sid };
    return current.value;
  }

  async function create(input: CreateSchemeBody): Promise<CreatedScheme> {
    const created = await api.createScheme(input);
    await loadList();
    return created;
  }

  return { list, current, loading, loadList, loadOverview, create };
});
