import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../shared/api/complaints';
import type { Grade } from '../../shared/api/grading';
import { detailOf, fakeGrade, limei, renderSignedIn, sampleComplaint } from './fixtures';

/** The management-office head's 5 minutes, counted 接报后 (seed002 客户管理制度8 具体内容6). */
function withSupervisorStep(startedAt: string | null): Complaint {
  const grade = fakeGrade({ receivedAt: sampleComplaint.receivedAt });
  const step: Grade['deadlines'][number] = {
    milestone: 'escalation',
    step: 'escalation.supervisor',
    source: 'seed002 客户管理制度8 具体内容6',
    due: startedAt ? new Date(new Date(startedAt).getTime() + 5 * 60_000).toISOString() : null,
    provisional: false,
    agreed: false,
    pausedMinutes: 0,
    done: false,
    overdue: false,
    clockStartedAt: startedAt,
    clockBasis: { kind: 'notified', party: 'station_lead', whom: startedAt ? '王站长' : null, way: startedAt ? 'phone' : null },
  };
  return { ...sampleComplaint, grade: { ...grade, deadlines: [...grade.deadlines, step] } };
}

describe('recording who was told, so the step counted 接报后 starts (seed002 客户管理制度8 具体内容6)', () => {
  it('says the step waits for the office head, sends who, how and when, and then shows when and why the clock started', async () => {
    const user = userEvent.setup();
    let told: string | null = null;
    const { bridge } = await renderSignedIn(limei, {
      'complaints.get': () => detailOf(withSupervisorStep(told)),
      'complaints.recordNotified': (input) => {
        told = (input as { notifiedAt: string }).notifiedAt;
        return detailOf(withSupervisorStep(told));
      },
    });
    await user.click(await screen.findByTestId('complaint-row'));
    expect((await screen.findByTestId('clock-start-escalation.supervisor')).textContent).toBe('待记录通知站长/网点负责人的时间后起算');

    await user.click(screen.getByTestId('notified-save'));
    expect(bridge.callsTo('complaints.recordNotified')).toHaveLength(0); // no name yet
    await user.type(screen.getByTestId('notified-whom'), '王站长');
    await user.clear(screen.getByTestId('notified-at'));
    await user.type(screen.getByTestId('notified-at'), '2026-03-05T14:30');
    await user.click(screen.getByTestId('notified-save'));
    await waitFor(() => expect(screen.getByTestId('clock-start-escalation.supervisor').textContent).toBe('自 2026-03-05 14:30 接报（通知 王站长，电话）起算'));
    expect(bridge.callsTo('complaints.recordNotified')[0]?.input).toEqual({ id: sampleComplaint.id, party: 'station_lead', whom: '王站长', way: 'phone', notifiedAt: '2026-03-05T06:30:00.000Z' });
  });
});
