import { z } from 'zod';
import { FieldValue, Project } from './data.ts';

/**
 * A project of the library (项目库) as `GET /schemes/:sid/projects` answers it: the stored project
 * (typed attributes in `fields`, planned dates as the last day they allow) and its unit's name.
 */
export const ProjectView = Project.extend({
  unitName: z.string(),
});
export type ProjectView = z.infer<typeof ProjectView>;

/**
 * A project as a form sends it: `fields` hold values as a sheet cell would (总投资 "1200.5",
 * 计划开工 "2022年6月" / "2022-06" / "上半年" with a year / a day, flags true/false); the server reads
 * them with the import's field vocabulary, so a form and a sheet accept the same things.
 */
export const ProjectEntry = z.strictObject({
  id: z.string().trim().min(1, '项目编号不能为空'),
  unitId: z.string().trim().min(1, '请选择责任单位'),
  name: z.string().trim().min(1, '项目名称不能为空'),
  fields: z.record(z.string(), FieldValue).default({}),
});
export type ProjectEntry = z.infer<typeof ProjectEntry>;
export type ProjectEntryInput = z.input<typeof ProjectEntry>;

/** Filters of the project list; `flag` names a boolean field that must be true (realEstate, provincialKey …). */
export const ProjectQuery = z.strictObject({
  unitId: z.string().min(1).optional(),
  sector: z.string().min(1).optional(),
  flag: z.string().min(1).optional(),
});
export type ProjectQuery = z.infer<typeof ProjectQuery>;
