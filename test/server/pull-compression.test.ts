import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SHIPPED_TEMPLATES } from '../../shared/checklists/templates';
import { PATHS, type PullResponse } from '../../shared/sync/protocol';
import { acceptedEncoding } from '../../server/http/compressed-reply';
import { admin, enrolledSite, openTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let auth: { authorization: string };
beforeEach(async () => {
  server = await openTestServer();
  ({ auth } = await enrolledSite(server.app));
});
afterEach(async () => server.close());

async function publish(kind: string, id: string, version: number, body: unknown): Promise<void> {
  const response = await server.app.inject({ method: 'POST', url: PATHS.adminReference, headers: admin, payload: { kind, id, version, body } });
  expect(response.statusCode, response.body).toBe(201);
}

/** Every shipped checklist template published to all sites: the realistic first pull (~200 KB of JSON). */
async function publishShippedTemplates(): Promise<void> {
  for (const template of SHIPPED_TEMPLATES) await publish('template', template.id, 1, template);
}

function pull(cursor: number, acceptEncoding?: string): Promise<LightMyRequestResponse> {
  return server.app.inject({ method: 'GET', url: `${PATHS.pull}?cursor=${cursor}`, headers: { ...auth, ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }) } });
}

/** The answer's JSON, decoded by its Content-Encoding (inject hands over the bytes as sent). */
function decoded(response: LightMyRequestResponse): PullResponse {
  const encoding = response.headers['content-encoding'];
  const bytes = encoding === 'gzip' ? gunzipSync(response.rawPayload) : encoding === 'br' ? brotliDecompressSync(response.rawPayload) : response.rawPayload;
  return JSON.parse(bytes.toString('utf8')) as PullResponse;
}

describe('a pull sends only what changed since the site’s cursor', () => {
  it('runs on the database the test run asked for', () => {
    expect(server.store.dialect).toBe(process.env.BRANCHLINE_TEST_PG_URL ? 'postgres' : 'sqlite');
  });

  it('a second pull with nothing published since carries no template bodies', async () => {
    await publishShippedTemplates();
    const first = decoded(await pull(0, 'gzip'));
    expect(first.items).toHaveLength(SHIPPED_TEMPLATES.length);
    expect(first.more).toBe(false);

    const second = await pull(first.nextCursor, 'gzip');
    expect(second.statusCode).toBe(200);
    expect(decoded(second)).toEqual({ items: [], nextCursor: first.nextCursor, more: false });
    expect(second.rawPayload.byteLength).toBeLessThan(100);
  });

  it('a change to one template sends only that template', async () => {
    await publishShippedTemplates();
    const { nextCursor } = decoded(await pull(0, 'br'));
    const changed = SHIPPED_TEMPLATES[3]!;
    await publish('template', changed.id, 2, { ...changed, version: '9.0.0' });

    const delta = decoded(await pull(nextCursor, 'br'));
    expect(delta.items).toEqual([{ kind: 'template', id: changed.id, version: 2, body: { ...changed, version: '9.0.0' } }]);
    expect(delta.nextCursor).toBeGreaterThan(nextCursor);
  });
});

describe('a pull answer is compressed when the site accepts it', () => {
  it('gzip and brotli answers decode to the same JSON as the plain one, and are far smaller', async () => {
    await publishShippedTemplates();
    const plain = await pull(0);
    const gzipped = await pull(0, 'gzip, deflate');
    const brotli = await pull(0, 'br, gzip');

    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(brotli.headers['content-encoding']).toBe('br');
    for (const response of [gzipped, brotli]) {
      expect(response.headers.vary).toBe('accept-encoding');
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(decoded(response)).toEqual(plain.json());
    }
    // All shipped templates: ~200 KB of JSON, sent in under a quarter of it.
    expect(plain.rawPayload.byteLength).toBeGreaterThan(150_000);
    expect(gzipped.rawPayload.byteLength / plain.rawPayload.byteLength).toBeLessThan(0.25);
    expect(brotli.rawPayload.byteLength / plain.rawPayload.byteLength).toBeLessThan(0.22);
  });

  it('a site that does not accept gzip or brotli gets plain JSON', async () => {
    await publishShippedTemplates();
    for (const refusing of [undefined, 'identity', 'deflate', 'gzip;q=0, br;q=0']) {
      const response = await pull(0, refusing);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding'], String(refusing)).toBeUndefined();
      expect((response.json() as PullResponse).items).toHaveLength(SHIPPED_TEMPLATES.length);
    }
  });

  it('a small answer goes uncompressed even to a site that accepts gzip', async () => {
    const response = await pull(0, 'gzip');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.json()).toEqual({ items: [], nextCursor: 0, more: false });
  });
});

describe('acceptedEncoding', () => {
  it.each([
    ['br, gzip', 'br'],
    ['gzip, deflate', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['GZIP', 'gzip'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['br;q=0, *', 'gzip'],
    ['identity', null],
    ['', null],
    [undefined, null],
  ] as const)('%s → %s', (header, expected) => {
    expect(acceptedEncoding(header)).toBe(expected);
  });
});
