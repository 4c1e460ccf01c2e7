import {
  contract,
  type DataQuery,
  type Dataset,
  type ImportBatch,
  type ImportMode,
  type ImportResult,
  type ProjectView,
  type Report,
  type TableName,
  type TableRecord,
  type Target,
} from '@kaoping/contracts';
import { ApiError } from './api-error.ts';
import { call, fitting, parseAnswer, urlOf } from './client.ts';
import { answered } from './request.ts';
import { waitForJob, type JobProgress, type JobView } from './jobs.ts';

/** The endpoint that lists each table; projects come from the project library, each with its unit's name. */
const LISTS = {
  units: contract.data.units,
  targets: contract.data.targets,
  reports: contract.data.reports,
  events: contract.data.events,
  projects: contract.projects.list,
} as const;

/** A listed row: a data table's record, or a project with its unit's name. */
export type TableRow<K extends TableName> = K extends 'projects' ? ProjectView : TableRecord<K>;

/** A table's rows; the project library takes the unit filter only. */
export async function listRows<K extends TableName>(sid: string, table: K, filter: DataQuery = {}): Promise<Array<TableRow<K>>> {
  const query = table === 'projects' ? (filter.unitId === undefined ? {} : { unitId: filter.unitId }) : filter;
  // One call for every table: the endpoint (and so the schema the answer is checked with) is the table's own.
  const endpoint = LISTS[table] as typeof contract.data.units;
  return (await call(endpoint, { params: { sid }, query })).data as Array<TableRow<K>>;
}

/** Every table of a scheme, as the engine reads it. */
export async function fetchDataset(sid: string): Promise<Dataset> {
  const [units, targets, reports, events, projects] = await Promise.all([
    listRows(sid, 'units'),
    listRows(sid, 'targets'),
    listRows(sid, 'reports'),
    listRows(sid, 'events'),
    listRows(sid, 'projects'),
  ]);
  // The project list also names each project's unit (unitName); the engine reads projects only.
  return { units, targets, reports, events, projects: projects.map(({ id, unitId, name, fields }) => ({ id, unitId, name, fields })) };
}

export async function saveTarget(sid: string, target: Target): Promise<Target> {
  return (await call(contract.data.saveTarget, { params: { sid }, body: target })).data;
}

export async function addReport(sid: string, report: Report): Promise<Report> {
  return (await call(contract.data.addReport, { params: { sid }, body: report })).data;
}

/** How to import: the mode and, for 整表替换, the number of rows the user confirmed deleting. */
export interface ImportOptions {
  mode: ImportMode;
  confirmDelete?: number;
}

export async function listImportBatches(sid: string): Promise<ImportBatch[]> {
  return (await call(contract.imports.list, { params: { sid } })).data;
}

export function undoImportBatch(bid: string): Promise<ImportBatch> {
  return call(contract.imports.undo, { params: { bid } });
}

/** What a dry run answers: the rows read, the plan (counts, changes, rows deleted) and every problem. */
export type ImportPreview = Extract<ImportResult, { dryRun: true }>;

/**
 * Uploads a CSV/XLSX file as a background job (202) and waits for it: `onUpload` gets the upload's 0–100,
 * `onJob` the job's progress (rows read, validated, written). A dry run writes nothing and answers the rows and
 * every row error (`problems`); a real import of a file with errors fails as a 400 ApiError listing them.
 * Uses XHR rather than fetch because only XHR reports upload progress.
 */
export async function importTable(
  sid: string,
  table: TableName,
  file: File,
  dryRun: boolean,
  options: ImportOptions,
  onUpload?: (pct: number) => void,
  onJob?: JobProgress,
): Promise<ImportResult> {
  const queued = await new Promise<JobView>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const query = {
      mode: options.mode,
      ...(dryRun ? { dryRun: '1' as const } : {}),
      ...(options.confirmDelete === undefined ? {} : { confirmDelete: options.confirmDelete }),
    };
    xhr.open('POST', urlOf(contract.jobs.importTable, { params: { sid, table }, query }));
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.setRequestHeader('x-filename', encodeURIComponent(file.name));
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (ev) => {
      if (ev.lengthComputable) onUpload?.(Math.round((ev.loaded / ev.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError('NETWORK', 0, 'network error'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText === '' ? null : (JSON.parse(xhr.responseText) as unknown);
      } catch {
        body = xhr.responseText;
      }
      try {
        resolve(parseAnswer(contract.jobs.importTable, answered(xhr.status, body)).data);
      } catch (e) {
        reject(e);
      }
    };
    xhr.send(file);
  });
  // The finished job's result is what the synchronous import answers, checked with that route's schema.
  return fitting(contract.imports.upload.responses[200], await waitForJob(queued, onJob), 'POST /jobs/imports result');
}

/** The 任务分解表 template (XLSX) of a scheme, downloaded by following the link. */
export function targetsTemplateUrl(sid: string): string {
  return urlOf(contract.imports.targetsTemplate, { params: { sid } });
}
