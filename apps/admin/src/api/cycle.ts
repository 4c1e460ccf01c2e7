import {
  contract,
  type ChaseList,
  type CycleSettings,
  type CycleView,
  type ReporterTask,
  type ReviewBody,
  type SubmissionBody,
  type SubmissionWithForm,
  type UnitEvent,
} from '@kaoping/contracts';
import { call } from './client.ts';

export function getCycle(sid: string): Promise<CycleView> {
  return call(contract.cycle.get, { params: { sid } });
}

export function saveCycle(sid: string, settings: CycleSettings): Promise<CycleView> {
  return call(contract.cycle.save, { params: { sid }, body: settings });
}

export function getChaseList(sid: string, period?: string): Promise<ChaseList> {
  return call(contract.cycle.chase, { params: { sid }, query: period === undefined ? {} : { period } });
}

export async function sweepLate(sid: string, period: string): Promise<UnitEvent[]> {
  return (await call(contract.cycle.sweepLate, { params: { sid }, query: { period } })).data;
}

export async function myTasks(): Promise<ReporterTask[]> {
  return (await call(contract.cycle.tasks)).data;
}

export function getSubmission(sid: string, unitId: string, period: string): Promise<SubmissionWithForm> {
  return call(contract.submissions.get, { params: { sid, unitId, period } });
}

export function saveSubmission(sid: string, unitId: string, period: string, body: SubmissionBody, submit: boolean): Promise<SubmissionWithForm> {
  return call(contract.submissions.save, { params: { sid, unitId, period }, body: { ...body, submit } });
}

export function reviewSubmission(sid: string, unitId: string, period: string, review: ReviewBody): Promise<SubmissionWithForm> {
  return call(contract.submissions.review, { params: { sid, unitId, period }, body: review });
}
