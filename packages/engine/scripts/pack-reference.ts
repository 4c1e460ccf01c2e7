import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderPackReference } from '../src/catalogue/render-reference.ts';

/** `pnpm docs:pack`: writes docs/pack-reference.md from the engine's catalogue. */
const target = fileURLToPath(new URL('../../../docs/pack-reference.md', import.meta.url));
writeFileSync(target, renderPackReference());
process.stdout.write(`wrote ${target}\n`);
