import { Calendar, contract } from '@kaoping/contracts';
import { defaultEffectiveFrom } from '../services/versions/default-effective-from.ts';
import { getDraft, listSchemes } from '@kaoping/store';
import { seesScheme } from '../auth/scope.ts';
import { fail } from '../errors/fail.ts';
import { bind } from '../http/route.ts';
import { saveSchemeDraft } from '../services/drafts/save-scheme-draft.ts';
import { savedPack } from '../services/packs/saved-pack.ts';
import { createScheme } from '../services/schemes/create-scheme.ts';
import { schemeOverview } from '../services/schemes/scheme-overview.ts';
import { updateSchemeSettings } from '../services/schemes/scheme-settings.ts';

export const schemeRoutes = [
  bind(contract.schemes.list, async ({ deps, scope }) => ({ data: (await listSchemes(deps.store.db)).filter((s) => seesScheme(scope, s.id)) })),
  bind(contract.schemes.create, async ({ deps, body, user }) => createScheme(deps.store, body, user)),
  bind(contract.schemes.overview, async ({ deps, param, scope }) => schemeOverview(deps.store, param('sid'), scope)),
  bind(contract.schemes.saveSettings, async ({ deps, param, body, user }) => updateSchemeSettings(deps.store, param('sid'), body, user)),
  bind(contract.schemes.getDraft, async ({ deps, param }) => {
    const draft = await getDraft(deps.store.db, param('sid'));
    if (!draft) throw fail.notFound(`方案 ${param('sid')} `);
    const calendar = Calendar.safeParse((draft.pack as { calendar?: unknown } | null)?.calendar);
    const fallback = new Date().toISOString().slice(0, 10);
    const effectiveFromDefault = calendar.success ? await defaultEffectiveFrom(deps.store.db, param('sid'), calendar.data) : fallback;
    return { ...draft, pack: savedPack(draft.pack), effectiveFromDefault };
  }),
  bind(contract.schemes.saveDraft, async ({ deps, param, body, user }) => saveSchemeDraft(deps.store, param('sid'), body, user)),
];
