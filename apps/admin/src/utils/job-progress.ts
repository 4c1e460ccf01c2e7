import type { JobView } from '@/api/jobs.ts';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** What a background job is doing, in the UI language with grouped numbers: 已校验 1,200 / 16,000 行. */
export function jobProgressText(job: Pick<JobView, 'state' | 'detail'>, t: Translate, locale: string): string {
  if (job.state === 'queued') return t('jobs.queued');
  if (job.state === 'done') return t('jobs.done');
  const d = job.detail;
  if (d === null) return t('jobs.running');
  const n = (x: number) => x.toLocaleString(locale);
  return d.total === null ? t(`jobs.${d.phase}Start`) : t(`jobs.${d.phase}`, { done: n(d.done), total: n(d.total) });
}
