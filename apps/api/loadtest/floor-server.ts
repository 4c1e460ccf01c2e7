import { createServer } from 'node:http';

/**
 * The floor (started by floor.ts): a bare node:http server that answers every request with the bytes and headers
 * it is sent over IPC. No Express, no session, no middleware: what answering a stored run costs on this machine.
 */
process.once('message', (message) => {
  const { headers, body } = message as { headers: Record<string, string>; body: string };
  const bytes = Buffer.from(body, 'base64');
  const server = createServer({}, (_req, res) => {
    res.writeHead(200, headers);
    res.end(bytes);
  });
  server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, () => {
    const address = server.address();
    process.send?.(typeof address === 'object' && address !== null ? address.port : 0);
  });
});
