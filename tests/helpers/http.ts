import request from 'supertest';
import type { TestApp } from './strapi';

type Method = 'get' | 'post' | 'put' | 'delete';

/** Supertest bound to the app, authenticated with the full-access token unless told otherwise. */
export function http(app: TestApp, auth: string | null = app.token) {
  const call = (method: Method, url: string, body?: unknown) => {
    let req = request(app.strapi.server.httpServer)[method](url);
    if (auth) req = req.set('Authorization', `Bearer ${auth}`);
    return body === undefined ? req : req.send(body as object);
  };
  return {
    get: (url: string) => call('get', url),
    post: (url: string, body: unknown) => call('post', url, body),
    put: (url: string, body: unknown) => call('put', url, body),
    delete: (url: string) => call('delete', url),
  };
}

/** The paths of Strapi's `error.details.errors`, joined with dots: what a client reads to find the field. */
export const errorPaths = (body: { error?: { details?: { errors?: Array<{ path: string[] }> } } }) =>
  (body.error?.details?.errors ?? []).map((e) => e.path.join('.'));

export const errorRules = (body: { error?: { details?: { errors?: Array<{ rule?: string }> } } }) =>
  (body.error?.details?.errors ?? []).map((e) => e.rule);
