import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RoundRobin {
  url: string;
  /** Requests forwarded to each upstream, in the order given. */
  served: number[];
  close: () => Promise<void>;
}

/**
 * The smallest HTTP load balancer: each request goes to the next upstream in
 * turn, as any round-robin balancer in front of Gendan's instances would send it.
 */
export async function roundRobin(ports: number[]): Promise<RoundRobin> {
  const served = ports.map(() => 0);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  let next = 0;
  const server = http.createServer((req, res) => {
    const target = next % ports.length;
    next += 1;
    served[target] += 1;
    const upstream = http.request(
      { host: '127.0.0.1', port: ports[target], method: req.method, path: req.url, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      }
    );
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}
