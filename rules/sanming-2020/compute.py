#!/usr/bin/env python3
"""sanming-2020 -- reference computation for rule set R-SM2020 (see RULES.md).

Reads fixtures/units.csv, projects.csv, reports.csv, events.csv; writes expected.json next to this
script; prints a short human-readable summary. Python 3 standard library only, exact arithmetic with
fractions.Fraction; ROUND_HALF_UP to 2 places only for scores, deductions and totals, 4 places for
the investment ratio shown. Independent of the Kaoping engine.
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
YEAR = 2020
RUNS = ['2020-03-31', '2020-06-30', '2020-12-31']
GROUPS = [('县区组', 'districts'), ('市直部门组', 'departments')]
LAG_POINTS, SEVERE_POINTS, LATE_POINTS, CAP = F(2), F(4), F(1), F(40)
LONG_LAGGING_MONTHS = 3
STATUS_ORDER = {'normal': 0, 'lagging': 1, 'severe': 2}


def read(name):
    with open(os.path.join(HERE, 'fixtures', name), encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f))


def rnd(x, places):
    q = Decimal(1).scaleb(-places)
    return str((Decimal(x.numerator) / Decimal(x.denominator)).quantize(q, ROUND_HALF_UP))


def ex(x):
    """Exact value: finite decimal when possible, else p/q."""
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


CN = {'一': 1, '二': 2, '三': 3, '四': 4}


def deadline(text):
    """Planned milestone as written in the document -> the last day it allows (None when empty)."""
    t = text.strip()
    if t == '':
        return None
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', t)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r'(\d{4})年(\d{1,2})月份?', t)
    if m:
        return month_end(int(m[1]), int(m[2]))
    m = re.fullmatch(r'(\d{4})年第([一二三四])季度', t)
    if m:
        return month_end(int(m[1]), 3 * CN[m[2]])
    m = re.fullmatch(r'(\d{4})年([上下])半年', t)
    if m:
        return month_end(int(m[1]), 6 if m[2] == '上' else 12)
    m = re.fullmatch(r'(\d{4})年(内|底)', t)
    if m:
        return date(int(m[1]), 12, 31)
    raise ValueError(f'unreadable planned date {t!r}')


def day(text):
    return None if text.strip() == '' else date.fromisoformat(text.strip())


def load():
    units = read('units.csv')
    projects = []
    for p in read('projects.csv'):
        projects.append({
            'id': p['项目编号'], 'unit': p['单位编码'], 'name': p['项目名称'], 'key': p['是否省重点'] == '是',
            'plan': F(p['年度计划投资(万元)']),
            'planned': {'prep': deadline(p['计划完成前期工作']), 'start': deadline(p['计划开工']), 'completion': deadline(p['计划竣工'])},
            'actual': {'prep': day(p['前期工作完成日期']), 'start': day(p['开工日期']), 'completion': day(p['竣工日期'])},
        })
    monthly = {}
    for r in read('reports.csv'):
        key = (r['指标'], int(r['月份'][5:7]))
        assert r['月份'][:4] == str(YEAR) and key not in monthly, key
        monthly[key] = F(r['数值'])
    late = [e for e in read('events.csv') if e['事项代码'] == 'LATE']
    return units, projects, monthly, late


def status_at(p, m, monthly):
    """The project's status as of the end of month m (a monthly 通报)."""
    return evaluate_project(p, month_end(YEAR, m), m, monthly, history=False)['status']


def evaluate_project(p, as_of, m, monthly, history=True):
    invested = sum((v for (pid, mm), v in monthly.items() if pid == p['id'] and mm <= m), F(0))
    plan_to_date = p['plan'] * F(m, 12)
    invest_due = p['planned']['start'] is None or p['planned']['start'] <= as_of
    ratio = invested / plan_to_date if invest_due and plan_to_date != 0 else None
    overdue = {}
    for k in ('prep', 'start', 'completion'):
        due, done = p['planned'][k], p['actual'][k]
        # a milestone is overdue when its deadline is on or before the as-of day and it was not reached by then
        if due is not None and due <= as_of and (done is None or done > as_of):
            overdue[k] = (as_of - due).days
    reasons = []
    if 'prep' in overdue:
        reasons.append(('lagging', 'prep_late'))
    if 'start' in overdue:
        reasons.append(('lagging', 'start_late'))
    if 'completion' in overdue:
        reasons.append(('lagging', 'completion_late'))
    if ratio is not None and ratio < F(4, 5):
        reasons.append(('lagging', 'invest_behind'))
    if max(overdue.values(), default=0) > 90:
        reasons.append(('severe', 'overdue_90'))
    if ratio is not None and ratio < F(1, 2):
        reasons.append(('severe', 'invest_far_behind'))
    status = max((s for s, _ in reasons), key=STATUS_ORDER.get, default='normal')
    light = {'normal': 'green', 'lagging': 'yellow', 'severe': 'red'}[status]
    if not history:
        return {'status': status}
    # months in a row, up to this one, the project has not been 正常 (each month judged as of its last day)
    lagging_months = 0
    for k in range(m, 0, -1):
        if (status if k == m else status_at(p, k, monthly)) == 'normal':
            break
        lagging_months += 1
    prev = status_at(p, m - 1, monthly) if m > 1 else None
    lists = []
    if status != 'normal':
        lists.append('lagging')
    supervise = (['severe'] if status == 'severe' else []) + (['key_lagging'] if p['key'] and status != 'normal' else [])
    supervise += ['long_lagging'] if lagging_months >= LONG_LAGGING_MONTHS else []
    if supervise:
        lists.append('supervise')
    return {
        'project_id': p['id'], 'unit_id': p['unit'], 'status': status, 'reasons': [r for _, r in reasons], 'light': light,
        'invested': ex(invested), 'invest_ratio': None if ratio is None else rnd(ratio, 4),
        'overdue_days': max(overdue.values(), default=0), 'prev_status': prev, 'lagging_months': lagging_months, 'lists': lists,
        '_supervise': supervise, '_invested': invested,
    }


