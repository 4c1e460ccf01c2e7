import { ElMessage } from 'element-plus';
import { i18n } from '@/locales/index.ts';
import { describeError } from '@/utils/describe-error.ts';

/** Shows any thrown value as a readable message keyed by its error code. */
export function notifyError(e: unknown): void {
  ElMessage({ type: 'error', message: describeError(e, (k, p) => i18n.global.t(k, p ?? {})), showClose: true, duration: 6000 });
}

export function notifyOk(message: string): void {
  ElMessage({ type: 'success', message });
}
