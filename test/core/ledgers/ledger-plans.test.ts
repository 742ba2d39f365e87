import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as repo from '../../../electron/core/ledgers/ledgers-repository';
import { openTestCore, type TestCore } from '../../support/temp-core';

/** A ledger's period is read through an index, not by scanning the table (a site keeps a million complaints and an audit row per write). */
let core: TestCore;
beforeAll(async () => {
  core = await openTestCore();
});
afterAll(() => core.close());

const range = { from: '2026-09-01T00:00:00.000Z', to: '2026-10-01T00:00:00.000Z', unit: null, limit: 3001 };
const complaints = { ...range, kinds: JSON.stringify(['complaint']), excluded: JSON.stringify([]) };

function plan(sql: string, params: object): string {
  return (core.context.store.read.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((p) => p.detail).join('\n');
}

describe('ledger queries', () => {
  it.each([
    ['complaints received', repo.COMPLAINTS_RECEIVED, complaints, /SEARCH c USING INDEX complaints_by_received \(received_at>\? AND received_at<\?\)/],
    ['complaints closed', repo.COMPLAINTS_CLOSED, complaints, /SEARCH c USING INDEX complaints_by_closed \(closed_at>\? AND closed_at<\?\)/],
    ['extension requests', repo.EXTENSIONS_IN_RANGE, range, /SEARCH e USING INDEX complaint_extensions_by_requested \(requested_at>\? AND requested_at<\?\)/],
    ['call-backs', repo.CALL_BACKS_IN_RANGE, range, /SEARCH b USING INDEX complaint_call_backs_by_at \(at>\? AND at<\?\)/],
    ['media incidents', repo.MEDIA_IN_RANGE, range, /SEARCH m USING INDEX media_incidents_by_time \(occurred_at>\? AND occurred_at<\?\)/],
    ['transfer exports', repo.TRANSFER_EXPORTS_IN_RANGE, range, /SEARCH a USING INDEX audit_transfer_exports \(at>\? AND at<\?\)/],
  ])('%s use their index', (_name, sql, params, expected) => {
    expect(plan(sql, params)).toMatch(expected);
  });
});
