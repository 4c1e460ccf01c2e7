import { gunzipSync } from 'node:zlib';
import type { Request, Response } from 'express';

/** An answer kept gzip-compressed with its strong ETag (a stored run view, a cached unit). */
export interface StoredAnswer {
  etag: string;
  bodyGz: Uint8Array;
}

/**
 * Sends a stored answer as it is: its ETag (If-None-Match → 304), and its gzip bytes to a client that accepts
 * gzip (every browser), so the compression middleware has nothing to do; a client that does not gets it inflated.
 */
export function sendStored(req: Request, res: Response, answer: StoredAnswer): void {
  res.setHeader('ETag', answer.etag);
  res.setHeader('Cache-Control', 'private, no-cache');
  res.vary('Accept-Encoding');
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  if (req.fresh) {
    res.status(304).end();
  } else if (req.acceptsEncodings('gzip') === 'gzip') {
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Content-Length', answer.bodyGz.byteLength);
    res.end(answer.bodyGz);
  } else {
    const body = gunzipSync(answer.bodyGz);
    res.setHeader('Content-Length', body.byteLength);
    res.end(body);
  }
}
