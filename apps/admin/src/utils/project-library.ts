import { DecimalString, type FieldValue, type Problem, type ProjectEntryInput, type ProjectStatus, type ProjectView, type RunResult } from '@kaoping/contracts';

/** How the 项目库 form edits a field: free text, an exact decimal (万元), a flag, or a milestone plan. */
export type LibraryKind = 'text' | 'decimal' | 'flag' | 'plan';

/** The library fields the page shows and edits, in form order; labels are `projects.fields.<key>`. */
export const LIBRARY_FIELDS: ReadonlyArray<{ key: string; kind: LibraryKind }> = [
  { key: 'sector', kind: 'text' },
  { key: 'category', kind: 'text' },
  { key: 'investment', kind: 'decimal' },
  { key: 'annualPlan', kind: 'decimal' },
  { key: 'realEstate', kind: 'flag' },
  { key: 'provincialKey', kind: 'flag' },
  { key: 'plannedSign', kind: 'plan' },
  { key: 'plannedStart', kind: 'plan' },
  { key: 'plannedCompletion', kind: 'plan' },
  { key: 'plannedListing', kind: 'plan' },
];

export const FLAG_KEYS = LIBRARY_FIELDS.filter((f) => f.kind === 'flag').map((f) => f.key);

/** The form's model: id, unit, name and one string or flag per library field. */
export interface ProjectForm {
  id: string;
  unitId: string;
  name: string;
  values: Record<string, string | boolean>;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A stored planned date as people write it: the last day of a month reads as that month (2022年6月),
 * since a plan "by June" and "by 30 June" are the same deadline; any other day stays a date.
 */
export function planLabel(value: FieldValue | undefined): string {
  if (typeof value !== 'string') return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m === null) return value;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return day === lastDayOfMonth(year, month) ? `${year}年${month}月` : value;
}

/** The form for a stored project, or an empty one. */
export function toForm(project?: ProjectView): ProjectForm {
  const values: Record<string, string | boolean> = {};
  for (const { key, kind } of LIBRARY_FIELDS) {
    const v = project?.fields[key];
    values[key] = kind === 'flag' ? v === true : kind === 'plan' ? planLabel(v) : typeof v === 'string' ? v : '';
  }
  return { id: project?.id ?? '', unitId: project?.unitId ?? '', name: project?.name ?? '', values };
}

/** What the form sends: empty texts clear a field (null); the server reads plans and decimals like an import. */
export function toEntry(form: ProjectForm): ProjectEntryInput {
  const fields: Record<string, FieldValue> = {};
  for (const { key } of LIBRARY_FIELDS) {
    const v = form.values[key];
    fields[key] = typeof v === 'boolean' ? v : v === undefined || v.trim() === '' ? null : v.trim();
  }
  return { id: form.id.trim(), unitId: form.unitId, name: form.name.trim(), fields };
}

/** Checks the form can catch before sending: required names and exact decimals; key → message key. */
export function localErrors(form: ProjectForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (form.id.trim() === '') errors['id'] = 'projects.errors.required';
  if (form.unitId === '') errors['unitId'] = 'projects.errors.required';
  if (form.name.trim() === '') errors['name'] = 'projects.errors.required';
  for (const { key, kind } of LIBRARY_FIELDS) {
    const v = form.values[key];
    if (kind === 'decimal' && typeof v === 'string' && v.trim() !== '' && !DecimalString.safeParse(v.trim()).success) errors[key] = 'projects.errors.decimal';
  }
  return errors;
}

/** The server's problems by form field (`/fields/plannedStart` → plannedStart, `/unitId` → unitId). */
export function serverErrors(problems: readonly Problem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const p of problems) {
    const key = p.pointer?.replace(/^\/(fields\/)?/, '');
    if (key !== undefined && key !== '') errors[key] = p.message;
  }
  return errors;
}

/** Status of each project in a run (project id → status); empty when the pack has no project rules. */
export function statusByProject(result: RunResult | undefined): Map<string, ProjectStatus> {
  return new Map((result?.projects?.items ?? []).map((item) => [item.projectId, item.status]));
}

/** The sectors (行业领域/工作组) the projects use, sorted, for the filter. */
export function sectorsOf(projects: readonly ProjectView[]): string[] {
  const names = projects.map((p) => p.fields['sector']).filter((s): s is string => typeof s === 'string' && s !== '');
  return [...new Set(names)].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
