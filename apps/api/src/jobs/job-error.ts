import { ErrorCode, KaopingError, type Problem } from '@kaoping/contracts';

/** An error as it crosses from a worker thread: KaopingErrors keep their code and problems. */
export interface JobError {
  code: ErrorCode | null;
  message: string;
  problems: Problem[];
}

export function toJobError(e: unknown): JobError {
  if (e instanceof KaopingError) return { code: e.code, message: e.message, problems: e.problems };
  return { code: null, message: e instanceof Error ? e.message : String(e), problems: [] };
}

/** The error again on the request thread; an unexpected one stays a plain Error (a 500, logged). */
export function fromJobError(e: JobError): Error {
  return e.code === null ? new Error(e.message) : new KaopingError(e.code, e.message, e.problems);
}

/** A job the pool stopped: it ran past the time limit, ran out of memory, or its worker died. */
export function jobFailed(reason: string): KaopingError {
  return new KaopingError(ErrorCode.JOB_FAILED, `后台任务未完成：${reason}，未写入任何数据`, [{ message: reason }]);
}
