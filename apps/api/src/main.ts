import { join } from 'node:path';
import { openStore } from '@kaoping/store';
import { pino } from 'pino';
import { createApp } from './app.ts';
import { env, REPO_ROOT, storeOptionsOf } from './env.ts';
import { ensureAdmin } from './services/seed/ensure-admin.ts';
import { seedReferenceSchemes } from './services/seed/seed-reference-schemes.ts';

/** Starts the server: open the store (migrations run), seed an empty database, make sure an admin exists, listen. */
async function main(): Promise<void> {
  const config = env();
  const logger = pino({ level: config.LOG_LEVEL });
  const store = await openStore(storeOptionsOf(config));
  const seeded = await seedReferenceSchemes(store, config.KAOPING_RULES_DIR ?? join(REPO_ROOT, 'rules'), logger);
  if (seeded.length > 0) logger.info({ schemes: seeded }, 'reference schemes seeded');
  const admin = await ensureAdmin(store, {
    user: config.KAOPING_ADMIN_USER,
    password: config.KAOPING_ADMIN_PASSWORD,
    generate: config.NODE_ENV !== 'production',
  });
  const app = createApp({
    store,
    logger,
    adminDist: config.KAOPING_ADMIN_DIST ?? join(REPO_ROOT, 'apps', 'admin', 'dist'),
    ...(config.KAOPING_TRUST_PROXY === undefined ? {} : { trustProxy: trustProxyOf(config.KAOPING_TRUST_PROXY) }),
  });
  // Express 5 hands listen errors (EADDRINUSE …) to this callback instead of throwing.
  const server = app.listen(config.PORT, (error?: Error) => {
    if (error) {
      process.stderr.write(`无法监听端口 ${config.PORT}：${error.message}\n`);
      void store.close().then(() => process.exit(1));
      return;
    }
    logger.info({ port: config.PORT, database: store.kind }, 'kaoping api listening');
    printLoginHelp(admin, config.PORT);
  });
  const stop = () => server.close(() => void store.close().then(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function trustProxyOf(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Straight to stdout, never through the logger: a generated password must not land in log files. */
function printLoginHelp(admin: Awaited<ReturnType<typeof ensureAdmin>>, port: number): void {
  const url = `http://localhost:${port}`;
  if (admin.kind === 'generated') {
    process.stdout.write(
      `\n首次启动：已创建管理员 ${admin.username}，一次性密码 ${admin.password}\n` +
        `请登录 ${url} 后在「用户管理」中重置此密码；正式部署请设置 KAOPING_ADMIN_USER / KAOPING_ADMIN_PASSWORD。\n\n`,
    );
  } else if (admin.kind === 'missing') {
    process.stdout.write(
      `\n还没有管理员。请设置 KAOPING_ADMIN_USER 和 KAOPING_ADMIN_PASSWORD 后重启，\n` +
        `或运行 pnpm --filter @kaoping/api create-admin <用户名>（密码从标准输入或 KAOPING_ADMIN_PASSWORD 读取）。\n\n`,
    );
  } else if (admin.kind === 'created') {
    process.stdout.write(`\n已按环境变量创建管理员 ${admin.username}。登录：${url}\n\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
