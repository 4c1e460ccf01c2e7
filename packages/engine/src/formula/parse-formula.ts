import jsep from 'jsep';
import { parseDecimal } from '../exact/q.ts';
import { BINARY_OPS, type BinaryOp, type Node } from './ast.ts';

/** A formula that cannot be parsed; `message` is a plain Chinese sentence. */
export class FormulaSyntaxError extends Error {}

let nextCallId = 1;

const OP_ALIASES: Record<string, BinaryOp> = { '===': '==', '!==': '!=' };

/**
 * Parses formula text with jsep (a maintained expression parser that builds a tree and never
 * evaluates) and keeps only the node kinds the formula language allows.
 */
export function parseFormula(text: string | number): Node {
  if (typeof text === 'number') return { k: 'num', v: parseDecimal(text), raw: String(text) };
  let tree: jsep.Expression;
  try {
    tree = jsep(text);
  } catch (e) {
    throw new FormulaSyntaxError(`公式语法错误：${(e as Error).message}`);
  }
  return convert(tree);
}

function convert(e: jsep.Expression): Node {
  switch (e.type) {
    case 'Literal':
      return literal(e as jsep.Literal);
    case 'Identifier': {
      const name = (e as jsep.Identifier).name;
      if (name === 'true' || name === 'false') return { k: 'bool', v: name === 'true' };
      if (name === 'null') return { k: 'null' };
      return { k: 'id', name };
    }
    case 'MemberExpression':
      return member(e as jsep.MemberExpression);
    case 'UnaryExpression': {
      const u = e as jsep.UnaryExpression;
      if (u.operator !== '-' && u.operator !== '+' && u.operator !== '!') {
        throw new FormulaSyntaxError(`不支持的运算符 “${u.operator}”`);
      }
      return { k: 'unary', op: u.operator, arg: convert(u.argument) };
    }
    case 'BinaryExpression':
      return binary(e as jsep.BinaryExpression);
    case 'ConditionalExpression': {
      const c = e as jsep.ConditionalExpression;
      return { k: 'cond', test: convert(c.test), then: convert(c.consequent), else: convert(c.alternate) };
    }
    case 'CallExpression':
      return call(e as jsep.CallExpression);
    case 'ArrayExpression':
      return { k: 'list', items: (e as jsep.ArrayExpression).elements.map((x) => convert(x as jsep.Expression)) };
    default:
      throw new FormulaSyntaxError(`不支持的写法（${e.type}）`);
  }
}

function literal(l: jsep.Literal): Node {
  if (typeof l.value === 'number') return { k: 'num', v: parseDecimal(l.raw), raw: l.raw };
  if (typeof l.value === 'string') return { k: 'str', v: l.value };
  if (typeof l.value === 'boolean') return { k: 'bool', v: l.value };
  if (l.value === null) return { k: 'null' };
  throw new FormulaSyntaxError(`不支持的常量 ${l.raw}`);
}

function member(m: jsep.MemberExpression): Node {
  if (m.computed || m.object.type !== 'Identifier' || m.property.type !== 'Identifier') {
    throw new FormulaSyntaxError('只支持 “指标.属性” 形式的引用，如 K4.actual');
  }
  return { k: 'member', object: (m.object as jsep.Identifier).name, prop: (m.property as jsep.Identifier).name };
}

function binary(b: jsep.BinaryExpression): Node {
  const op = OP_ALIASES[b.operator] ?? b.operator;
  if (!(BINARY_OPS as readonly string[]).includes(op)) {
    throw new FormulaSyntaxError(`不支持的运算符 “${b.operator}”`);
  }
  return { k: 'bin', op: op as BinaryOp, l: convert(b.left), r: convert(b.right) };
}

function call(c: jsep.CallExpression): Node {
  if (c.callee.type !== 'Identifier') throw new FormulaSyntaxError('只能调用内置函数，如 min(a, b)');
  return { k: 'call', fn: (c.callee as jsep.Identifier).name, args: c.arguments.map(convert), id: nextCallId++ };
}
