import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
  startedByName: '王建国',
  answers: { [yesNoItem.id]: true },
  actions: [{ id: 'a1', itemId: yesNoItem.id, problem: '台面有油污', action: '每班清洁', ownerName: '王建国', dueAt: '2026-11-05T01:00:00.000Z', status: 'open', implementationNote: null, closeNote: null }],
};

// The sewage register (seed000 §1.5): the shipped form whose rows carry photos of the vehicle's front and side.
const register = SHIPPED_TEMPLATES.find((t) => t.id === 'well.sewage-haulage-register')!;
const registerDetail: ChecklistDetail = {
  row: { ...row, id: 'r2', templateId: register.id, templateVersion: register.version, templateTitle: register.title, score: null, grade: null },
  siteName: '阳42井站',
  startedByName: '李梅',
  answers: {
    truckloads: [
      { id: 'row-1', waybill: 'YD-01', photos: [{ attachmentId: 'att-front', fileName: 'front.png', evidence: 0 }, { attachmentId: 'att-side', fileName: 'side.png', evidence: 1 }] },
      { id: 'row-2', waybill: 'YD-02', photos: [{ attachmentId: 'att-2', fileName: '第二车.png' }] },
    ],
  },
  actions: [{ id: 'a2', itemId: 'truckloads', problem: '连接管道破损', action: '更换接头', ownerName: '张伟', dueAt: '2026-11-05T01:00:00.000Z', status: 'closed', implementationNote: '已更换', closeNote: '复查合格' }],
};
afterEach(() => {
  vi.restoreAllMocks();
});

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

  it('shows the photos as thumbnails that open full size, and 打印 A4 prints the site’s own A4 report with them', async () => {
    server.routes = { [`GET ${CONSOLE_PATHS.checklist('s1', 'r2')}`]: () => ({ status: 200, json: registerDetail }) };
    const printed = vi.spyOn(window, 'print').mockImplementation(() => {});
    const user = userEvent.setup();
    render(<ChecklistResultScreen siteId="s1" id="r2" />);
    const photos = await screen.findAllByTestId('result-photo');
    // Each thumbnail is its photo from head office's photo route, a link to the same image full size.
    expect(photos.map((a) => [a.getAttribute('href'), a.querySelector('img')!.getAttribute('src'), a.textContent])).toEqual([
      [CONSOLE_PATHS.checklistPhoto('s1', 'r2', 'att-front'), CONSOLE_PATHS.checklistPhoto('s1', 'r2', 'att-front'), '第 1 行 车身照片：车身正面'],
      [CONSOLE_PATHS.checklistPhoto('s1', 'r2', 'att-side'), CONSOLE_PATHS.checklistPhoto('s1', 'r2', 'att-side'), '第 1 行 车身照片：车身侧面'],
      [CONSOLE_PATHS.checklistPhoto('s1', 'r2', 'att-2'), CONSOLE_PATHS.checklistPhoto('s1', 'r2', 'att-2'), '第 2 行 车身照片：第二车.png'],
    ]);
    expect(photos[0]!.getAttribute('target')).toBe('_blank');
    const truckloads = register.sections[0]!.items.find((i) => i.id === 'truckloads')!;
    expect(photos[0]!.querySelector('img')!.getAttribute('alt')).toBe(`${truckloads.label.zh} 第 1 张：第 1 行 车身照片：车身正面（点击查看原图）`);

    await user.click(screen.getByTestId('result-print'));
    expect(printed).toHaveBeenCalledTimes(1);
    // The print is the site's sheet: filled, naming the site, the person who filled it in, the photos and the closed action with its note.
    const sheet = screen.getByTestId('checklist-print');
    expect(sheet.getAttribute('data-filled')).toBe('true');
    expect(sheet.textContent).toContain('阳42井站（YY42）');
    expect(sheet.textContent).toContain('李梅');
    expect([...sheet.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual(['att-front', 'att-side', 'att-2'].map((a) => CONSOLE_PATHS.checklistPhoto('s1', 'r2', a)));
    expect(sheet.textContent).toContain('复查合格');
    expect(sheet.textContent).toContain('YD-02');
  });
});
