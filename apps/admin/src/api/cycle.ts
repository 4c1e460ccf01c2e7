import {
  ChaseList,
  CycleView,
  ReporterTask,
  SubmissionWithForm,
  type CycleSettings,
  type ReviewBody,
  type SubmissionBody,
  type UnitEvent,
} from '@kaoping/contracts';
import { request, unwrapList } from './request.ts';

const scheme = (sid: string) => `/schemes/${encodeURIComponent(sid)}`;
const submissionPath = (sid: string, unitId: string, period: string) =>
  `${scheme(sid)}/submissions/${encodeURIComponent(unitId)}/${encodeURIComponent(period)}`;

export async function getCycle(sid: string): Promise<CycleView> {
  return CycleView.parse(await request<unknown>(`${scheme(sid)}/cycle`));
}

export async function saveCycle(sid: string, settings: CycleSettings): Promise<CycleView> {
  return CycleView.parse(await request<unknown>(`${scheme(sid)}/cycle`, { method: 'PUT', body: settings }));
}

export async function getChaseList(sid: string, period?: string): Promise<ChaseList> {
  return ChaseList.parse(await request<unknown>(`${scheme(sid)}/cycle/chase`, { query: { period } }));
}

export async function sweepLate(sid: string, period: string): Promise<UnitEvent[]> {
  return unwrapList<UnitEvent>(await request<unknown>(`${scheme(sid)}/cycle/sweep-late`, { method: 'POST', query: { period } }));
}

export async function myTasks(): Promise<ReporterTask[]> {
  return unwrapList<unknown>(await request<unknown>('/cycle/tasks')).map((t) => ReporterTask.parse(t));
}

export async function getSubmission(sid: string, unitId: string, period: string): Promise<SubmissionWithForm> {
  return SubmissionWithForm.parse(await request<unknown>(submissionPath(sid, unitId, period)));
}

export async function saveSubmission(sid: string, unitId: string, period: string, body: SubmissionBody, submit: boolean): Promise<SubmissionWithForm> {
  const res = await request<unknown>(submissionPath(sid, unitId, period), { method: 'PUT', body: { ...body, submit } });
  return SubmissionWithForm.parse(res);
}

export async function reviewSubmission(sid: string, unitId: string, period: string, review: ReviewBody): Promise<SubmissionWithForm> {
  return SubmissionWithForm.parse(await request<unknown>(`${submissionPath(sid, unitId, period)}/review`, { method: 'POST', body: review }));
}
