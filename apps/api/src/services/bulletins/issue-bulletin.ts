import { BulletinTemplate, RunResult, type BulletinIssue } from '@kaoping/contracts';
import { buildBulletin, campaignName, defaultBulletinTemplate, runShape, type BulletinDoc } from '@kaoping/report';
import { getBulletinTemplate, getRun, type Db } from '@kaoping/store';
import { fail } from '../../errors/fail.ts';
import { packOfRun } from '../runs/pack-of-run.ts';

/** A run's 通报 from its scheme's template, with the pack version it ran on for the lists' criteria. */
export async function issueBulletin(db: Db, runId: string, issue: BulletinIssue): Promise<{ doc: BulletinDoc; fileName: string }> {
  const run = await getRun(db, runId);
  if (!run) throw fail.notFound(`运行记录 ${runId} `);
  const result = RunResult.parse(JSON.parse(run.result));
  const pack = await packOfRun(db, run.schemeId, run.version);
  const saved = await getBulletinTemplate(db, run.schemeId);
  const template = saved ? BulletinTemplate.parse(saved.template) : defaultBulletinTemplate(runShape(result).scored);
  const doc = buildBulletin(result, pack, template, issue);
  return { doc, fileName: `${campaignName(result.pack.name)}-${result.period.label}-考评通报.docx` };
}
