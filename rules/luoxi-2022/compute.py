#!/usr/bin/env python3
"""luoxi-2022 -- reference computation for rule set R-LX2022 (see RULES.md).

Reads fixtures/units.csv, targets.csv, projects.csv, reports.csv, events.csv; writes expected.json next
to this script; prints a short summary. Python 3 standard library only, exact arithmetic with
fractions.Fraction; ROUND_HALF_UP to 2 places only for scores, base, deduction and total.
Independent of the Kaoping engine.
"""
import calendar
import csv
import json
import os
import re
from datetime import date
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
RUNS = ['2022-06-30', '2022-12-31']
GROUPS = {'各村': ['X1', 'X2'], '镇直部门': ['X2', 'X3', 'X4', 'X5']}
GROUP_OF = {'村': '各村', '镇直部门': '镇直部门'}
WEIGHTS = {'各村': {'X1': F(70), 'X2': F(30)}, '镇直部门': {'X2': F(40), 'X3': F(20), 'X4': F(20), 'X5': F(20)}}
GROWTH = {'X4', 'X5'}
LIBRARY_MIN = F(5000)                      # 按照投资额5000万元以上标准 (以上 includes 5000)
LAG, LATE, LATE_LONG, LONG_DAYS, CAP = F(1), F(1, 2), F(1, 2), 10, F(10)
SEVERE_DAYS = 90


def read(name):
    with open(os.path.join(HERE, 'fixtures', name), encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f))


def rnd(x):
    return str((Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal('0.01'), ROUND_HALF_UP))


def ex(x):
    d = x.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    if d != 1:
        return f'{x.numerator}/{x.denominator}'
    s = format(Decimal(x.numerator) / Decimal(x.denominator), 'f')
    return s.rstrip('0').rstrip('.') if '.' in s else s


