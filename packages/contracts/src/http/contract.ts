import type { Endpoint } from './endpoint.ts';
import { auth } from './routes/auth.ts';
import { bulletins } from './routes/bulletins.ts';
import { cycle } from './routes/cycle.ts';
import { data } from './routes/data.ts';
import { imports } from './routes/imports.ts';
import { jobs } from './routes/jobs.ts';
import { projects } from './routes/projects.ts';
import { runs } from './routes/runs.ts';
import { schemes } from './routes/schemes.ts';
import { submissions } from './routes/submissions.ts';
import { users } from './routes/users.ts';
import { versions } from './routes/versions.ts';

/**
 * Every /api/v1 endpoint by area (`contract.runs.create`): the API binds a handler to each, documents
 * them in OpenAPI and walks them in the authorization test; the SPA calls them through its typed client.
 */
export const contract = { auth, schemes, versions, data, projects, imports, runs, jobs, bulletins, users, cycle, submissions } as const;

/** The endpoints of `contract` as one list. */
export const CONTRACT_ENDPOINTS: readonly Endpoint[] = Object.values(contract).flatMap((area): Endpoint[] => Object.values(area));