def run(as_of_text, units, projects, monthly, late):
    as_of = date.fromisoformat(as_of_text)
    m = as_of.month
    order = {u['单位编码']: k for k, u in enumerate(units)}
    # projects are listed unit by unit (units.csv order), then in projects.csv order
    ranked = sorted(enumerate(projects), key=lambda kp: (order[kp[1]['unit']], kp[0]))
    outcomes = [evaluate_project(p, as_of, m, monthly) for _, p in ranked]
    out = {
        'as_of': as_of_text,
        'projects': [{k: v for k, v in o.items() if not k.startswith('_')} for o in outcomes],
        '滞后项目清单': [{'project_id': o['project_id'], 'reasons': [o['status']]} for o in outcomes if 'lagging' in o['lists']],
        '督办项目': [{'project_id': o['project_id'], 'reasons': o['_supervise']} for o in outcomes if o['_supervise']],
        'groups': {},
    }
    for group_name, _ in GROUPS:
        rows = []
        for u in (u for u in units if u['所属组别'] == group_name):
            uid = u['单位编码']
            mine = [o for o in outcomes if o['unit_id'] == uid]
            plan = sum((p['plan'] for p in projects if p['unit'] == uid), F(0)) * F(m, 12)
            invested = sum((o['_invested'] for o in mine), F(0))
            score = F(100) * min(invested / plan, F(1))
            lagging = sum(1 for o in mine if o['status'] == 'lagging')
            severe = sum(1 for o in mine if o['status'] == 'severe')
            late_n = sum(1 for e in late if e['单位编码'] == uid and e['月份'] <= as_of_text[:7])
            deduction = min(LAG_POINTS * lagging + SEVERE_POINTS * severe + LATE_POINTS * late_n, CAP)
            rows.append({'unit_id': uid, 'score': score, 'deduction': deduction, 'total': score - deduction,
                         'lagging': lagging, 'severe': severe, 'late_reports': late_n})
        key = lambda r: Decimal(rnd(r['total'], 2))
        rows.sort(key=lambda r: (-key(r), r['unit_id']))
        for r in rows:
            r['rank'] = 1 + sum(1 for x in rows if key(x) > key(r))
        out['groups'][group_name] = {
            'ranking': [{'unit_id': r['unit_id'], 'rank': r['rank'], 's1_score': rnd(r['score'], 2), 'deduction': rnd(r['deduction'], 2),
                         'total': rnd(r['total'], 2), 'lagging': r['lagging'], 'severe': r['severe'], 'late_reports': r['late_reports']} for r in rows],
            '评先评优': [r['unit_id'] for r in rows if r['rank'] == 1 and r['severe'] == 0],
            '限期整改': [r['unit_id'] for r in rows if r['severe'] > 0],
        }
    return out


def main():
    units, projects, monthly, late = load()
    expected = {'case': 'sanming-2020', 'rule_set': 'R-SM2020', 'runs': [run(d, units, projects, monthly, late) for d in RUNS]}
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write('\n')
    for r in expected['runs']:
        print(r['as_of'])
        for g, data in r['groups'].items():
            print(' ', g, [(x['unit_id'], x['rank'], x['total']) for x in data['ranking']], '评先评优', data['评先评优'], '限期整改', data['限期整改'])
        print('  滞后项目清单', [x['project_id'] for x in r['滞后项目清单']])
        print('  督办项目', [x['project_id'] for x in r['督办项目']])


if __name__ == '__main__':
    main()
