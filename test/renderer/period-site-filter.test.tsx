import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PeriodSiteForm, periodSiteQuery, type PeriodSiteChoice } from '../../renderer/console/screens/PeriodSiteFilter';

/** The one period/site form of the console's report panels: what it sends, and a new kind starting at the period holding today. */
const sites = [
  { id: 's-yy', code: 'YY42', name: '阳42井站' },
  { id: 's-ab', code: 'AB01', name: '营业部' },
];
const labels = { period: '统计期', kind: (k: string) => `kind:${k}`, site: '站点', allSites: '全部站点', run: '查询' };

function Harness({ onRun }: { onRun(query: ReturnType<typeof periodSiteQuery>): void }) {
  const [choice, setChoice] = useState<PeriodSiteChoice>({ kind: 'month', key: '2026-11', siteId: '' });
  return <PeriodSiteForm choice={choice} onChange={setChoice} onRun={() => onRun(periodSiteQuery(choice))} kinds={['month', 'quarter', 'year']} sites={sites} today="2026-11-23" labels={labels} testId="probe" />;
}

describe('console: the period and site filter', () => {
  it('sends every site as no site, a chosen site by id, and the key without stray spaces', async () => {
    const user = userEvent.setup();
    const onRun = vi.fn();
    render(<Harness onRun={onRun} />);
    await user.click(screen.getByTestId('probe-run'));
    expect(onRun).toHaveBeenLastCalledWith({ kind: 'month', key: '2026-11' });
    await user.selectOptions(screen.getByTestId('probe-site'), 's-ab');
    await user.clear(screen.getByTestId('probe-key'));
    await user.type(screen.getByTestId('probe-key'), ' 2026-10 ');
    await user.click(screen.getByTestId('probe-run'));
    expect(onRun).toHaveBeenLastCalledWith({ kind: 'month', key: '2026-10', siteId: 's-ab' });
  });

  it('starts a new kind at the period holding today, names kinds and sites in the panel’s words', async () => {
    const user = userEvent.setup();
    render(<Harness onRun={() => undefined} />);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['kind:month', 'kind:quarter', 'kind:year', '全部站点', 'YY42 阳42井站', 'AB01 营业部']);
    await user.selectOptions(screen.getByTestId('probe-kind'), 'quarter');
    expect((screen.getByTestId('probe-key') as HTMLInputElement).value).toBe('2026-Q4');
    await user.selectOptions(screen.getByTestId('probe-kind'), 'year');
    expect((screen.getByTestId('probe-key') as HTMLInputElement).value).toBe('2026');
  });
});
