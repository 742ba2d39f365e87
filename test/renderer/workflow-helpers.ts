import { act, screen } from '@testing-library/react';
import type { ComplaintDetail } from '../../shared/api/complaints';
import type { User } from '../../shared/api/users';
import { useNavigationStore } from '../../renderer/stores/navigation-store';
import type { FakeHandlers } from './fake-bridge';
import { limei, renderSignedIn } from './fixtures';

/** Signs in as `user` and opens `detail` (answered by complaints.get); `complaints.act` answers with `after` unless overridden. */
export async function openDetail(detail: ComplaintDetail, user: User = limei, overrides: FakeHandlers = {}) {
  const rendered = await renderSignedIn(user, { 'complaints.get': () => detail, ...overrides });
  await act(async () => useNavigationStore.getState().go({ page: 'complaint-detail', id: detail.id }));
  await screen.findByTestId('workflow-actions');
  return rendered;
}

/** The `action` of every complaints.act call, in order. */
export function actionsSent(bridge: { callsTo: (m: 'complaints.act') => { input: unknown }[] }) {
  return bridge.callsTo('complaints.act').map((c) => c.input as { id: string; version: number; action: Record<string, unknown> });
}
