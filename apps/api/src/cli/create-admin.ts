import { createInterface } from 'node:readline/promises';
import { PASSWORD_POLICY, passwordProblems } from '@kaoping/contracts';
import { getUser, openStore } from '@kaoping/store';
import { env, storeOptionsOf } from '../env.ts';
import { createUser } from '../services/users/create-user.ts';

/**
 * `pnpm --filter @kaoping/api create-admin <username>`: creates an admin. The password comes from
 * KAOPING_ADMIN_PASSWORD or the first line of stdin (not echoed anywhere, never an argument).
 */
async function createAdmin(): Promise<void> {
  const username = process.argv[2];
  if (!username) throw new Error('用法：create-admin <用户名>（密码从标准输入或 KAOPING_ADMIN_PASSWORD 读取）');
  const config = env();
  const password = config.KAOPING_ADMIN_PASSWORD ?? (await readPassword());
  const problems = passwordProblems(password, username);
  if (problems.length > 0) throw new Error(`密码不符合要求：${problems.join('；')}（${PASSWORD_POLICY.text}）`);
  const store = await openStore({ ...storeOptionsOf(config), command: 'create-admin' });
  try {
    if (await getUser(store.db, username)) throw new Error(`用户 ${username} 已存在`);
    await createUser(store, { username, password, role: 'admin' }, 'cli');
    process.stdout.write(`已创建管理员 ${username}\n`);
  } finally {
    await store.close();
  }
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('密码：');
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    rl.close();
    return line.trim();
  }
  return '';
}

createAdmin().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
