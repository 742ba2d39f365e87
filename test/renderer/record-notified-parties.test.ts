import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../shared/api/complaints';
import type { Grade } from '../../shared/api/grading';
import { partiesOf } from '../../renderer/screens/complaints/grading/use-record-notified';
import { fakeGrade, sampleComplaint } from './fixtures';

/** A step counted from `party`'s being told, started or still waiting. */
function notifiedStep(step: string, party: string, startedAt: string | null): Grade['deadlines'][number] {
  return {
    milestone: 'escalation',
    step,
    source: 'seed002 客户管理制度8 具体内容6',
    due: null,
    provisional: false,
    agreed: false,
    pausedMinutes: 0,
    done: false,
    overdue: false,
    clockStartedAt: startedAt,
    clockBasis: { kind: 'notified', party, whom: null, way: null },
  };
}

function withSteps(...steps: Grade['deadlines']): Complaint {
  const grade = fakeGrade({ receivedAt: sampleComplaint.receivedAt });
  return { ...sampleComplaint, grade: { ...grade, deadlines: [...grade.deadlines, ...steps] } };
}

describe('the parties 记录通知 offers (partiesOf)', () => {
  it('lists each party a step counts from once, those still awaited first', () => {
    const complaint = withSteps(
      notifiedStep('escalation.supervisor', 'station_lead', '2026-12-01T02:00:00.000Z'),
      notifiedStep('escalation.manager', 'area_manager', null),
      notifiedStep('escalation.office', 'station_lead', null),
    );
    expect(partiesOf(complaint)).toEqual(['area_manager', 'station_lead']);
  });

  it('offers none when no step counts from someone being told, or the case is ungraded', () => {
    expect(partiesOf(withSteps())).toEqual([]);
    expect(partiesOf({ ...sampleComplaint, grade: null })).toEqual([]);
  });
});
