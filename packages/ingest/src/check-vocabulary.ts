import type { Problem, TableName } from '@kaoping/contracts';
import { normalizeHeader } from './normalize-header.ts';
import type { Vocabulary } from './pack-vocabulary.ts';
import type { Located } from './table-def.ts';
import type { TableRecords } from './table-records.ts';
import type { TableSource } from './unknown-unit-problems.ts';

/** The indicator id a cell names (code, name, or name with unit suffix), or undefined. */
export function resolveIndicator(vocabulary: Vocabulary, text: string): string | undefined {
  const code = text.trim();
  if (vocabulary.indicatorCodes.has(code)) return code;
  return vocabulary.indicatorNames.get(normalizeHeader(code));
}

/** True when 所属组别 names a group of the pack (id, name or alias); empty is left to the completeness check. */
export function knowsGroup(vocabulary: Vocabulary, group: string | null): boolean {
  if (group === null) return true;
  const g = group.trim();
  return vocabulary.groups.some((x) => x.id === g || x.name === g || x.aliases.includes(g));
}

/**
 * Checks every record against what the pack knows, so nothing a rule cannot read is silently
 * dropped: a group, an indicator or an event code the pack does not know is a problem at the row
 * and column as written. Indicators named by name are rewritten to their code.
 */
export function checkVocabulary<T extends TableName>(
  table: T,
  entries: readonly Located<TableRecords[T]>[],
  vocabulary: Vocabulary,
  source: TableSource,
): { entries: Located<TableRecords[T]>[]; problems: Problem[] } {
  const where = { file: source.file, ...(source.sheet === undefined ? {} : { sheet: source.sheet }) };
  const problems: Problem[] = [];
  const at = (entry: Located<unknown>, key: string, message: string) => {
    const column = entry.columns.get(key) ?? entry.keyColumn;
    problems.push({ ...where, row: entry.row, ...(column === undefined ? {} : { column }), message });
  };
  const out = entries.map((entry) => {
    const record = entry.record as Record<string, unknown>;
    if (table === 'units' && !knowsGroup(vocabulary, record['group'] as string | null)) {
      const names = vocabulary.groups.map((g) => g.name).join('、');
      at(entry, 'group', `所属组别「${String(record['group'])}」不是方案的考评组（${names}）`);
    }
    if ((table === 'targets' || table === 'reports') && typeof record['indicator'] === 'string') {
      const id = resolveIndicator(vocabulary, record['indicator']);
      if (id === undefined) at(entry, 'indicator', `指标「${record['indicator']}」不是方案中的指标（${vocabulary.indicatorList}）`);
      else if (id !== record['indicator']) return { ...entry, record: { ...entry.record, indicator: id } };
    }
    if (table === 'events' && !knowsEvent(vocabulary, record['code'] as string, record['kind'] as string | null)) {
      const codes = [...(vocabulary.eventCodes ?? [])].join('、') || '无';
      at(entry, 'code', `事项代码「${String(record['code'])}」不是方案中的加扣分项目，也没有统计口径读取它（已知代码：${codes}）`);
    }
    return entry;
  });
  return { entries: out, problems };
}

function knowsEvent(vocabulary: Vocabulary, code: string, kind: string | null): boolean {
  if (vocabulary.eventCodes === null || vocabulary.eventCodes.has(code)) return true;
  return kind !== null && vocabulary.eventKinds.has(kind);
}
