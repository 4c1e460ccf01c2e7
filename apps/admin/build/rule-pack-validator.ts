import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { Plugin } from 'vite';

const ID = 'virtual:rule-pack-validator';
const RESOLVED = `\0${ID}`;
const SCHEMA = createRequire(import.meta.url).resolve('@kaoping/contracts/rule-pack.schema.json');

/** ajv's standalone ESM still `require`s its runtime helpers (e.g. ucs2length): turn those into imports. */
function toImports(code: string): string {
  const imports: string[] = [];
  const body = code.replace(/require\("([^"]+)"\)\.default/g, (_m, module: string) => {
    const name = `ajvRuntime${imports.length}`;
    imports.push(`import ${name} from ${JSON.stringify(module)};`);
    return name;
  });
  if (/\brequire\(/.test(body)) throw new Error('rule-pack validator: an ajv runtime require was not turned into an import');
  return `${imports.join('')}${body.replace(/^"use strict";/, '')}`;
}

/**
 * `virtual:rule-pack-validator`: ajv's validator for rule-pack.schema.json, generated as code at build time
 * (ajv standalone). Compiling it in the browser would need `new Function`, which the server's CSP forbids.
 */
export function rulePackValidator(): Plugin {
  return {
    name: 'kaoping-rule-pack-validator',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(SCHEMA);
      const ajv = new Ajv2020({ allErrors: true, strict: false, code: { source: true, esm: true } });
      return toImports(standaloneCode(ajv, ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object)));
    },
  };
}
