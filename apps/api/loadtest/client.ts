/** A signed-in HTTP client for the load script (plain fetch, session cookie kept). */
export interface Client {
  base: string;
  cookie: string;
  get(path: string): Promise<Response>;
  send(method: string, path: string, body: string | Buffer, type?: string): Promise<Response>;
}

export async function logIn(base: string, username: string, password: string): Promise<Client> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const client: Client = {
    base,
    cookie,
    get: (path) => fetch(`${base}/api/v1${path}`, { headers: { cookie } }),
    send: (method, path, body, type = 'application/json') => fetch(`${base}/api/v1${path}`, { method, headers: { cookie, 'content-type': type }, body }),
  };
  return client;
}
