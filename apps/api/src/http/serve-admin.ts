import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type Express } from 'express';

/** Serves the admin SPA's build with an index.html fallback for every non-/api GET, if the build exists. */
export function serveAdmin(app: Express, dist: string | undefined): void {
  if (dist === undefined || !existsSync(join(dist, 'index.html'))) return;
  const root = resolve(dist);
  app.use(express.static(root, { index: 'index.html' }));
  app.get('/{*splat}', (req, res, next) => {
    if (req.path === '/api' || req.path.startsWith('/api/')) return next();
    res.sendFile(join(root, 'index.html'));
  });
}
