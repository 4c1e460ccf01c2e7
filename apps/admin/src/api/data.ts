import type { Dataset, ImportBatch, ImportChange, ImportCounts, ImportMode, Problem, Project, Report, Target, TableName, Unit, UnitEvent } from '@kaoping/contracts';
import { ApiError, toApiError } from './api-error.ts';
import { waitForJob, type JobProgress, type JobView } from './jobs.ts';
import { buildUrl, request, unwrapList } from './request.ts';

export interface DataFilter {
  unitId?: string;
  indicator?: string;
  period?: string;
}

interface RowsByTable {
  units: Unit;
  targets: Target;
  projects: Project;
  reports: Report;
  events: UnitEvent;
}

const base = (sid: string) => `/schemes/${encodeURIComponent(sid)}`;

export async function listRows<K extends TableName>(sid: string, table: K, filter: DataFilter = {}): Promise<Array<RowsByTable[K]>> {
  const body = await request<unknown>(`${base(sid)}/${table}`, { query: { ...filter } });
  return unwrapList<RowsByTable[K]>(body, table);
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
  return (await request<{ data: Target }>(`${base(sid)}/targets`, { method: 'PUT', body: target })).data;
}

export async function addReport(sid: string, report: Report): Promise<Report> {
  return (await request<{ data: Report }>(`${base(sid)}/reports`, { method: 'POST', body: report })).data;
}

/** A dry run answers the rows it read and every problem found; a real import answers the count written. */
export interface ImportSummary {
  dryRun: boolean;
  rows?: Array<Record<string, unknown>>;
  imported?: number;
  mode?: ImportMode;
  counts?: ImportCounts;
  changes?: ImportChange[];
  deletedRows?: Array<Record<string, unknown>>;
  batchId?: string;
  problems: Problem[];
}

/** How to import: the mode and, for 整表替换, the number of rows the user confirmed deleting. */
export interface ImportOptions {
  mode: ImportMode;
  confirmDelete?: number;
}

export async function listImportBatches(sid: string): Promise<ImportBatch[]> {
  return unwrapList<ImportBatch>(await request<unknown>(`${base(sid)}/imports`), 'imports');
}

export async function undoImportBatch(bid: string): Promise<ImportBatch> {
  return request<ImportBatch>(`/imports/${encodeURIComponent(bid)}/undo`, { method: 'POST' });
}

/**
 * Uploads a CSV/XLSX file. A dry run writes nothing and answers the rows and every row error (`problems`);
 * a real import of a file with errors is refused as a 400 ApiError listing them.
 * Uses XHR rather than fetch because only XHR reports upload progress.
 */
/**
 * Uploads a table as a background job (202) and waits for it: `onUpload` gets the upload's 0–100, `onJob`
 * the job's progress (rows read, validated, written); the result or the error is the import's.
 */
export async function importTable(
  sid: string, table: TableName, file: File, dryRun: boolean, options: ImportOptions, onUpload?: (pct: number) => void, onJob?: JobProgress,
): Promise<ImportSummary> {
  const queued = await new Promise<JobView>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const query = { mode: options.mode, ...(dryRun ? { dryRun: 1 } : {}), ...(options.confirmDelete === undefined ? {} : { confirmDelete: options.confirmDelete }) };
    xhr.open('POST', buildUrl(`${base(sid)}/jobs/imports/${table}`, query));
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
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as JobView);
      else reject(toApiError(xhr.status, body));
    };
    xhr.send(file);
  });
  return (await waitForJob(queued, onJob)) as ImportSummary;
}

/** The 任务分解表 template (XLSX) of a scheme, downloaded by following the link. */
export function targetsTemplateUrl(sid: string): string {
  return buildUrl(`/schemes/${encodeURIComponent(sid)}/targets/template`);
}
