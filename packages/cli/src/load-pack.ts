import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode, KaopingError, type ParamOverrides } from '@kaoping/contracts';
import { compilePack, type CompiledPack } from '@kaoping/engine';

/** Reads `<dir>/pack.json`; a syntax error names the file, line and column. */
export function readPackJson(dir: string): unknown {
  const file = join(dir, 'pack.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new KaopingError(ErrorCode.RULE_PACK_INVALID, `找不到规则包文件 ${file}`, [{ file, message: '文件不存在或无法读取' }]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const pos = /position (\d+)/.exec((e as Error).message);
    const at = pos === null ? text.length : Number(pos[1]);
    const before = text.slice(0, at).split('\n');
    throw new KaopingError(ErrorCode.RULE_PACK_INVALID, `${file} 不是有效的 JSON`, [
      { file, row: before.length, column: String((before.at(-1)?.length ?? 0) + 1), message: `JSON 语法错误：${(e as Error).message}` },
    ]);
  }
}

/** Reads, validates and compiles a pack folder; problems carry the file name and JSON pointers. */
export function loadPackDir(dir: string, params: ParamOverrides = {}): CompiledPack {
  const json = readPackJson(dir);
  try {
    return compilePack(json, { params });
  } catch (e) {
    if (e instanceof KaopingError) {
      const file = join(dir, 'pack.json');
      throw new KaopingError(
        e.code,
        e.message,
        e.problems.map((p) => ({ file, ...p })),
      );
    }
    throw e;
  }
}
