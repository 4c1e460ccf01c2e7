import type { ProjectView } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { localErrors, planLabel, sectorsOf, serverErrors, toEntry, toForm } from './project-library.ts';

const project: ProjectView = {
  id: 'T3',
  unitId: 'B1',
  unitName: '交通工作组',
  name: '莆炎高速三明东互通连接线',
  fields: { sector: '交通', provincialKey: true, annualPlan: '12000', plannedStart: '2020-12-31', plannedListing: '2020-10-15', prepDoneOn: '2020-06-20' },
};

describe('project library form', () => {
  it('shows a month-end plan as its month and any other day as a date', () => {
    expect(planLabel('2020-12-31')).toBe('2020年12月');
    expect(planLabel('2020-02-29')).toBe('2020年2月');
    expect(planLabel('2021-02-28')).toBe('2021年2月');
    expect(planLabel('2020-02-28')).toBe('2020-02-28');
    expect(planLabel(null)).toBe('');
  });

  it('round-trips a project through the form, clearing empty fields', () => {
    const form = toForm(project);
    expect(form.values).toMatchObject({
      sector: '交通',
      provincialKey: true,
      realEstate: false,
      plannedStart: '2020年12月',
      plannedListing: '2020-10-15',
      investment: '',
    });
    form.values['plannedStart'] = ' 2020年第三季度 ';
    const entry = toEntry(form);
    expect(entry.fields).toMatchObject({ plannedStart: '2020年第三季度', investment: null, provincialKey: true });
    // Fields the form does not show are left out, so the server keeps them.
    expect(entry.fields).not.toHaveProperty('prepDoneOn');
  });

  it('catches missing names and inexact decimals before sending', () => {
    const form = toForm();
    form.values['investment'] = '1,200';
    expect(localErrors(form)).toEqual({
      id: 'projects.errors.required',
      unitId: 'projects.errors.required',
      name: 'projects.errors.required',
      investment: 'projects.errors.decimal',
    });
    expect(localErrors(toForm(project))).toEqual({});
  });

  it("maps the server's pointers to form fields and lists sectors once", () => {
    expect(
      serverErrors([{ pointer: '/fields/plannedStart', message: '计划开工：无效' }, { pointer: '/unitId', message: '单位不在' }, { message: '无位置' }]),
    ).toEqual({ plannedStart: '计划开工：无效', unitId: '单位不在' });
    expect(sectorsOf([project, { ...project, id: 'T4' }, { ...project, id: 'X', fields: { sector: '产业' } }])).toEqual(['产业', '交通']);
  });
});
