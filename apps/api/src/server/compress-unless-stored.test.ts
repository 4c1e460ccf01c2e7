import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { compressUnlessStored } from './compress-unless-stored.ts';

/** Every route answers 8 KB of JSON, well above compression's 1 KB threshold. */
function app() {
  const a = express();
  a.use(compressUnlessStored('/api/v1'));
  a.all('/{*any}', (_req, res) => void res.json({ filler: 'x'.repeat(8192) }));
  return a;
}

const encodingOf = async (method: 'get' | 'post' | 'head', path: string) =>
  (await request(app())[method](path).set('Accept-Encoding', 'gzip')).headers['content-encoding'];

describe('compressUnlessStored', () => {
  it('leaves the GETs of stored answers (a run, one unit of it) to sendStored, whatever their case or trailing slash', async () => {
    for (const path of ['/api/v1/runs/r1', '/api/v1/runs/r1/units/J01', '/api/v1/runs/r1/', '/API/v1/Runs/r1']) {
      expect(await encodingOf('get', path), path).toBeUndefined();
    }
    expect(await encodingOf('head', '/api/v1/runs/r1')).toBeUndefined();
  });

  it('compresses every other answer: other run routes, other resources, other methods on the same paths', async () => {
    for (const path of ['/api/v1/runs/r1/gaps', '/api/v1/runs/r1/units/J01/x', '/api/v1/schemes', '/runs/r1', '/api/v2/runs/r1', '/']) {
      expect(await encodingOf('get', path), path).toBe('gzip');
    }
    expect(await encodingOf('post', '/api/v1/runs/r1')).toBe('gzip');
  });
});
