import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CadencePanel } from '../../renderer/screens/reports/ListsPanels';
import { MONTHLY_CREDIT_CHECK } from '../../shared/credit/credit-pack';
import { parsePeriod } from '../../shared/reports/period';

/** 计划与完成 shows the monthly check of credit customers (第三十八条) as the core sends it: monthly, planned against done, cited. */
describe('monthly check of credit customers on 计划与完成', () => {
  it('is a monthly row with the month\'s customers due and checked, and its source', () => {
    const period = parsePeriod('month', '2026-10')!;
    render(
      <CadencePanel
        cadence={{
          period,
          today: '2026-11-23',
          schedules: [
            {
              id: MONTHLY_CREDIT_CHECK.id,
              title: MONTHLY_CREDIT_CHECK.title,
              kind: 'monthly',
              source: MONTHLY_CREDIT_CHECK.source,
              planned: 1,
              done: 0,
              missed: 1,
              open: 0,
              occurrences: [{ from: '2026-10-01', to: '2026-10-31', dueBy: '2026-10-31', required: 2, done: 0, status: 'missed' }],
            },
          ],
        }}
      />,
    );
    const row = screen.getByTestId('report-cadence').querySelector(`tr[data-schedule="${MONTHLY_CREDIT_CHECK.id}"]`)!;
    const cells = [...row.querySelectorAll('th, td')].map((c) => c.textContent);
    expect(cells.slice(0, 6)).toEqual(['授信客户月度检查审核（重新评定）', '每月', '1', '0', '1', '0']);
    expect(cells[6]).toContain('第三十八条');
    expect(row.querySelector('th')!.getAttribute('title')).toBe('2026年10月31日 0/2');
    expect(row.querySelector('td.missed')).not.toBeNull();
  });
});
