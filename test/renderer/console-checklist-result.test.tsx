import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChecklistResultScreen } from '../../renderer/console/screens/ChecklistResultScreen';
import { ChecklistsScreen } from '../../renderer/console/screens/ChecklistsScreen';
import { useConsoleNav } from '../../renderer/console/stores/console-nav-store';
import { SHIPPED_TEMPLATES } from '../../shared/checklists/templates';
import { CONSOLE_PATHS, type ChecklistDetail, type ChecklistRow } from '../../shared/sync/console-api';
import { stubConsoleServer } from './console-server-stub';

/** Issue 20 item 15: a checklist result opens in the console with its answers, score, grade and corrective actions. */
const server = stubConsoleServer();

const template = SHIPPED_TEMPLATES.find((t) => t.id === 'waiter-level')!;
const [firstSection] = template.sections;
// One the person answers (computed items are worked out from others).
const yesNoItem = template.sections.flatMap((s) => s.items).find((i) => i.kind === 'yesNo' && !i.computed)!;
const row: ChecklistRow = {
  siteId: 's1',
  siteCode: 'YY42',
  id: 'r1',
  templateId: template.id,
  templateVersion: template.version,
  templateTitle: template.title,
  status: 'completed',
  score: 87.5,
  grade: { zh: '高级服务员', en: 'Senior waiter' },
  startedAt: '2026-11-02T00:00:00.000Z',
  completedAt: '2026-11-02T01:00:00.000Z',
};
const detail: ChecklistDetail = {
  row,
  siteName: '阳42井站',
  answers: { [yesNoItem.id]: true },
  actions: [{ id: 'a1', itemId: yesNoItem.id, problem: '台面有油污', action: '每班清洁', ownerName: '王建国', dueAt: '2026-11-05T01:00:00.000Z', status: 'open' }],
};

describe('console checklist result', () => {
  it('opens from the list and shows the score, grade, answers by item and the corrective actions', async () => {
    server.routes = {
      [`GET ${CONSOLE_PATHS.checklists}?offset=0&limit=50`]: () => ({ status: 200, json: { rows: [row], total: 1, offset: 0, limit: 50 } }),
      [`GET ${CONSOLE_PATHS.sites}`]: () => ({ status: 200, json: { sites: [] } }),
      [`GET ${CONSOLE_PATHS.checklist('s1', 'r1')}`]: () => ({ status: 200, json: detail }),
    };
    const user = userEvent.setup();
    render(<ChecklistsScreen />);
    await user.click(await screen.findByTestId('open-checklist'));
    expect(useConsoleNav.getState().route).toEqual({ page: 'checklist', siteId: 's1', id: 'r1' });

    render(<ChecklistResultScreen siteId="s1" id="r1" />);
    expect((await screen.findByTestId('result-score')).textContent).toBe('87.5');
    expect(screen.getByTestId('result-grade').textContent).toBe('高级服务员');
    expect(screen.getByRole('heading', { name: firstSection!.title.zh })).toBeTruthy();
    const answers = screen.getAllByTestId('result-answers').map((dl) => dl.textContent).join('');
    expect(answers).toContain(`${yesNoItem.label.zh}是`);
    expect(screen.getByTestId('result-actions').textContent).toBe('台面有油污：每班清洁（责任人 王建国，期限 2026-11-05 09:00） 待整改');
  });
});