def month_end(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def deadline(t):
    """计划签约 as written -> last day it allows."""
    t = t.strip()
    if m := re.fullmatch(r'(\d{4})年(\d{1,2})月', t):
        return month_end(int(m[1]), int(m[2]))
    if m := re.fullmatch(r'(\d{4})年第([一二三四])季度', t):
        return month_end(int(m[1]), 3 * '一二三四'.index(m[2]) + 3)
    if m := re.fullmatch(r'(\d{4})年([上下])半年', t):
        return month_end(int(m[1]), 6 if m[2] == '上' else 12)
    raise ValueError(t)


def day(t):
    return None if t.strip() == '' else date.fromisoformat(t.strip())


def project_outcome(p, as_of):
    library = F(p['总投资(万元)']) >= LIBRARY_MIN
    due, signed = deadline(p['计划签约']), day(p['签约日期'])
    overdue = library and due <= as_of and (signed is None or signed > as_of)
    days = (as_of - due).days if overdue else 0
    reasons = (['sign_late'] if overdue else []) + (['sign_late_90'] if days > SEVERE_DAYS else [])
    status = 'severe' if days > SEVERE_DAYS else 'lagging' if overdue else 'normal'
    lists = (['lagging'] if status != 'normal' else []) + (['supervise'] if status == 'severe' else [])
    return {'project_id': p['项目编号'], 'unit_id': p['单位编码'], 'library': library, 'status': status, 'reasons': reasons,
            'overdue_days': days, 'lists': lists}


def run(as_of_text, units, targets, projects, reports, events):
    as_of = date.fromisoformat(as_of_text)
    start = date(as_of.year, 1, 1)
    in_window = lambda d: d is not None and start <= d <= as_of
    month_in = lambda period: period[:4] == as_of_text[:4] and period <= as_of_text[:7]
    order = {u['单位编码']: k for k, u in enumerate(units)}
    ps = sorted(enumerate(projects), key=lambda kp: (order[kp[1]['单位编码']], kp[0]))
    outcomes = [project_outcome(p, as_of) for _, p in ps]
    out = {'as_of': as_of_text, 'projects': outcomes,
           '滞后项目清单': [{'project_id': o['project_id'], 'reasons': [o['status']], 'overdue_days': o['overdue_days']} for o in outcomes if 'lagging' in o['lists']],
           '督办项目': [o['project_id'] for o in outcomes if 'supervise' in o['lists']], 'groups': {}}
    for group, inds in GROUPS.items():
        rows = []
        for u in (u for u in units if GROUP_OF[u['所属组别']] == group):
            uid = u['单位编码']
            mine = [p for p in projects if p['单位编码'] == uid]
            actual = {
                'X1': F(sum(1 for p in mine if F(p['总投资(万元)']) >= LIBRARY_MIN and in_window(day(p['策划日期'])))),
                'X2': F(sum(1 for p in mine if in_window(day(p['签约日期'])))),
                'X3': sum((F(r['数值']) for r in reports if r['单位编码'] == uid and r['指标'] == 'X3' and month_in(r['月份'])), F(0)),
            }
            for k in GROWTH:
                rs = sorted((r for r in reports if r['单位编码'] == uid and r['指标'] == k and month_in(r['月份'])), key=lambda r: r['月份'])
                actual[k] = F(rs[-1]['数值']) if rs else None
            detail, score_sum, weight_sum, missed = {}, F(0), F(0), []
            for k in inds:
                t = targets.get((uid, k))
                applicable = t is not None if k in GROWTH else (t is not None and t != 0)
                if not applicable:
                    detail[k] = {'applicable': False}
                    continue
                w = WEIGHTS[group][k]
                if k in GROWTH:
                    done = actual[k] is not None and actual[k] > t      # 同比增长: growth above 0
                    score = w if done else F(0)
                else:
                    done = actual[k] >= t
                    score = w * min(actual[k] / t, F(1))
                detail[k] = {'applicable': True, 'actual': None if actual[k] is None else ex(actual[k]), 'target': ex(t), 'score': rnd(score), 'done': done}
                score_sum += score
                weight_sum += w
                if not done:
                    missed.append(k)
            base = score_sum * 100 / weight_sum if weight_sum > 0 else F(0)
            lagging = sum(1 for o in outcomes if o['unit_id'] == uid and o['status'] != 'normal')
            late = [e for e in events if e['单位编码'] == uid and e['事项代码'] == 'LATE' and month_in(e['月份'])]
            long_ = sum(1 for e in late if int(e['次数']) > LONG_DAYS)
            deduction = min(LAG * lagging + LATE * len(late) + LATE_LONG * long_, CAP)
            rows.append({'unit_id': uid, 'indicators': detail, 'base': base, 'deduction': deduction, 'total': base - deduction,
                         'lagging_projects': lagging, 'late_reports': len(late), 'late_over_10_days': long_, 'missed': missed})
        key = lambda r: Decimal(rnd(r['total']))
        rows.sort(key=lambda r: (-key(r), r['unit_id']))
        for r in rows:
            r['rank'] = 1 + sum(1 for x in rows if key(x) > key(r))
        out['groups'][group] = {
            'ranking': [{'unit_id': r['unit_id'], 'rank': r['rank'], 'indicators': r['indicators'], 'base': rnd(r['base']),
                         'deduction': rnd(r['deduction']), 'total': rnd(r['total']), 'lagging_projects': r['lagging_projects'],
                         'late_reports': r['late_reports'], 'late_over_10_days': r['late_over_10_days']} for r in rows],
            '考核优秀': [r['unit_id'] for r in rows if r['rank'] <= 2 and not r['missed']],
            '年度任务未完成': [{'unit_id': r['unit_id'], 'missed': r['missed']} for r in rows if r['missed']],
        }
    return out


def main():
    units, projects, reports, events = read('units.csv'), read('projects.csv'), read('reports.csv'), read('events.csv')
    targets = {}
    for t in read('targets.csv'):
        key = (t['单位编码'], t['指标'])
        assert key not in targets, key
        targets[key] = F(t['年度目标'])
    expected = {'case': 'luoxi-2022', 'rule_set': 'R-LX2022', 'runs': [run(d, units, targets, projects, reports, events) for d in RUNS]}
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write('\n')
    for r in expected['runs']:
        print(r['as_of'])
        for g, data in r['groups'].items():
            print(' ', g, [(x['unit_id'], x['rank'], x['total']) for x in data['ranking']], '考核优秀', data['考核优秀'])
        print('  滞后项目清单', [x['project_id'] for x in r['滞后项目清单']], '督办项目', r['督办项目'])


if __name__ == '__main__':
    main()
