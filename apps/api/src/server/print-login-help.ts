import type { ensureAdmin } from '../services/seed/ensure-admin.ts';

/** Straight to stdout, never through the logger: a generated password must not land in log files. */
export function printLoginHelp(admin: Awaited<ReturnType<typeof ensureAdmin>>, port: number): void {
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
