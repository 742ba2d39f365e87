import { gzipSync } from 'node:zlib';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BATCH_ENTRIES, MAX_DECOMPRESSED_BYTES, MAX_REQUEST_BYTES, errorBodySchema } from '../../shared/sync/protocol';
import { admin, entry, enrolledSite, openTestServer, push, rowCounts, type TestServer } from './support/test-server';

let server: TestServer;
let auth: { authorization: string };
beforeAll(async () => {
  server = await openTestServer();
  auth = (await enrolledSite(server.app, 'AA01')).auth;
  // Something to leave unchanged.
  await push(server.app, auth, { batchId: 'seed', entries: [entry({ entityId: 'kept' })] });
});
afterAll(async () => server.close());

const json = { 'content-type': 'application/json' };
const gzipJson = { 'content-type': 'application/json', 'content-encoding': 'gzip' };
const validBatch = () => ({ batchId: 'b', entries: [entry()] });
const sha = 'a'.repeat(64);

/** Every endpoint, every kind of bad input: each answer is a 4xx with the error body, and no table changes. */
const cases: { name: string; request: () => InjectOptions; status: number; code: string }[] = [
  { name: 'push: malformed JSON', request: () => ({ method: 'POST', url: '/api/v1/push', headers: { ...auth, ...json }, payload: '{"batchId":' }), status: 400, code: 'bad_json' },
  { name: 'push: gzip header, bytes not gzip', request: () => ({ method: 'POST', url: '/api/v1/push', headers: { ...auth, ...gzipJson }, payload: JSON.stringify(validBatch()) }), status: 400, code: 'bad_encoding' },
  { name: 'push: unknown encoding', request: () => ({ method: 'POST', url: '/api/v1/push', headers: { ...auth, ...json, 'content-encoding': 'br' }, payload: '{}' }), status: 415, code: 'bad_encoding' },
  { name: 'push: gzip JSON that is not JSON', request: () => ({ method: 'POST', url: '/api/v1/push', headers: { ...auth, ...gzipJson }, payload: gzipSync('not json') }), status: 400, code: 'bad_json' },
  { name: 'push: wrong types', request: () => ({ method: 'POST', url: '/api/v1/push', headers: { ...auth, ...json }, payload: JSON.stringify({ batchId: 7, entries: 'x' }) }), status: 400, code: 'invalid_body' },
  { name: 'push: version not an integer', request: () => ({ method: 'POST', url: '/api/v1/push', headers: { ...auth, ...json }, payload: JSON.stringify({ batchId: 'b', entries: [{ ...entry(), entityVersion: 1.5 }] }) }), status: 400, code: 'invalid_body' },
  { name: 'push: unknown field in an entry', request: () => ({ method: 'POST', url: '/api/v1/push', headers: { ...auth, ...json }, payload: JSON.stringify({ batchId: 'b', entries: [{ ...entry(), siteId: 'other' }] }) }), status: 400, code: 'invalid_body' },
  { name: 'push: a payload that is not an object', request: () => ({ method: 'POST', url: '/api/v1/push', headers: { ...auth, ...json }, payload: JSON.stringify({ batchId: 'b', entries: [{ ...entry(), payload: ['not', 'a', 'record'] }] }) }), status: 400, code: 'invalid_body' },
  { name: 'push: empty batch', request: () => ({ method: 'POST', url: '/api/v1/push', headers: { ...auth, ...json }, payload: JSON.stringify({ batchId: 'b', entries: [] }) }), status: 400, code: 'invalid_body' },
  { name: 'push: same entry twice in one batch', request: () => { const e = entry(); return { method: 'POST', url: '/api/v1/push', headers: { ...auth, ...json }, payload: JSON.stringify({ batchId: 'b', entries: [e, e] }) }; }, status: 400, code: 'invalid_body' },
  // The server writes a batch's records in one multi-row statement sized for at most MAX_BATCH_ENTRIES rows.
  { name: 'push: more entries than a batch may carry', request: () => ({ method: 'POST', url: '/api/v1/push', headers: { ...auth, ...json }, payload: JSON.stringify({ batchId: 'b', entries: Array.from({ length: MAX_BATCH_ENTRIES + 1 }, () => entry()) }) }), status: 400, code: 'invalid_body' },
  { name: 'push: body over the limit', request: () => ({ method: 'POST', url: '/api/v1/push', headers: { ...auth, ...json }, payload: JSON.stringify({ batchId: 'b', entries: [entry({ payload: { text: 'x'.repeat(MAX_REQUEST_BYTES) } })] }) }), status: 413, code: 'too_large' },
  { name: 'push: gzip bomb', request: () => ({ method: 'POST', url: '/api/v1/push', headers: { ...auth, ...gzipJson }, payload: gzipSync(JSON.stringify({ batchId: 'b', entries: [entry({ payload: { text: ' '.repeat(MAX_DECOMPRESSED_BYTES) } })] })) }), status: 413, code: 'too_large' },
  { name: 'push: text/plain', request: () => ({ method: 'POST', url: '/api/v1/push', headers: { ...auth, 'content-type': 'text/plain' }, payload: JSON.stringify(validBatch()) }), status: 415, code: 'unsupported_media_type' },
  { name: 'enrol: malformed JSON', request: () => ({ method: 'POST', url: '/api/v1/enrol', headers: json, payload: '{' }), status: 400, code: 'bad_json' },
  { name: 'enrol: unknown field', request: () => ({ method: 'POST', url: '/api/v1/enrol', headers: json, payload: JSON.stringify({ code: 'ABCD-EFGH-JKMN', deviceName: 'pc', siteId: 'x' }) }), status: 400, code: 'invalid_body' },
  { name: 'enrol: unknown code', request: () => ({ method: 'POST', url: '/api/v1/enrol', headers: json, payload: JSON.stringify({ code: 'ABCD-EFGH-JKMN', deviceName: 'pc' }) }), status: 401, code: 'enrol_code_invalid' },
  { name: 'pull: cursor not a number', request: () => ({ method: 'GET', url: '/api/v1/pull?cursor=abc', headers: auth }), status: 400, code: 'invalid_body' },
  { name: 'pull: negative cursor', request: () => ({ method: 'GET', url: '/api/v1/pull?cursor=-1', headers: auth }), status: 400, code: 'invalid_body' },
  { name: 'pull: unknown parameter', request: () => ({ method: 'GET', url: '/api/v1/pull?cursor=0&site=x', headers: auth }), status: 400, code: 'invalid_body' },
  { name: 'blobs/missing: not hashes', request: () => ({ method: 'POST', url: '/api/v1/blobs/missing', headers: { ...auth, ...json }, payload: JSON.stringify({ hashes: ['xyz'] }) }), status: 400, code: 'invalid_body' },
  { name: 'blob put: bad hash in path', request: () => ({ method: 'PUT', url: '/api/v1/blobs/not-a-hash', headers: { ...auth, 'content-type': 'application/octet-stream' }, payload: Buffer.from('x') }), status: 400, code: 'invalid_body' },
  { name: 'blob put: bytes do not match the hash', request: () => ({ method: 'PUT', url: `/api/v1/blobs/${sha}`, headers: { ...auth, 'content-type': 'application/octet-stream' }, payload: Buffer.from('x') }), status: 422, code: 'hash_mismatch' },
  { name: 'blob put: over 1 MiB', request: () => ({ method: 'PUT', url: `/api/v1/blobs/${sha}`, headers: { ...auth, 'content-type': 'application/octet-stream' }, payload: Buffer.alloc(2 ** 20 + 1) }), status: 413, code: 'too_large' },
  { name: 'blob put: sent as JSON', request: () => ({ method: 'PUT', url: `/api/v1/blobs/${sha}`, headers: { ...auth, ...json }, payload: '{}' }), status: 415, code: 'unsupported_media_type' },
  { name: 'admin: site code with spaces', request: () => ({ method: 'POST', url: '/api/v1/admin/sites', headers: { ...admin, ...json }, payload: JSON.stringify({ code: 'A B', name: 'x' }) }), status: 400, code: 'invalid_body' },
  { name: 'admin: reference of an unknown kind', request: () => ({ method: 'POST', url: '/api/v1/admin/reference', headers: { ...admin, ...json }, payload: JSON.stringify({ kind: 'virus', id: 'x', version: 1, body: {} }) }), status: 400, code: 'invalid_body' },
  { name: 'admin: reference for an unknown site', request: () => ({ method: 'POST', url: '/api/v1/admin/reference', headers: { ...admin, ...json }, payload: JSON.stringify({ kind: 'user', id: 'x', version: 1, body: {}, siteId: 'nope' }) }), status: 404, code: 'not_found' },
  { name: 'admin: revoke an unknown device', request: () => ({ method: 'POST', url: '/api/v1/admin/devices/nope/revoke', headers: admin }), status: 404, code: 'not_found' },
  { name: 'unknown endpoint', request: () => ({ method: 'GET', url: '/api/v1/everything', headers: auth }), status: 404, code: 'not_found' },
];

describe('bad input to every endpoint', () => {
  it.each(cases)('$name → $status $code, nothing changes', async ({ request, status, code }) => {
    const before = await rowCounts(server.store);
    const response = await server.app.inject(request());
    expect(response.statusCode).toBe(status);
    const body = errorBodySchema.parse(response.json());
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/); // 中文 / English
    expect(await rowCounts(server.store)).toEqual(before);
  });

  it('still accepts a good batch afterwards', async () => {
    expect((await push(server.app, auth, validBatch())).statusCode).toBe(200);
  });
});
