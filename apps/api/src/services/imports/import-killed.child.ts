/**
 * Child process of import-killed.int.test.ts: starts a real import and kills itself with SIGKILL
 * after the second row is written to a new generation of the table, which readers do not see yet
 * (`stage`), once every row is written there (`prepare`), or inside the swap transaction once it
 * has switched to that generation and before it commits (`swap`).
 */
import { writeSync } from 'node:fs';
import { openStore, type StoreOptions, type User } from '@kaoping/store';
import { importTable } from './import-table.ts';

const options = JSON.parse(process.argv[2] ?? '{}') as StoreOptions;
const at = process.argv[3] === 'swap' || process.argv[3] === 'prepare' ? process.argv[3] : 'stage';
const store = await openStore(options);
const user: User = { username: 'evaluator', role: 'evaluator', schemeId: null, unitId: null, disabled: false, createdAt: '', updatedAt: '' };
const csv = '单位编号,指标,年度目标\nJ01,K1,1\nJ02,K1,2\nJ03,K1,3\n';
await importTable(
  store,
  'demo',
  {
    table: 'targets',
    body: Buffer.from(csv),
    file: 'targets.csv',
    xlsx: false,
    dryRun: false,
    afterRow: (n) => {
      if (n !== 2 || at !== 'stage') return;
      writeSync(1, 'wrote 2 rows\n');
      process.kill(process.pid, 'SIGKILL');
    },
    afterPrepare: () => {
      if (at !== 'prepare') return;
      writeSync(1, 'prepared 3 rows\n');
      process.kill(process.pid, 'SIGKILL');
    },
    beforeCommit: () => {
      if (at !== 'swap') return;
      writeSync(1, 'swapped 3 rows in\n');
      process.kill(process.pid, 'SIGKILL');
    },
  },
  user,
);
writeSync(1, 'import finished: the kill did not happen\n');
