import { afterEach, describe, expect, it } from 'vitest';
import { LEDGERS } from '../../../shared/reports/ledgers';
import { NUMBER_COLUMN_MM, PRINTABLE_WIDTH_MM } from '../../../shared/reports/ledgers/ledger-schema';
import { i18n, setLanguage } from '../../../renderer/i18n/i18n';
import { cellText, columnWidths, periodText } from '../../../renderer/screens/ledgers/ledger-text';

afterEach(async () => {
  await setLanguage('zh-CN');
});

const t = i18n.t.bind(i18n);

describe('ledger columns on paper', () => {
  it('fill the printable width, every column at least as wide as defined', () => {
    for (const ledger of LEDGERS) {
      const widths = columnWidths(ledger.columns);
      expect(widths[0]).toBe(NUMBER_COLUMN_MM);
      const total = widths.reduce((a, b) => a + b, 0);
      expect(total, ledger.id).toBeLessThanOrEqual(PRINTABLE_WIDTH_MM);
      expect(total, ledger.id).toBeGreaterThan(PRINTABLE_WIDTH_MM - 1);
      ledger.columns.forEach((column, i) => expect(widths[i + 1], `${ledger.id} ${column.id}`).toBeGreaterThanOrEqual(column.width));
    }
  });

  it('share what is left among the growing columns in proportion to their widths', () => {
    expect(columnWidths([{ width: 100, grow: false }, { width: 60, grow: true }, { width: 20, grow: true }])).toEqual([10, 100, 125.2, 41.7]);
  });
});

describe('ledger cells in words', () => {
  it('print each format in the reader\'s language', async () => {
    const text = (format: Parameters<typeof cellText>[0]['format'], value: Parameters<typeof cellText>[1], unit?: string) => cellText({ format, unit }, value, t, i18n.language, 'Asia/Shanghai');
    expect(text('instant', '2026-09-30T16:10:00.000Z')).toBe('2026-10-01 00:10');
    expect(text('yesNo', true)).toBe('是');
    expect(text('yesNo', false)).toBe('否');
    expect(text('yesNo', null)).toBe('');
    expect(text('number', 1.5, 'm³')).toBe('1.5 m³');
    expect(text({ codes: 'channels' }, 'opinion_book')).toBe('客户意见簿');
    expect(text({ codes: 'ledgerExportMatters' }, 'syncTransfer')).toBe('导出同步传输文件（投诉记录，含客户姓名和电话）');
    expect(text({ codes: 'channels' }, 'carrier_pigeon')).toBe('carrier_pigeon'); // a code this build does not know prints as stored
    expect(text('bilingual', { zh: '一般投诉', en: 'Ordinary' })).toBe('一般投诉');
    expect(text('bilingualList', [])).toBe('无');
    await setLanguage('en');
    expect(text('bilingual', { zh: '一般投诉', en: 'Ordinary' })).toBe('Ordinary');
    expect(text('yesNo', true)).toBe('Yes');
    expect(text({ codes: 'satisfaction' }, 'basically_satisfied')).toBe(t('satisfaction.basically_satisfied'));
    expect(text('bilingualList', [{ zh: '到达现场', en: 'On site' }, { zh: '回访', en: 'Call-back' }])).toBe('On site, Call-back');
  });

  it('name periods as people say them', () => {
    expect(periodText({ code: '2026-11', kind: 'month', from: '2026-11-01', to: '2026-11-30' }, t)).toBe('2026年11月');
    expect(periodText({ code: '2026-Q4', kind: 'quarter', from: '2026-10-01', to: '2026-12-31' }, t)).toBe('2026年第4季度');
    expect(periodText({ code: '2026-W47', kind: 'week', from: '2026-11-16', to: '2026-11-22' }, t)).toBe('2026年第47周（2026-11-16至2026-11-22）');
    expect(periodText({ code: '2026-11-01..2026-11-15', kind: 'range', from: '2026-11-01', to: '2026-11-15' }, t)).toBe('2026-11-01至2026-11-15');
  });
});
