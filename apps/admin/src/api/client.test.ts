import { contract } from '@kaoping/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.ts';
import { answerOf, call, urlOf } from './client.ts';
import { onUnauthorized } from './request.ts';

const SCHEME = { id: 'luoxi-2022', name: '罗溪 2022', createdAt: '2022-01-01T00:00:00Z', createdBy: 'admin', latestVersion: 2, reviewRequired: false };

/** Answers every fetch with this status and JSON body, and records the requests. */
function answer(status: number, body: unknown) {
  const fetchMock = vi.fn(
    async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the typed client', () => {
  it('fills the path, sends the query and body, and returns an answer that fits the contract', async () => {
    const fetchMock = answer(200, { data: [SCHEME] });
    await expect(call(contract.schemes.list)).resolves.toEqual({ data: [SCHEME] });
    answer(200, { data: [] });
    await call(contract.runs.gaps, { params: { sid: 'a b' }, query: { asOf: '2022-06-30', version: 2 } });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/schemes');
    const put = answer(200, SCHEME);
    await call(contract.schemes.saveSettings, { params: { sid: 'luoxi-2022' }, body: { reviewRequired: false } });
    expect(put.mock.calls[0]?.[0]).toBe('/api/v1/schemes/luoxi-2022/settings');
    expect(put.mock.calls[0]?.[1]).toMatchObject({ method: 'PUT', body: '{"reviewRequired":false}' });
    expect(urlOf(contract.runs.gaps, { params: { sid: 'a b' }, query: { asOf: '2022-06-30', version: 2 } })).toBe(
      '/api/v1/schemes/a%20b/gaps?asOf=2022-06-30&version=2',
    );
  });

  it('treats an answer of another shape as an error naming where it does not fit, never as an empty list', async () => {
    answer(200, { nope: 1 });
    const error = await call(contract.schemes.list).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('BAD_RESPONSE');
    expect((error as ApiError).problems.map((p) => p.pointer)).toEqual(['/data']);
    answer(200, { data: [{ ...SCHEME, latestVersion: 'v2' }] });
    const field = await call(contract.schemes.list).catch((e: unknown) => e);
    expect((field as ApiError).problems.map((p) => p.pointer)).toEqual(['/data/0/latestVersion']);
  });

  it('parses each status with its own schema, and refuses a status the endpoint does not declare', async () => {
    const job = {
      id: 'j1',
      kind: 'run',
      schemeId: 'luoxi-2022',
      state: 'queued',
      progress: 0,
      detail: null,
      attempts: 0,
      result: null,
      error: null,
      createdBy: 'admin',
      createdAt: '2022-07-01T00:00:00Z',
      startedAt: null,
      finishedAt: null,
    };
    answer(202, job);
    const queued = await answerOf(contract.jobs.run, { params: { sid: 'luoxi-2022' }, body: { asOf: '2022-06-30' }, query: { wait: 5000 } });
    expect(queued).toEqual({ status: 202, data: job });
    answer(201, job);
    await expect(answerOf(contract.jobs.run, { params: { sid: 'luoxi-2022' }, body: { asOf: '2022-06-30' } })).rejects.toMatchObject({
      code: 'BAD_RESPONSE',
      status: 201,
    });
    answer(200, job);
    await expect(answerOf(contract.jobs.run, { params: { sid: 'luoxi-2022' }, body: { asOf: '2022-06-30' } })).rejects.toMatchObject({
      code: 'BAD_RESPONSE',
      status: 200,
    });
  });

  it("reads an error answer only in the contract's ErrorBody shape, never guessing a code from the status", async () => {
    answer(502, '<html>Bad Gateway</html>');
    await expect(call(contract.schemes.list)).rejects.toMatchObject({ code: 'BAD_RESPONSE', status: 502 });
    answer(400, { errors: [{ message: '规则包有误', extensions: { code: 'RULE_PACK_INVALID', pointer: '/indicators/0' } }] });
    await expect(call(contract.schemes.list)).rejects.toMatchObject({
      code: 'RULE_PACK_INVALID',
      problems: [{ message: '规则包有误', pointer: '/indicators/0' }],
    });
  });

  it('turns an error answer into an ApiError with its code, and tells listeners about a 401', async () => {
    answer(404, { errors: [{ message: '找不到方案 x', extensions: { code: 'NOT_FOUND' } }] });
    await expect(call(contract.schemes.overview, { params: { sid: 'x' } })).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404, message: '找不到方案 x' });
    const dropped = vi.fn();
    const stop = onUnauthorized(dropped);
    answer(401, { errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] });
    await expect(call(contract.schemes.list)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(dropped).toHaveBeenCalledTimes(1);
    stop();
  });
});
