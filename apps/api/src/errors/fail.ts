import { ErrorCode, KaopingError, type Problem } from '@kaoping/contracts';

/** Shorthands for the errors routes throw; the error handler maps each code to a status. */
export const fail = {
  notFound: (what: string): KaopingError => new KaopingError(ErrorCode.NOT_FOUND, `${what}不存在`),
  forbidden: (message = '没有权限执行此操作'): KaopingError => new KaopingError(ErrorCode.FORBIDDEN, message),
  unauthenticated: (message = '请先登录'): KaopingError => new KaopingError(ErrorCode.UNAUTHENTICATED, message),
  conflict: (message: string): KaopingError => new KaopingError(ErrorCode.CONFLICT, message),
  invalid: (message: string, problems: Problem[] = []): KaopingError => new KaopingError(ErrorCode.VALIDATION_FAILED, message, problems),
};
