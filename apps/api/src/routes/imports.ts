import { contract, type ImportQuery, type ImportResult, TABLES, type TableName } from '@kaoping/contracts';
import { listImportBatches } from '@kaoping/store';
import type { Request } from 'express';
import type { z } from 'zod';
import { fail } from '../errors/fail.ts';
import { queueOf, type QueuedImport } from '../jobs/job-queue.ts';
import { bind } from '../http/route.ts';
import { isXlsx, XLSX_TYPE } from '../services/imports/read-upload.ts';
import { targetsTemplate } from '../services/imports/targets-template.ts';
import { undoImport } from '../services/imports/undo-import.ts';
import { requireScheme } from '../services/schemes/require-scheme.ts';

/** The table named in the path, or 404. */
export function tableOf(name: string): TableName {
  const table = TABLES.find((t) => t === name);
  if (!table) throw fail.notFound(`数据表 ${name} `);
  return table;
}

/** The x-filename header, percent-decoded when it is (non-ASCII names must be sent encoded). */
function fileName(header: string): string {
  try {
    return decodeURIComponent(header);
  } catch {
    return header;
  }
}

/** The import a request asks for (file in the body, name in x-filename), as its job row holds it. */
export function importJobInput(req: Request, table: TableName, query: z.infer<typeof ImportQuery>): QueuedImport {
  if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
    throw fail.invalid('请上传 CSV 或 XLSX 文件（Content-Type: text/csv 或 XLSX 类型）');
  }
  const header = req.headers['x-filename'];
  const file = typeof header === 'string' && header !== '' ? fileName(header) : `${table}.csv`;
  return {
    table,
    body: req.body.toString('base64'),
    file,
    xlsx: isXlsx(req.headers['content-type'], file),
    sheet: query.sheet,
    mode: query.mode,
    confirmDelete: query.confirmDelete,
    dryRun: query.dryRun === '1' || query.dryRun === 'true',
  };
}

export const importRoutes = [
  bind(contract.imports.upload, async ({ deps, req, param, query, user }) => {
    const table = tableOf(param('table'));
    const input = importJobInput(req, table, query);
    await requireScheme(deps.store, param('sid'));
    // One path for every import: a job row, executed by the queue; this request waits for its end.
    const queue = queueOf(deps);
    return queue.outcome(await queue.enqueue('import', param('sid'), input, user)) as Promise<z.infer<typeof ImportResult>>;
  }),
  bind(contract.imports.list, async ({ deps, param }) => {
    await requireScheme(deps.store, param('sid'));
    return { data: await listImportBatches(deps.store.db, param('sid')) };
  }),
  bind(contract.imports.targetsTemplate, async ({ deps, param, res }) => {
    const { fileName: name, body } = await targetsTemplate(deps.store.db, param('sid'));
    res.type(XLSX_TYPE).attachment(name).send(body);
    return undefined;
  }),
  bind(contract.imports.undo, async ({ deps, param, user }) => undoImport(deps.store, param('bid'), user)),
];
