import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON answer read by the assertions
  body: any;
}

export interface CallOptions {
  headers?: Record<string, string>;
  /** Send from this local address (127.0.0.2 is "another machine on the LAN", not the trusted proxy). */
  from?: string;
  /** A raw body, sent as is (e.g. a JSON text too deep or too large to build with JSON.stringify). */
  raw?: string;
}

/** One HTTP call to a running server, as a browser, a portal or an attacker would make it. */
export function call(
  base: string,
  method: string,
  url: string,
  body?: unknown,
  options: CallOptions = {}
): Promise<Answer> {
  const target = new URL(url, base);
  const payload = options.raw ?? (body === undefined ? undefined : JSON.stringify(body));
  const headers: Record<string, string | number> = { Accept: 'application/json', ...options.headers };
  if (payload !== undefined) {
    headers['Content-Type'] ??= 'application/json';
    headers['Content-Length'] = Buffer.byteLength(payload);
  }
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method,
        headers,
        localAddress: options.from,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = null;
          try {
            parsed = text ? JSON.parse(text) : null;
          } catch {
            parsed = null;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body: parsed });
        });
      }
    );
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** A client bound to one server and one credential (a bearer token, or none). */
export function as(base: string, token: string | null, defaults: CallOptions = {}) {
  const withAuth = (options: CallOptions = {}): CallOptions => ({
    ...defaults,
    ...options,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...defaults.headers, ...options.headers },
  });
  return {
    get: (url: string, options?: CallOptions) => call(base, 'GET', url, undefined, withAuth(options)),
    post: (url: string, body?: unknown, options?: CallOptions) => call(base, 'POST', url, body, withAuth(options)),
    put: (url: string, body?: unknown, options?: CallOptions) => call(base, 'PUT', url, body, withAuth(options)),
    delete: (url: string, options?: CallOptions) => call(base, 'DELETE', url, undefined, withAuth(options)),
  };
}
export type Client = ReturnType<typeof as>;

/** The paths of Strapi's `error.details.errors`, dot-joined. */
export const errorPaths = (answer: Answer): string[] =>
  ((answer.body?.error?.details?.errors ?? []) as Array<{ path: string[] }>).map((e) => e.path.join('.'));
export const errorRules = (answer: Answer): string[] =>
  ((answer.body?.error?.details?.errors ?? []) as Array<{ rule?: string }>).map((e) => e.rule ?? '');
