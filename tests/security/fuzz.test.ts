import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Answer, Client } from './helpers/client';
import { makeOrder } from './helpers/fixtures';
import { connect, watchRowChanges } from './helpers/db';
import { root } from './helpers/production';
import { worldForFile } from './helpers/world';

/**
 * Fuzzing the write endpoints and query parameters: the content API (core and
 * custom routes), the merchandiser plugin's admin routes and the Content
 * Manager's actions (clone included), as an integrator's token, an Editor and
 * an Author. Every answer is below 500; a refused write changes no table.
 */
jest.setTimeout(600_000);

const { w, who } = worldForFile();

interface Attribute {
  type: string;
  target?: string;
  relation?: string;
  repeatable?: boolean;
}
interface ContentType {
  uid: string;
  kind: 'collectionType' | 'singleType';
  info: { singularName: string; pluralName: string };
  attributes: Record<string, Attribute>;
}
interface Route {
  method: string;
  path: string;
}

const BAD: Record<string, unknown[]> = {
  string: [{ $gt: 1 }, 'x'.repeat(300), ['a']],
  text: [{ nested: true }, 'y'.repeat(25_000)],
  email: ['not-an-email', 42],
  enumeration: ['nope', 7],
  integer: ['abc', 1e20, 2.5, { $gt: 1 }],
  biginteger: ['abc', '99999999999999999999999'],
  decimal: ['abc', 1e12, 'Infinity'],
  float: ['abc', { a: 1 }],
  date: ['2026-02-31', '2026-99-99', 'tomorrow', 20260101],
  datetime: ['2026-13-40T99:99:00Z', 'noon'],
  boolean: ['maybe', { a: 1 }],
  json: [JSON.parse(`${'{"a":'.repeat(25)}1${'}'.repeat(25)}`)],
  relation: ['no-such-document', 987654321, { connect: [{ id: 'abc' }] }, { set: 'x' }],
  component: ['x', [{ unknownField: 1 }], 42],
  media: ['x', { id: 'abc' }],
  password: [{ a: 1 }],
  uid: ['Not A Uid!', 1],
};
const STRUCTURE: unknown[] = [
  {},
  { data: null },
  { data: [] },
  { data: 'x' },
  { data: { id: 1, documentId: 'x' } },
  { data: { unknownKey: 1 } },
];
const QUERIES = [
  'pagination[page]=1e300',
  'pagination[pageSize]=-1',
  'pagination[start]=abc',
  'sort=nope:sideways',
  'populate[unknown]=*',
  'fields[0]=password',
  'filters[id][$gt]=abc',
  'filters[$or][0][id][$in][0]=x',
  'filters[createdAt][$lt]=2026-02-31',
  'from=2026-02-31&to=2026-99-99&date=2026-13-01&days=abc&page=0&pageSize=1e9&merchandiser=x&unread=maybe&scope=all',
];

const failures: string[] = [];
const forbiddenWrites: string[] = [];
let requests = 0;

let rowChanges: Awaited<ReturnType<typeof watchRowChanges>> | null = null;
/** Rows changed per table so far (triggers count them in the writer's transaction): a refused write must not move them. */
const state = (): Promise<string> => rowChanges!.read();

const changedTables = (before: string, after: string) => {
  const rows = (text: string) =>
    new Map((JSON.parse(text) as Array<{ t: string; n: string }>).map((row) => [row.t, row.n]));
  const [was, is] = [rows(before), rows(after)];
  return [...is.keys()].filter((table) => was.get(table) !== is.get(table)).join(', ');
};

/**
 * Sends one fuzzed request: never a 5xx. A write is bracketed by two
 * readings of the row-change counters (the second is the next write's
 * first): refused, it must have changed nothing.
 */
let lastState: string | null = null;
async function probe(label: string, send: () => Promise<Answer>, write: boolean) {
  const before = write ? (lastState ?? (await state())) : null;
  const res = await send();
  requests += 1;
  if (res.status >= 500 || res.status === 0) failures.push(`${label} → ${res.status} ${res.text.slice(0, 160)}`);
  if (!write) return;
  const after = await state();
  if (res.status >= 400 && after !== before)
    forbiddenWrites.push(`${label} → ${res.status}: ${changedTables(before!, after)}`);
  lastState = after;
}

