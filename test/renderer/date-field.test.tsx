import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DateField } from '../../renderer/components/DateField';
import { FormField } from '../../renderer/components/FormField';
import { setLanguage } from '../../renderer/i18n/i18n';
import { boundsProblem, formatDateValue, parseDateText } from '../../renderer/lib/date-text';

describe('reading typed dates (issue 20 item 8)', () => {
  it('reads year/month/day in the forms people type, and the value a native input gave', () => {
    for (const typed of ['2026/3/5', '2026/03/05', '2026-03-05', '2026.3.5', '2026年3月5日', ' 2026 / 3 / 5 ']) expect(parseDateText(typed, false), typed).toEqual({ value: '2026-03-05' });
    for (const typed of ['2026/3/5 14:30', '2026-03-05T14:30', '2026年3月5日 14:30', '2026年3月5日14时30分', '2026/03/05 9:05', '2026-03-05T14:30:00'])
      expect(parseDateText(typed, true).value, typed).toMatch(/^2026-03-05T(14:30|09:05)$/);
  });

  it('says what is wrong: not a date, no such day, time missing or not wanted, outside the bounds', () => {
    expect(parseDateText('05/03/2026', false)).toEqual({ problem: 'format' });
    expect(parseDateText('明天', false)).toEqual({ problem: 'format' });
    expect(parseDateText('2026/2/30', false)).toEqual({ problem: 'notADate' });
    expect(parseDateText('2026/3/5 24:10', true)).toEqual({ problem: 'notADate' });
    expect(parseDateText('2026/3/5', true)).toEqual({ problem: 'timeMissing' });
    expect(parseDateText('2026/3/5 14:30', false)).toEqual({ problem: 'timeNotAllowed' });
    expect(boundsProblem('2026-03-06', { max: '2026-03-05' })).toBe('afterMax');
    expect(boundsProblem('2026-03-04', { min: '2026-03-05' })).toBe('beforeMin');
    expect(boundsProblem('2026-03-05', { min: '2026-03-05', max: '2026-03-05' })).toBeNull();
  });

  it('shows a value as year/month/day', () => {
    expect(formatDateValue('2026-03-05')).toBe('2026/03/05');
    expect(formatDateValue('2026-03-05T14:30')).toBe('2026/03/05 14:30');
    expect(formatDateValue('')).toBe('');
  });
});

/** The texts the field's aria-describedby points at, in order (what a screen reader reads after the label). */
const descriptionOf = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

