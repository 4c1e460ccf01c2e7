import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type Express, type Response } from 'express';

/** Vite names every file under assets/ by its content hash, so a browser may keep it forever; index.html never. */
function cacheHeaders(res: Response, path: string): void {
  res.setHeader('Cache-Control', /[/\\]assets[/\\]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/** Serves the admin SPA's build with an index.html fallback for every non-/api GET, if the build exists. */
export function serveAdmin(app: Express, dist: string | undefined): void {
  if (dist === undefined || !existsSync(join(dist, 'index.html'))) return;
  const root = resolve(dist);
  app.use(express.static(root, { index: 'index.html', setHeaders: cacheHeaders }));
  app.get('/{*splat}', (req, res, next) => {
    if (req.path === '/api' || req.path.startsWith('/api/')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(root, 'index.html'));
  });
}
