import { TABLES, type TableName } from '@kaoping/contracts';
import { fail } from '../errors/fail.ts';
import { route } from '../http/route.ts';
import { ImportResult } from '../schemas/data-responses.ts';
import { ImportQuery } from '../schemas/schemes.ts';
import { importTable } from '../services/imports/import-table.ts';
import { isXlsx } from '../services/imports/read-upload.ts';

function tableOf(name: string): TableName {
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

export const importRoutes = [
  route({
    method: 'post',
    path: '/schemes/:sid/imports/:table',
    tag: 'data',
    summary: '导入一张表（请求体为 CSV 或 XLSX 文件，文件名放在 x-filename 头）；全部成功才写入，dryRun=1 只预览',
    access: 'data:write',
    rawBody: true,
    query: ImportQuery,
    response: ImportResult,
    handler: async ({ deps, req, param, query, user }) => {
      const table = tableOf(param('table'));
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
        throw fail.invalid('请上传 CSV 或 XLSX 文件（Content-Type: text/csv 或 XLSX 类型）');
      }
      const header = req.headers['x-filename'];
      const file = typeof header === 'string' && header !== '' ? fileName(header) : `${table}.csv`;
      const result = await importTable(
        deps.store,
        param('sid'),
        {
          table,
          body: req.body,
          file,
          xlsx: isXlsx(req.headers['content-type'], file),
          sheet: query.sheet,
          dryRun: query.dryRun === '1' || query.dryRun === 'true',
          afterRow: deps.faults?.afterImportRow,
        },
        user,
      );
      return result;
    },
  }),
];