/**
 * Sends reads (and writes that are not bracketed) a few at a time: they leave
 * the database as it is, so only their answers are checked, and the server
 * answers them while the next are on the wire.
 */
async function probeMany(items: Array<[string, () => Promise<Answer>]>, width = 4) {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) await probe(item[0], item[1], false);
  };
  await Promise.all(Array.from({ length: width }, worker));
}

/** Outside the fuzzer (fixtures, other actors) the database may change: the next write takes a fresh fingerprint. */
async function settle() {
  lastState = null;
}

/** Malformed values for each attribute: the first `perField` of its type's list. */
const badBodies = (type: ContentType, perField = 99) =>
  Object.entries(type.attributes).flatMap(([name, attribute]) =>
    (BAD[attribute.type] ?? []).slice(0, perField).map((value) => ({ name, value }))
  );

let types: ContentType[] = [];
// Its own connection: the world's closes in an earlier afterAll (Jest runs them in declaration order).
const watcher = connect(w.database);
afterAll(async () => {
  await rowChanges?.stop();
  await watcher.destroy();
});
beforeEach(() => {
  failures.length = 0;
  forbiddenWrites.length = 0;
});
let orderId = '';
let counterSawWrite = false;

beforeAll(async () => {
  rowChanges = await watchRowChanges(watcher);
  const list = await who.superAdmin.get('/content-manager/content-types');
  await settle();
  types = (list.body.data as ContentType[]).filter((type) => type.uid.startsWith('api::'));
  const before = await state();
  orderId = (await makeOrder(who.api)).order.documentId;
  counterSawWrite = (await state()) !== before;
});

it('counts the rows a committed write changes (the check of refused writes can see one)', () => {
  expect(counterSawWrite).toBe(true);
});

/** A document of each type to update (null when the type has none yet). */
async function someDocument(client: Client, type: ContentType): Promise<string | null> {
  const res = await client.get(`/content-manager/collection-types/${type.uid}?page=1&pageSize=1`);
  return (res.body?.results?.[0]?.documentId as string | undefined) ?? null;
}

describe('the content API under fuzzing (full-access token)', () => {
  it('answers every malformed write and query below 500, and a refused write stores nothing', async () => {
    for (const type of types) {
      const base = type.kind === 'singleType' ? `/api/${type.info.singularName}` : `/api/${type.info.pluralName}`;
      const existing = type.kind === 'singleType' ? null : await someDocument(who.superAdmin, type);
      await probeMany([
        ...QUERIES.map((query): [string, () => Promise<Answer>] => [
          `GET ${base}?${query}`,
          () => who.api.get(`${base}?${query}`),
        ]),
        ...badBodies(type).map(({ name, value }): [string, () => Promise<Answer>] => {
          const filter = `filters[${name}][$eq]=${encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value))}`;
          return [`GET ${base}?${filter}`, () => who.api.get(`${base}?${filter}`)];
        }),
      ]);
      for (const body of STRUCTURE) {
        await probe(`POST ${base} ${JSON.stringify(body)}`, () => who.api.post(base, body), true);
      }
      for (const { name, value } of badBodies(type, 2)) {
        const body = { data: { [name]: value } };
        const label = `${name}=${JSON.stringify(value).slice(0, 40)}`;
        if (type.kind === 'collectionType') await probe(`POST ${base} ${label}`, () => who.api.post(base, body), true);
        const target = type.kind === 'singleType' ? base : existing ? `${base}/${existing}` : null;
        if (target) await probe(`PUT ${target} ${label}`, () => who.api.put(target, body), true);
      }
      await settle();
    }
    expect(failures).toEqual([]);
    expect(forbiddenWrites).toEqual([]);
    expect(requests).toBeGreaterThan(1000);
  });
});

/** Gendan's own routes as compiled: custom content-API routes and the plugin's admin routes. */
function routesIn(dir: string): Route[] {
  const found: Route[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- compiled route modules, read as data
    const exported = require(path.join(dir, file)).default as { routes?: Route[] } | undefined;
    // Core routers compute their routes from a running Strapi; their URLs are fuzzed per content type above.
    const routes = exported ? Object.getOwnPropertyDescriptor(exported, 'routes') : undefined;
    if (routes && 'value' in routes && Array.isArray(routes.value)) found.push(...(routes.value as Route[]));
  }
  return found;
}

