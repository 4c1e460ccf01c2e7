import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunResult } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.ts';
import { rulesDir } from './golden/golden-helpers.ts';

function cli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(
    argv,
    (s) => {
      out += s;
    },
    (s) => {
      err += s;
    },
  );
  return { code, out, err };
}

const gulou = rulesDir('gulou-2021');
const data = ['--data', `${gulou}/fixtures`, '--as-of', '2021-06-30'];

/** gulou with 后两名 made a parameter, written to a temporary folder. */
function paramPack(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kp-param-'));
  const text = readFileSync(`${gulou}/pack.json`, 'utf8').replace(
    '"fact": "unitsRankedBelow", "operator": "lessThan", "value": 2',
    '"fact": "unitsRankedBelow", "operator": "lessThan", "value": { "fact": "statementCount" }',
  );
  const pack = JSON.parse(text) as Record<string, unknown>;
  pack['parameters'] = [{ id: 'statementCount', name: '表态发言单位数', type: 'number', default: 2 }];
  writeFileSync(join(dir, 'pack.json'), JSON.stringify(pack));
  return dir;
}

describe('assess CLI for pack authors', () => {
  it('overrides a parameter per run with --param', () => {
    const dir = paramPack();
    const json = (...extra: string[]) => RunResult.parse(JSON.parse(cli('run', dir, ...data, '--format', 'json', ...extra).out));
    const original = RunResult.parse(JSON.parse(cli('run', gulou, ...data, '--format', 'json').out));
    const byDefault = json();
    expect(byDefault.parameters).toEqual({ statementCount: '2' });
    expect(byDefault.groups.map((g) => g.lists)).toEqual(original.groups.map((g) => g.lists));
    const reasons = (r: RunResult) => r.groups[0]?.listEntries['statement']?.flatMap((e) => e.reasons);
    expect(reasons(byDefault)).toContain('bottom2_k4_missed');
    const none = json('--param', 'statementCount=0');
    expect(none.parameters).toEqual({ statementCount: '0' });
    expect(reasons(none)).not.toContain('bottom2_k4_missed');
    const bad = cli('run', dir, ...data, '--param', 'statmentCount=3');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('是不是 “statementCount”');
    expect(cli('run', dir, ...data, '--param', 'oops').err).toContain('--param 须写成 名称=值');
  });

  it('prints the trace with the table and as a 计算过程 block in CSV', () => {
    const table = cli('run', gulou, ...data, '--trace');
    expect(table.out).toMatch(/▸ 梅坞街道（J04）计算过程\n {2}\S/);
    const csv = cli('run', gulou, ...data, '--format', 'csv', '--trace').out;
    const lines = csv.split('\n');
    const at = lines.indexOf('单位编码,单位,计算过程');
    expect(lines.slice(at - 2, at)).toEqual(['', '计算过程']);
    expect(lines[at + 1]).toMatch(/^J\d\d,\S+街道,"/);
    expect(csv).toContain('K4 ');
    expect(cli('run', gulou, ...data, '--format', 'csv').out).not.toContain('计算过程');
  });

  it('prints warnings on validate, exits 0, and 1 with --strict', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kp-warn-'));
    const pack = JSON.parse(readFileSync(`${gulou}/pack.json`, 'utf8')) as { weights: Record<string, Record<string, number>>; weightTotal?: number };
    delete pack.weights['towns']?.['K7'];
    pack.weightTotal = 100;
    writeFileSync(join(dir, 'pack.json'), JSON.stringify(pack));
    const r = cli('validate', dir, '--data', `${gulou}/fixtures`);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`警告 UNWEIGHTED_WITH_DATA: ${join(dir, 'pack.json')} /weights/towns: 街镇组的单位有指标 K7`);
    expect(r.out).toContain(`警告 WEIGHT_TOTAL: ${join(dir, 'pack.json')} /weights/towns: 街镇组的权重合计为`);
    expect(cli('validate', dir, '--data', `${gulou}/fixtures`, '--strict').code).toBe(1);
  });
});
