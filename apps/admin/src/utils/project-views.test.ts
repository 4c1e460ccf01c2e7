import type { RunResult } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { projectLists, projectRows } from './project-views.ts';

const result = {
  groups: [{ units: [{ unitId: 'B2', name: '市卫健委' }] }],
  projects: {
    reasons: { start_late: '未按计划开工' },
    items: [
      {
        projectId: 'H1',
        unitId: 'B2',
        name: '第一医院分院',
        status: 'lagging',
        reasons: ['start_late'],
        prevStatus: 'lagging',
        laggingPeriods: 2,
        light: 'yellow',
        lightReason: null,
        invested: '0',
        facts: {},
        lists: ['lagging'],
      },
      {
        projectId: 'H2',
        unitId: 'B2',
        name: '皮肤病医院',
        status: 'normal',
        reasons: [],
        prevStatus: null,
        laggingPeriods: 0,
        light: 'green',
        lightReason: null,
        invested: '5',
        facts: {},
        lists: [],
      },
    ],
    lists: [
      { id: 'lagging', name: '滞后项目清单', reasons: { lagging: '滞后' }, entries: [{ projectId: 'H1', unitId: 'B2', reasons: ['lagging'], detail: null }] },
    ],
  },
} as unknown as RunResult;

describe('project views', () => {
  it('names units and reasons in words', () => {
    expect(projectRows(result)[0]).toEqual({
      projectId: 'H1',
      name: '第一医院分院',
      unitName: '市卫健委',
      status: 'lagging',
      reasons: ['未按计划开工'],
      invested: '0',
      light: 'yellow',
      laggingPeriods: 2,
    });
    expect(projectLists(result)).toEqual([{ id: 'lagging', name: '滞后项目清单', entries: [{ ...projectRows(result)[0], listReasons: ['滞后'] }] }]);
  });

  it('is empty for a run without project outcomes', () => {
    expect(projectRows({ ...result, projects: undefined })).toEqual([]);
    expect(projectLists({ ...result, projects: undefined })).toEqual([]);
  });
});
