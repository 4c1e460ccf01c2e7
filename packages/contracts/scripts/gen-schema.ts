/** Writes rule-pack.schema.json from the zod RulePack schema, so editors can validate packs. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { RulePack } from '../src/rule-pack.ts';

const schema = z.toJSONSchema(RulePack, { io: 'input', unrepresentable: 'any' });
const out = fileURLToPath(new URL('../rule-pack.schema.json', import.meta.url));
writeFileSync(out, JSON.stringify({ ...schema, title: 'Kaoping rule pack' }, null, 2) + '\n');
console.log(`wrote ${out}`);
