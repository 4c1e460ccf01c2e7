import { describe, expect, it } from 'vitest';
import { CONTRACT_ENDPOINTS, contract } from './contract.ts';
import { primaryStatus } from './endpoint.ts';
import { ErrorBody } from './error-body.ts';

describe('the contract', () => {
  it('declares every route once, /auth included, each with a success status', () => {
    const keys = CONTRACT_ENDPOINTS.map((e) => `${e.method} ${e.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['post /auth/login', 'post /auth/logout', 'get /auth/me']));
    for (const e of CONTRACT_ENDPOINTS) expect(() => primaryStatus(e), keys.join()).not.toThrow();
  });

  it('gives a file download a 200 without a JSON schema, and a route without content a 204', () => {
    for (const e of CONTRACT_ENDPOINTS.filter((x) => x.download)) expect(e.responses[200], e.path).toBeNull();
    expect(contract.auth.logout.responses).toEqual({ 204: null });
  });

  it('answers a run job whole (201) or queued (202), each with its own schema', () => {
    const { responses } = contract.jobs.run;
    expect(primaryStatus(contract.jobs.run)).toBe(201);
    expect(responses[201]).not.toBe(responses[202]);
    expect(primaryStatus(contract.runs.get)).toBe(200);
    expect(contract.runs.get.responses[304]).toBeNull();
  });

  it('reads an error body only in the one shape, with a known code', () => {
    expect(ErrorBody.safeParse({ errors: [{ message: '找不到', extensions: { code: 'NOT_FOUND' } }] }).success).toBe(true);
    expect(ErrorBody.safeParse({ errors: [{ message: 'x', extensions: { code: 'NO_SUCH_CODE' } }] }).success).toBe(false);
    expect(ErrorBody.safeParse({ error: 'x' }).success).toBe(false);
  });
});
