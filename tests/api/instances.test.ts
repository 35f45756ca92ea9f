/**
 * Gendan on more than one machine: two instances on one PostgreSQL database
 * and one upload folder, behind a round-robin load balancer on loopback. A
 * read load gets no error from either instance, and the writes that could be
 * done twice (the same stage move, the same daily report, sent to both at
 * once) are done once. Two processes on one SQLite file is not a deployment
 * Gendan supports, so this runs in the PostgreSQL pass.
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';
import { makeLine } from '../helpers/production';
import { roundRobin, type RoundRobin } from '../helpers/round-robin';
import { startApp, type TestApp } from '../helpers/strapi';
import { day, makeReadyOrder } from '../helpers/workflow';

const onPostgres = process.env.DATABASE_CLIENT === 'postgres';

(onPostgres ? describe : describe.skip)('two instances behind a load balancer', () => {
  let app: TestApp;
  let child: ChildProcess;
  let lb: RoundRobin;
  let ports: number[];

  const next = <T extends { type: string }>(type: string) =>
    new Promise<T>((resolve, reject) => {
      const listener = (message: T & { error?: string }) => {
        if (message.type === 'error') reject(new Error(message.error));
        if (message.type === type) {
          child.off('message', listener);
          resolve(message);
        }
      };
      child.on('message', listener);
    });

  const call = (base: string, method: string, url: string, body?: unknown) =>
    fetch(`${base}${url}`, {
      method,
      headers: { Authorization: `Bearer ${app.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });

  beforeAll(async () => {
    app = await startApp();
    await new Promise<void>((resolve) => app.strapi.server.listen(0, '127.0.0.1', () => resolve()));
    child = fork(path.join(__dirname, '..', 'helpers', 'second-instance.js'), [], {
      env: { ...process.env },
      stdio: 'inherit',
    });
    await next('ready');
    const listening = next<{ type: string; port: number }>('listening');
    child.send({ type: 'listen' });
    ports = [(app.strapi.server.httpServer.address() as AddressInfo).port, (await listening).port];
    lb = await roundRobin(ports);
  }, 180_000);

  afterAll(async () => {
    await lb?.close();
    child?.send({ type: 'stop' });
    if (child) await new Promise((resolve) => child.once('exit', resolve));
    await app?.stop();
  });

  it('serves a concurrent read load through both instances without an error', async () => {
    await makeReadyOrder(app);
    const before = [...lb.served];
    const result = await autocannon({
      url: `${lb.url}/api/orders?pagination[pageSize]=25&sort=exFactoryDate:asc&populate[lines][fields][0]=quantity`,
      headers: { Authorization: `Bearer ${app.token}` },
      amount: 400,
      connections: 8,
      timeout: 30,
    });
    expect(result.errors + result.timeouts + result.non2xx).toBe(0);
    expect(result['2xx']).toBe(400);
    expect(lb.served[0] - before[0]).toBe(200);
    expect(lb.served[1] - before[1]).toBe(200);
  }, 120_000);

  it('moves each order once when the same transition reaches both instances at once', async () => {
    const orders = await Promise.all(Array.from({ length: 8 }, () => makeReadyOrder(app)));
    const answers = await Promise.all(
      orders.flatMap(({ order }) =>
        ports.map((port) =>
          call(`http://127.0.0.1:${port}`, 'POST', `/api/orders/${order.documentId}/transitions`, {
            data: { to: 'on-hold' },
          }).then((res) => res.status)
        )
      )
    );
    expect(answers.filter((status) => status === 200)).toHaveLength(orders.length);
    expect(answers.filter((status) => status === 409)).toHaveLength(orders.length);
    for (const { order } of orders) {
      const moves = await app.strapi.db
        .query('api::order-history.order-history')
        .count({ where: { order: { documentId: order.documentId }, kind: 'transition', toStage: 'on-hold' } });
      expect(moves).toBe(1);
    }
  }, 120_000);

  it('records one daily report when the same report reaches both instances at once', async () => {
    const { order } = await makeReadyOrder(app, { orderDate: day(-20) });
    const line = await makeLine(app);
    const dates = Array.from({ length: 6 }, (_, i) => day(-i));
    const answers = await Promise.all(
      dates.flatMap((date) =>
        ports.map((port) =>
          call(`http://127.0.0.1:${port}`, 'POST', '/api/production-reports', {
            data: { order: order.documentId, line: line.documentId, date, operation: 'sewing', goodQty: 10 },
          }).then((res) => res.status)
        )
      )
    );
    expect(answers.filter((status) => status === 201)).toHaveLength(dates.length);
    expect(answers.filter((status) => status === 409)).toHaveLength(dates.length);
    const stored = await app.strapi.db
      .query('api::production-report.production-report')
      .count({ where: { order: { documentId: order.documentId } } });
    expect(stored).toBe(dates.length);
  }, 120_000);

  it('serves a file uploaded through one instance from the other (shared upload folder)', async () => {
    const form = new FormData();
    const text = `carton marks ${Date.now()}`;
    form.append('files', new Blob([text], { type: 'text/plain' }), 'marks.txt');
    const uploaded = await fetch(`http://127.0.0.1:${ports[0]}/api/upload`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${app.token}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const [file] = (await uploaded.json()) as Array<{ id: number; url: string }>;
    try {
      const served = await fetch(`http://127.0.0.1:${ports[1]}${file.url}`);
      expect(served.status).toBe(200);
      expect(await served.text()).toBe(text);
    } finally {
      await call(`http://127.0.0.1:${ports[1]}`, 'DELETE', `/api/upload/files/${file.id}`);
    }
  }, 60_000);
});