const fill = (route: Route, id: string) => route.path.replace(/:documentId|:id/g, id);

describe('custom routes under fuzzing', () => {
  it('answers malformed bodies and queries below 500 on every custom content-API route', async () => {
    const apiDir = path.join(root, 'dist', 'src', 'api');
    const routes = readdirSync(apiDir).flatMap((api) => routesIn(path.join(apiDir, api, 'routes')));
    expect(routes.length).toBeGreaterThan(20);
    for (const route of routes) {
      for (const id of [orderId, 'no-such-document']) {
        const url = `/api${fill(route, id)}`;
        if (route.method === 'GET') {
          await probeMany(QUERIES.map((query) => [`GET ${url}?${query}`, () => who.api.get(`${url}?${query}`)]));
        } else {
          for (const body of [
            ...STRUCTURE,
            { data: { to: { $gt: 1 }, date: '2026-02-31', kind: 7, aql: 'x', lotSize: 1e20 } },
          ]) {
            await probe(
              `${route.method} ${url} ${JSON.stringify(body)}`,
              () => (route.method === 'PUT' ? who.api.put(url, body) : who.api.post(url, body)),
              false
            );
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it.each(['editor', 'author'] as const)(
    'answers the merchandiser plugin routes below 500 as an %s, writing nothing refused',
    async (role) => {
      const client = who[role];
      const routes = routesIn(path.join(root, 'dist', 'src', 'plugins', 'merchandiser', 'server', 'src', 'routes'));
      expect(routes.length).toBeGreaterThan(10);
      for (const route of routes) {
        const url = `/merchandiser${fill(route, orderId)}`;
        if (route.method === 'GET') {
          await probeMany(QUERIES.map((query) => [`${role} GET ${url}?${query}`, () => client.get(`${url}?${query}`)]));
        } else {
          for (const body of [
            ...STRUCTURE,
            { data: { to: 'shipped', stage: { $gt: 1 }, department: 7, decision: 'maybe' } },
            { documentIds: 'x', all: 'maybe' },
            { lines: [{ colour: 1e20 }] },
          ]) {
            await probe(
              `${role} ${route.method} ${url} ${JSON.stringify(body)}`,
              () => (route.method === 'PUT' ? client.put(url, body) : client.post(url, body)),
              true
            );
          }
          await settle();
        }
      }
      expect(failures).toEqual([]);
      expect(forbiddenWrites).toEqual([]);
    }
  );
});

describe('the Content Manager under fuzzing', () => {
  it.each(['editor', 'author'] as const)(
    'answers every action below 500 as an %s, clone included, writing nothing refused',
    async (role) => {
      const client = who[role];
      for (const type of types.filter((candidate) => candidate.kind === 'collectionType')) {
        const base = `/content-manager/collection-types/${type.uid}`;
        const existing = await someDocument(who.superAdmin, type);
        for (const query of [
          'page=1e300',
          'pageSize=abc',
          'sort=x:y',
          'filters[$and][0][id][$gt]=abc',
          'filters[$and][0][createdAt][$gte]=2026-02-31',
        ]) {
          await probe(`${role} GET ${base}?${query}`, () => client.get(`${base}?${query}`), false);
        }
        for (const { name, value } of badBodies(type, 1)) {
          const body = { [name]: value };
          const label = `${name}=${JSON.stringify(value).slice(0, 40)}`;
          await probe(`${role} POST ${base} ${label}`, () => client.post(base, body), true);
          if (existing) {
            await probe(
              `${role} PUT ${base}/${existing} ${label}`,
              () => client.put(`${base}/${existing}`, body),
              true
            );
            await probe(
              `${role} clone ${type.uid} ${label}`,
              () => client.post(`${base}/clone/${existing}`, body),
              true
            );
          }
        }
        await probe(
          `${role} clone ${type.uid} of nothing`,
          () => client.post(`${base}/clone/no-such-document`, {}),
          true
        );
        await probe(`${role} DELETE ${type.uid} of nothing`, () => client.delete(`${base}/no-such-document`), true);
        await probe(
          `${role} bulkDelete ${type.uid}`,
          () => client.post(`${base}/actions/bulkDelete`, { documentIds: { $gt: 1 } }),
          true
        );
        await settle();
      }
      expect(failures).toEqual([]);
      expect(forbiddenWrites).toEqual([]);
    }
  );
});
