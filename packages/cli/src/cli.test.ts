import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
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

describe('assess CLI', () => {
  it('validates a pack', () => {
    const r = cli('validate', gulou);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out.split('\n').at(-2)).toBe('规则包 gulou-2021（鼓楼区2021年“抓项目促提升”专项行动季度考评）有效：3 个考评组，8 项指标，2 条警告');
  });

  it('prints the versioned JSON contract', () => {
    const r = cli('run', gulou, '--data', `${gulou}/fixtures`, '--as-of', '2021-06-30', '--format', 'json');
    expect(r.code).toBe(0);
    const result = RunResult.parse(JSON.parse(r.out));
    expect(result.format).toBe('kaoping.run/1');
    expect(result.groups.map((g) => [g.name, g.lists['statement']])).toEqual([
      ['街镇组', ['J03', 'J02']],
      ['园区组', ['Y03']],
      ['区直部门组', ['B07']],
    ]);
  });

  it('prints a table with Chinese headers and a CSV', () => {
    const table = cli('run', gulou, '--data', `${gulou}/fixtures`, '--as-of', '2021-03-31');
    expect(table.out).toMatch(/\n排名 +单位编码 +单位 +新落地重大产业项目数（10分）/);
    expect(table.out).toContain('表态发言：凤池街道(排名后两名且未完成服务业开竣工合计数任务)');
    const csv = cli('run', gulou, '--data', `${gulou}/fixtures`, '--as-of', '2021-03-31', '--format', 'csv');
    // The API's CSV export: a title, then per group its name, report's headers and rows.
    const lines = csv.out.split('\n');
    const towns = lines.indexOf('街镇组');
    expect(lines[towns + 1]).toMatch(/^排名,单位编码,单位,新落地重大产业项目数（10分）,.*,基础分,加分,扣分,总分,介绍经验,表态发言$/);
    expect(lines[towns + 2]).toBe('1,J02,榕西街道,13.00,26.00,15.00,32.50,20.00,13.00,119.50,0.00,0.00,119.50,排名前2名,');
  });

  it('shows project statuses and project lists in the table and the CSV', () => {
    const sanming = rulesDir('sanming-2020');
    const table = cli('run', sanming, '--data', `${sanming}/fixtures`, '--as-of', '2020-03-31');
    expect(table.out).toContain('【项目】');
    expect(table.out).toMatch(/督办项目：.*三明市第一医院生态新城分院建设项目\(市卫健委；严重滞后、省重点项目滞后\)/);
    const csv = cli('run', sanming, '--data', `${sanming}/fixtures`, '--as-of', '2020-03-31', '--format', 'csv').out.split('\n');
    const at = csv.indexOf('项目编号,项目名称,责任单位,状态,原因,连续滞后期数,累计完成投资,灯,所在清单');
    expect(at).toBeGreaterThan(1);
    expect(csv.slice(at - 2, at)).toEqual(['', '项目']);
    expect(csv).toContain(
      'H1,三明市第一医院生态新城分院建设项目,市卫健委,严重滞后,未按计划开工、投资完成低于序时计划的80%、投资完成低于序时计划的50%,1,0,红,滞后项目清单、督办项目',
    );
  });

  it('gives one line per pack problem with the file and JSON pointer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kp-pack-'));
    const pack = JSON.parse(readFileSync(`${gulou}/pack.json`, 'utf8')) as { indicators: { score?: string }[] };
    (pack.indicators[0] as { score?: string }).score = 'weight * min(completon, cap)';
    writeFileSync(join(dir, 'pack.json'), JSON.stringify(pack));
    const r = cli('validate', dir);
    expect(r.code).toBe(1);
    expect(r.err.split('\n')[1]).toMatch(new RegExp(`^${join(dir, 'pack.json')} /indicators/0/score: 指标 K1：未知的名称 “completon”`));
  });

  it('names the file, line and column of a bad CSV cell and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kp-data-'));
    cpSync(`${gulou}/fixtures`, dir, { recursive: true });
    const file = join(dir, 'projects.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('P002,J01,区域供应链总部,三产,false,12000', 'P002,J01,区域供应链总部,三产,false,12x00'));
    const r = cli('run', gulou, '--data', dir, '--as-of', '2021-06-30');
    expect(r).toEqual({ code: 1, out: '', err: 'DATA_INVALID: 数据有 1 处错误\nprojects.csv 第 3 行 列 total_investment_wan: "12x00" 不是数字\n' });
  });

  it('fails on a mistyped indicator code with the file line, column and the code, instead of dropping the row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kp-data-'));
    cpSync(`${gulou}/fixtures`, dir, { recursive: true });
    const file = join(dir, 'reports.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes(',K6,'));
    lines[at] = (lines[at] ?? '').replace(',K6,', ',k6,');
    writeFileSync(file, lines.join('\n'));
    const r = cli('run', gulou, '--data', dir, '--as-of', '2021-06-30');
    expect(r.code).toBe(1);
    expect(r.err.split('\n')[1]).toMatch(new RegExp(`^reports.csv 第 ${at + 1} 行 列 indicator: 指标「k6」不是方案中的指标`));
  });

  it('names the file line of a units row whose group the pack does not know', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kp-data-'));
    cpSync(`${gulou}/fixtures`, dir, { recursive: true });
    const file = join(dir, 'units.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('J01,榕东街道,街镇组', 'J01,榕东街道,街道组'));
    expect(cli('run', gulou, '--data', dir, '--as-of', '2021-06-30').err).toContain('units.csv 第 2 行 列 group: 所属组别「街道组」不是方案的考评组');
  });

  it('reports the data gaps of the period on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kp-data-'));
    cpSync(`${gulou}/fixtures`, dir, { recursive: true });
    const file = join(dir, 'targets.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^J04,K1,.*\n/m, ''));
    const r = cli('run', gulou, '--data', dir, '--as-of', '2021-06-30');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^数据缺口 \d+ 处/);
    expect(r.err).toContain('  梅坞街道 缺少指标 K1 新落地重大产业项目数 的2021年目标\n');
  });

  it('rejects a bad as-of date and an unknown format', () => {
    expect(cli('run', gulou, '--data', `${gulou}/fixtures`, '--as-of', '2021-6-30').err).toMatch(/截止日 “2021-6-30” 须形如 2021-06-30/);
    expect(cli('run', gulou, '--data', `${gulou}/fixtures`, '--as-of', '2021-06-30', '--format', 'xml').code).toBe(1);
  });
});
