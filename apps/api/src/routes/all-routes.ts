import type { Route } from '../http/route.ts';
import { adminRoutes } from './admin.ts';
import { authRoutes } from './auth.ts';
import { bulletinRoutes } from './bulletins.ts';
import { cycleRoutes } from './cycle.ts';
import { dataRoutes } from './data.ts';
import { importRoutes } from './imports.ts';
import { projectRoutes } from './projects.ts';
import { jobRoutes } from './jobs.ts';
import { runRoutes } from './runs.ts';
import { schemeRoutes } from './schemes.ts';
import { submissionRoutes } from './submissions.ts';
import { versionRoutes } from './versions.ts';

/** Every /api/v1 route: mounted by the app, documented in OpenAPI, walked by the authorization test. */
export const ALL_ROUTES: readonly Route[] = [
  ...authRoutes,
  ...schemeRoutes,
  ...versionRoutes,
  ...dataRoutes,
  ...projectRoutes,
  ...importRoutes,
  ...runRoutes,
  ...jobRoutes,
  ...bulletinRoutes,
  ...adminRoutes,
  ...cycleRoutes,
  ...submissionRoutes,
];