/** A labelled field as the forms use it, keeping what the field reports. */
function Form({ initial = '', withTime = false, max, error, onValue }: { initial?: string; withTime?: boolean; max?: string; error?: string; onValue: (value: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <form>
      <FormField id="when" label="受理时间" hint="按网点所在时区" {...(error ? { error } : {})}>
        {(control) => (
          <DateField
            {...control}
            withTime={withTime}
            max={max}
            data-testid="when"
            value={value}
            onChange={(next) => {
              setValue(next);
              onValue(next);
            }}
          />
        )}
      </FormField>
      <button type="button">下一项</button>
      <button type="button" onClick={() => setValue('2026-11-23T08:05')}>
        恢复草稿
      </button>
    </form>
  );
}

describe('DateField', () => {
  it('shows 年/月/日 and its format in Chinese, is labelled, and reports the typed day as yyyy-MM-dd', async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    render(<Form onValue={onValue} />);
    const field = screen.getByRole('textbox', { name: '受理时间' });
    expect(field.getAttribute('placeholder')).toBe('年/月/日');
    expect(descriptionOf(field)).toMatch(/按网点所在时区.*格式：年\/月\/日/);
    await user.type(field, '2026年3月5日');
    expect(onValue).toHaveBeenLastCalledWith('2026-03-05');
    await user.tab();
    expect((field as HTMLInputElement).value).toBe('2026/03/05');
  });

  it('takes a date and time by keyboard alone and shows it back as 年/月/日 时:分', async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    render(<Form withTime onValue={onValue} />);
    await user.tab();
    const field = screen.getByRole('textbox', { name: '受理时间' });
    expect(document.activeElement).toBe(field);
    expect(field.getAttribute('placeholder')).toBe('年/月/日 时:分');
    await user.keyboard('2026/3/5 9:05');
    await user.tab();
    expect(onValue).toHaveBeenLastCalledWith('2026-03-05T09:05');
    expect((field as HTMLInputElement).value).toBe('2026/03/05 09:05');
  });

  it('says why a text is not a date once it is left, marks the field invalid, reports no value, and clears the error when corrected', async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    render(<Form withTime onValue={onValue} />);
    const field = screen.getByRole('textbox', { name: '受理时间' });
    await user.type(field, '2026/3/5');
    expect(field.getAttribute('aria-invalid')).toBeNull();
    await user.tab();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(field)).toMatch(/请在日期后填写时间（时:分）/);
    expect(onValue).not.toHaveBeenCalledWith(expect.stringMatching(/\d/));
    await user.type(field, ' 14:30');
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(onValue).toHaveBeenLastCalledWith('2026-03-05T14:30');
  });

  it('says a day is after its bound, naming the bound as year/month/day, and still reports it (as a native input would)', async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    render(<Form max="2026-03-05" onValue={onValue} />);
    const field = screen.getByRole('textbox', { name: '受理时间' });
    await user.type(field, '2026/3/6');
    await user.tab();
    expect(onValue).toHaveBeenLastCalledWith('2026-03-06');
    expect(screen.getByTestId('when-format').textContent).toContain('不能晚于 2026/03/05');
  });

  it('shows a value set from outside (a restored draft) in its own format', async () => {
    const user = userEvent.setup();
    render(<Form withTime initial="2026-03-05T14:30" onValue={vi.fn()} />);
    const field = screen.getByRole('textbox', { name: '受理时间' });
    expect((field as HTMLInputElement).value).toBe('2026/03/05 14:30');
    await user.click(screen.getByRole('button', { name: '恢复草稿' }));
    expect((field as HTMLInputElement).value).toBe('2026/11/23 08:05');
  });

  it('lets the form’s own error speak alone under the field', () => {
    render(<Form withTime error="请填写受理时间" onValue={vi.fn()} />);
    const field = screen.getByRole('textbox', { name: '受理时间' });
    expect(descriptionOf(field)).toBe('请填写受理时间 按网点所在时区');
    expect(field.getAttribute('placeholder')).toBe('年/月/日 时:分');
  });

  it('shows an English format in English', async () => {
    await setLanguage('en');
    render(<Form withTime onValue={vi.fn()} />);
    const field = screen.getByRole('textbox', { name: '受理时间' });
    expect(field.getAttribute('placeholder')).toBe('yyyy/mm/dd hh:mm');
    expect(screen.getByTestId('when-format').textContent).toContain('Format: year/month/day hour:minute, e.g. 2026/03/05 14:30');
  });

  it('has no axe finding, empty and with an error', async () => {
    const user = userEvent.setup();
    const { container } = render(<Form withTime onValue={vi.fn()} />);
    const rules = { 'color-contrast': { enabled: false } };
    expect((await axe.run(container, { rules })).violations).toEqual([]);
    await user.type(screen.getByRole('textbox', { name: '受理时间' }), '2026/13/40');
    await user.tab();
    expect(screen.getByTestId('when-format').textContent).toContain('没有这一天');
    expect((await axe.run(container, { rules })).violations).toEqual([]);
  });
});

describe('a form holding a date field whose text is not a date', () => {
  function OptionalDateForm({ onSubmit }: { onSubmit: (value: string) => void }) {
    const [value, setValue] = useState('');
    return (
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(value);
        }}
      >
        <label htmlFor="visit">回访日期（选填）</label>
        <DateField id="visit" value={value} onChange={setValue} />
        <button type="submit">保存</button>
      </form>
    );
  }

  it('is not sent as if the optional date were empty: the error shows and the field takes the focus', async () => {
    await setLanguage('zh-CN');
    const sent = vi.fn();
    render(<OptionalDateForm onSubmit={sent} />);
    const field = screen.getByLabelText(/回访日期/);
    await userEvent.type(field, '2026/2/30');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(sent).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(field);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    await userEvent.clear(field);
    await userEvent.type(field, '2026/3/5');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(sent).toHaveBeenCalledWith('2026-03-05');
  });

  it('is sent empty when the field was left empty', async () => {
    const sent = vi.fn();
    render(<OptionalDateForm onSubmit={sent} />);
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(sent).toHaveBeenCalledWith('');
  });
});
