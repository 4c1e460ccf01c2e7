import { contract } from '@kaoping/contracts';
import { localDate } from '@kaoping/report';
import { bind } from '../http/route.ts';
import { bulletinDocx } from '../services/bulletins/bulletin-docx.ts';
import { issueBulletin } from '../services/bulletins/issue-bulletin.ts';
import { readRun } from '../services/runs/read-run.ts';
import { saveBulletinTemplate } from '../services/bulletins/save-template.ts';
import { bulletinTemplateView } from '../services/bulletins/template-view.ts';
import { requireScheme } from '../services/schemes/require-scheme.ts';

const [DOCX] = contract.bulletins.docx.download;

// The 通报 is the office's document: evaluators and admins only (reporters and viewers read results).
export const bulletinRoutes = [
  bind(contract.bulletins.getTemplate, async ({ deps, param }) => {
    await requireScheme(deps.store, param('sid'));
    return bulletinTemplateView(deps.store.db, param('sid'));
  }),
  bind(contract.bulletins.saveTemplate, async ({ deps, param, body, user }) => {
    await requireScheme(deps.store, param('sid'));
    return saveBulletinTemplate(deps.store, param('sid'), body, user);
  }),
  bind(contract.bulletins.docx, async ({ deps, param, query, res, scope }) => {
    // A 待审核 run has no 通报 for those who may not see it yet (404, as for the run itself).
    await readRun(deps.store, param('rid'), scope);
    const { doc, fileName } = await issueBulletin(deps.store.db, param('rid'), { serial: query.serial, date: query.date ?? localDate() });
    res
      .type(DOCX)
      .attachment(fileName)
      .send(await bulletinDocx(doc));
    return undefined;
  }),
];
