import type { Project, Report, Target, Unit, UnitEvent } from '@kaoping/contracts';
import type { Database } from '../database.ts';

/** The record type each data table holds, as the contracts define it. */
export interface DataRecords {
  units: Unit;
  targets: Target;
  reports: Report;
  events: UnitEvent;
  projects: Project;
}
export type DataTable = keyof DataRecords;

type Row<T extends DataTable> = Omit<Database[T], 'scheme_id' | 'seq' | 'gen'>;

/** Record ↔ row mapping; decimals stay strings, project fields are JSON text. */
export const toRow: { [T in DataTable]: (r: DataRecords[T]) => Row<T> } = {
  units: (u) => ({ id: u.id, name: u.name, group_ref: u.group, aliases: u.aliases === undefined || u.aliases.length === 0 ? null : JSON.stringify(u.aliases) }),
  targets: (t) => ({ unit_id: t.unitId, indicator: t.indicator, period: t.period, value: t.value }),
  reports: (r) => ({ unit_id: r.unitId, indicator: r.indicator, period: r.period, value: r.value }),
  events: (e) => ({ unit_id: e.unitId, period: e.period, kind: e.kind, code: e.code, count: e.count, note: e.note }),
  projects: (p) => ({ id: p.id, unit_id: p.unitId, name: p.name, fields: JSON.stringify(p.fields) }),
};

export const fromRow: { [T in DataTable]: (r: Row<T>) => DataRecords[T] } = {
  units: (r) => ({ id: r.id, name: r.name, group: r.group_ref, ...(r.aliases === null ? {} : { aliases: JSON.parse(r.aliases) as string[] }) }),
  targets: (r) => ({ unitId: r.unit_id, indicator: r.indicator, value: r.value, period: r.period }),
  reports: (r) => ({ unitId: r.unit_id, indicator: r.indicator, period: r.period, value: r.value }),
  events: (r) => ({ unitId: r.unit_id, period: r.period, kind: r.kind, code: r.code, count: r.count, note: r.note }),
  projects: (r) => ({ id: r.id, unitId: r.unit_id, name: r.name, fields: JSON.parse(r.fields) as Project['fields'] }),
};
