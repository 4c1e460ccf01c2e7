import { z } from 'zod';
import { Report, Target } from '../../data.ts';
import type { TableName } from '../../inputs.ts';
import { endpoint } from '../endpoint.ts';
import { TABLE_RECORD } from '../import-result.ts';
import { listOf } from '../list-of.ts';
import { DataQuery } from '../scheme-bodies.ts';

/** A data table's rows, filtered by unitId, indicator and period (reporters see their own unit's only). */
function listEndpoint<const T extends Exclude<TableName, 'projects'>>(table: T) {
  return endpoint({
    method: 'get',
    path: `/schemes/:sid/${table}`,
    tag: 'data',
    summary: `${table}：按 unitId、indicator、period 筛选（填报员只能看本单位）`,
    access: 'data:read',
    query: DataQuery,
    responses: { 200: listOf(TABLE_RECORD[table]) },
  });
}

// Projects are listed by the project library (projects.ts), with their units' names.
export const data = {
  units: listEndpoint('units'),
  targets: listEndpoint('targets'),
  reports: listEndpoint('reports'),
  events: listEndpoint('events'),
  saveTarget: endpoint({
    method: 'put',
    path: '/schemes/:sid/targets',
    tag: 'data',
    summary: '修改一条年度目标（同单位、指标、期间的目标被替换）',
    access: 'data:write',
    body: Target,
    responses: { 200: z.object({ data: Target }) },
  }),
  addReport: endpoint({
    method: 'post',
    path: '/schemes/:sid/reports',
    tag: 'data',
    summary: '报送月报（填报员只能报送本单位）',
    access: 'report:submit',
    body: Report,
    responses: { 201: z.object({ data: Report }) },
  }),
} as const;
