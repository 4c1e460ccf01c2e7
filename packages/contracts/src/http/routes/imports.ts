import { ImportBatch } from '../../api-imports.ts';
import { endpoint } from '../endpoint.ts';
import { ImportResult } from '../import-result.ts';
import { listOf } from '../list-of.ts';
import { ImportQuery } from '../scheme-bodies.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const imports = {
  upload: endpoint({
    method: 'post',
    path: '/schemes/:sid/imports/:table',
    tag: 'data',
    summary:
      '导入一张表（请求体为 CSV 或 XLSX 文件，文件名放在 x-filename 头）：mode=merge 合并更新（默认）/append 追加/replace 整表替换（删除行时须 confirmDelete=删除行数）；全部成功才写入并记为可撤销的批次，dryRun=1 只预览增改删',
    access: 'data:write',
    rawBody: true,
    query: ImportQuery,
    responses: { 200: ImportResult },
  }),
  list: endpoint({
    method: 'get',
    path: '/schemes/:sid/imports',
    tag: 'data',
    summary: '导入批次列表（谁、何时、哪个文件、方式、增改删行数、是否已撤销），新的在前',
    access: 'data:write',
    responses: { 200: listOf(ImportBatch) },
  }),
  targetsTemplate: endpoint({
    method: 'get',
    path: '/schemes/:sid/targets/template',
    tag: 'data',
    summary: '下载任务分解表模板（XLSX）：标题、各单位及其组别、每个指标一列（列名带单位）并填好现有目标；编辑后可原样导入',
    access: 'data:write',
    download: [XLSX_TYPE],
    responses: { 200: null },
  }),
  undo: endpoint({
    method: 'post',
    path: '/imports/:bid/undo',
    tag: 'data',
    summary: '撤销一个导入批次：该表恢复为导入前的样子（一个事务内完成并记入审计）；之后该表又有改动时拒绝',
    access: 'data:write',
    responses: { 200: ImportBatch },
  }),
} as const;
