import { ImportBatch, TABLES, type TableName } from '@kaoping/contracts';
import { listImportBatches } from '@kaoping/store';
import type { Request } from 'express';
import type { z } from 'zod';
import { fail } from '../errors/fail.ts';
import { queueOf, type QueuedImport } from '../jobs/job-queue.ts';
import { route } from '../http/route.ts';
import { ImportResult } from '../schemas/data-responses.ts';
import { listOf } from '../schemas/list-of.ts';
import { ImportQuery } from '../schemas/schemes.ts';
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
export function fileName(header: string): string {
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
    table, body: req.body.toString('base64'), file, xlsx: isXlsx(req.headers['content-type'], file), sheet: query.sheet, mode: query.mode,
    confirmDelete: query.confirmDelete, dryRun: query.dryRun === '1' || query.dryRun === 'true',
  };
}

export const importRoutes = [
  route({
    method: 'post',
    path: '/schemes/:sid/imports/:table',
    tag: 'data',
    summary:
      '导入一张表（请求体为 CSV 或 XLSX 文件，文件名放在 x-filename 头）：mode=merge 合并更新（默认）/append 追加/replace 整表替换（删除行时须 confirmDelete=删除行数）；全部成功才写入并记为可撤销的批次，dryRun=1 只预览增改删',
    access: 'data:write',
    rawBody: true,
    query: ImportQuery,
    response: ImportResult,
    handler: async ({ deps, req, param, query, user }) => {
      const table = tableOf(param('table'));
      const input = importJobInput(req, table, query);
      await requireScheme(deps.store, param('sid'));
      // One path for every import: a job row, executed by the queue; this request waits for its end.
      const queue = queueOf(deps);
      return queue.outcome(await queue.enqueue('import', param('sid'), input, user)) as Promise<z.infer<typeof ImportResult>>;
    },
  }),
  route({
    method: 'get',
    path: '/schemes/:sid/imports',
    tag: 'data',
    summary: '导入批次列表（谁、何时、哪个文件、方式、增改删行数、是否已撤销），新的在前',
    access: 'data:write',
    response: listOf(ImportBatch),
    handler: async ({ deps, param }) => {
      await requireScheme(deps.store, param('sid'));
      return { data: await listImportBatches(deps.store.db, param('sid')) };
    },
  }),
  route({
    method: 'get',
    path: '/schemes/:sid/targets/template',
    tag: 'data',
    summary: '下载任务分解表模板（XLSX）：标题、各单位及其组别、每个指标一列（列名带单位）并填好现有目标；编辑后可原样导入',
    access: 'data:write',
    download: [XLSX_TYPE],
    handler: async ({ deps, param, res }) => {
      const { fileName: name, body } = await targetsTemplate(deps.store.db, param('sid'));
      res.type(XLSX_TYPE).attachment(name).send(body);
      return undefined;
    },
  }),
  route({
    method: 'post',
    path: '/imports/:bid/undo',
    tag: 'data',
    summary: '撤销一个导入批次：该表恢复为导入前的样子（一个事务内完成并记入审计）；之后该表又有改动时拒绝',
    access: 'data:write',
    response: ImportBatch,
    handler: async ({ deps, param, user }) => undoImport(deps.store, param('bid'), user),
  }),
];
