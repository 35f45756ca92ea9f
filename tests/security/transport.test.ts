import { call } from './helpers/client';
import { lanAddress, makeOrder, makePortalUser } from './helpers/fixtures';
import { actors, world } from './helpers/world';

/**
 * Findings 3, 4, 6 and part of 12: what differs in production on the wire —
 * the portal's refresh cookie over plain HTTP and behind a TLS proxy, CORS,
 * forwarded headers from untrusted peers, the X-Powered-By header.
 */
const w = world();
const who = actors(w);
let account: { email: string; password: string };
beforeAll(async () => {
  const { customer } = await makeOrder(who.api);
  account = await makePortalUser(who.superAdmin, 'customer', customer.documentId);
});

const refreshCookie = (headers: Record<string, unknown>) =>
  ((headers['set-cookie'] as string[] | undefined) ?? []).find((cookie) => cookie.startsWith('strapi_up_refresh='));
const login = (headers: Record<string, string>, from?: string) =>
  call(w.base, 'POST', '/api/auth/local', { identifier: account.email, password: account.password }, { headers, from });

describe('portal login in production (finding 3)', () => {
  it('works over plain HTTP on a factory LAN, with a cookie not marked Secure', async () => {
    const res = await login({ 'X-Forwarded-For': lanAddress() });
    expect(res.status).toBe(200);
    expect(res.body.jwt).toEqual(expect.any(String));
    const cookie = refreshCookie(res.headers);
    expect(cookie).toMatch(/httponly/i);
    expect(cookie).not.toMatch(/;\s*secure/i);
  });

  it('marks the cookie Secure behind the TLS-terminating proxy', async () => {
    const res = await login({ 'X-Forwarded-For': lanAddress(), 'X-Forwarded-Proto': 'https' });
    expect(res.status).toBe(200);
    expect(refreshCookie(res.headers)).toMatch(/;\s*secure/i);
  });

  it('does not believe a client that claims HTTPS itself, and still answers 200 (not 500)', async () => {
    const res = await login({ 'X-Forwarded-Proto': 'https' }, '127.0.0.2');
    expect(res.status).toBe(200);
    expect(refreshCookie(res.headers)).not.toMatch(/;\s*secure/i);
  });

  it('refreshes and logs out over plain HTTP too', async () => {
    const first = await login({ 'X-Forwarded-For': lanAddress() });
    const cookie = refreshCookie(first.headers)!.split(';')[0];
    const refreshed = await call(
      w.base,
      'POST',
      '/api/auth/refresh',
      {},
      { headers: { Cookie: cookie, 'X-Forwarded-For': lanAddress() } }
    );
    expect(refreshed.status).toBe(200);
    const out = await call(
      w.base,
      'POST',
      '/api/auth/logout',
      {},
      {
        headers: { Authorization: `Bearer ${refreshed.body.jwt}`, 'X-Forwarded-For': lanAddress() },
      }
    );
    expect(out.status).toBe(200);
  });
});

describe('CORS (finding 4)', () => {
  it('gives no CORS headers to the null origin or a stranger', async () => {
    for (const origin of ['null', 'https://evil.example']) {
      const res = await call(w.base, 'GET', '/api/orders', undefined, { headers: { Origin: origin } });
      expect([
        origin,
        res.headers['access-control-allow-origin'],
        res.headers['access-control-allow-credentials'],
      ]).toEqual([origin, undefined, undefined]);
    }
  });

  it('allows the listed portal origin with credentials, and caches the preflight ten minutes at most', async () => {
    const origin = 'https://portal.example.com';
    const res = await call(w.base, 'OPTIONS', '/api/orders', undefined, {
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(origin);
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    expect(Number(res.headers['access-control-max-age'])).toBeLessThanOrEqual(600);
  });
});

describe('login rate limit and forwarded headers (finding 6)', () => {
  /** Twelve wrong passwords, each claiming another client address in X-Forwarded-For. */
  const wrongLogins = async (network: string, from?: string) => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const res = await call(
        w.base,
        'POST',
        '/api/auth/local',
        { identifier: account.email, password: `wrong-${attempt}` },
        { headers: { 'X-Forwarded-For': `${network}.${attempt + 1}` }, from }
      );
      statuses.push(res.status);
    }
    return statuses;
  };

  it('cannot be reset by a forged X-Forwarded-For from a machine that is not the proxy', async () => {
    const statuses = await wrongLogins('203.0.113', '127.0.0.3');
    expect(statuses.slice(0, 10).every((status) => status === 400)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('believes the trusted proxy: each real client has its own limit', async () => {
    expect(new Set(await wrongLogins('198.51.100'))).toEqual(new Set([400]));
  });
});

describe('headers (finding 12)', () => {
  it('sends no X-Powered-By', async () => {
    const res = await call(w.base, 'GET', '/_health');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
