/** What a route needs, as the role table grants it. Reporters' unit scoping is checked by the routes themselves. */
export type Permission =
  | 'scheme:read'
  | 'scheme:write'
  | 'draft'
  | 'version:read'
  | 'version:write'
  | 'data:read'
  | 'data:write'
  | 'report:submit'
  | 'run:read'
  | 'run:write'
  | 'users'
  | 'audit';
