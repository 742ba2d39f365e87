import { describe, expect, it } from 'vitest';
import { apiContract } from '../../../shared/api/contract';
import { inputLeaves } from '../../support/contract-walk';

/**
 * Issue 18 §1.5: every string, date and JSON value a method takes goes through
 * the contract's building blocks (shared/api/common.ts). This walks every
 * method's input schema; test/shared/api/common.test.ts shows the blocks
 * refuse what they should.
 */
describe('the contract’s inputs', () => {
  const methods = Object.entries(apiContract).map(([name, definition]) => ({ name, leaves: inputLeaves(definition.input) }));

  it('check every string for clean text, every date for its range, every JSON value deeply', () => {
    const missing = methods.flatMap(({ name, leaves }) => leaves.filter((leaf) => leaf.problems.length > 0).map((leaf) => `${name} ${leaf.path}: ${leaf.problems.join(', ')}`));
    expect(missing).toEqual([]);
  });

  it('reach the dates the review found stored (the walk sees them as dates)', () => {
    const dates = methods.flatMap(({ name, leaves }) => leaves.filter((leaf) => leaf.kind === 'instant' || leaf.kind === 'day').map((leaf) => `${name} ${leaf.path}`));
    expect(dates).toEqual(
      expect.arrayContaining([
        'complaints.create receivedAt',
        'opinionBook.record entryDate',
        'complaints.act action|4.newDueAt',
        'caseRecords.addCapa dueAt',
        'checklists.raiseAction dueAt',
      ]),
    );
  });
});
