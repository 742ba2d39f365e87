import { describe, expect, it } from 'vitest';
import { SHIPPED_TEMPLATES, SHIPPED_TEMPLATE_VERSIONS } from '../../../../shared/checklists/templates';
import type { ChecklistTemplate, TemplateItem } from '../../../../shared/checklists/template-schema';
import { findLedger, LEDGERS } from '../../../../shared/reports/ledgers';
import { sewageHaulageLedger } from '../../../../shared/reports/ledgers/definitions/seed000';
import { s15HandlingLedger } from '../../../../shared/reports/ledgers/definitions/seed001';
import type { CellFormat } from '../../../../shared/reports/ledgers/fields';
import { ledgerSchema, MIN_GROW_MM, NUMBER_COLUMN_MM, PRINTABLE_WIDTH_MM, type LedgerDefinition } from '../../../../shared/reports/ledgers/ledger-schema';

/** Every register reports-mandated.md names, and the ledger that prints it. */
const MANDATED: Record<string, string> = {
  '000 一篇 二、1 污水拉运登记台帐': 'well.sewage-haulage',
  '000 一篇 二、2 《干法脱硫富剂处理台帐》': 'well.desulfurizer-disposal',
  '000 一篇 一 法律法规培训 2×/月': 'well.legal-training',
  '000 一篇 一 自学 2×/月': 'well.self-study',
  '000 一篇 一 培训效果测试': 'well.training-test',
  '001 S1 负面新闻 (media register)': 's1.negative-news',
  '001 S6 投诉或意见反馈处理登记表及台帐': 's6.feedback-register',
  '001 S15 《客户投诉处理管理台帐》': 's15.complaint-handling',
  '002 制度1 第十八条 空白详情单发放/号段跟踪': 'postal.blank-waybills',
  '002 制度1 第二十五条 查阅登记': 'postal.archive-consultation',
  '002 制度1 第二十六条 销毁记录': 'postal.archive-destruction',
  '002 制度1 第二十七条 定期自查': 'postal.self-inspection',
  '002 制度1 第三十六条(三) 设备介质借用登记': 'postal.device-loans',
  '002 制度1 第三十七条 批量导出记录': 'postal.bulk-operations',
  '002 制度2 三、4 交接日志': 'service.handover-log',
  '002 制度2 七、3 换班登记表': 'service.shift-swap',
  '002 制度4 第三条 客户意见簿': 'bank.opinion-book',
  '002 制度4 第三条 意见登记簿': 'bank.opinion-register',
  '002 制度6 抱怨申述登记表': 'lab.appeal-statement',
  '002 制度6 抱怨受理登记表': 'lab.appeal-acceptance',
  '002 制度6 客户投诉处理登记表': 'lab.complaint-handling',
  '002 制度6 投诉受理登记表': 'lab.complaint-acceptance',
  '002 制度6 投诉处理结果客户反馈登记表': 'lab.result-feedback',
  '002 制度11 八(七) 测温报表': 'heat.temperature-report',
  '002 制度11 六(一) 备查登记': 'heat.service-change',
  '002 制度13 4、11 款号登记': 'store.uniform-style',
  '002 制度13 4、13 暂存商品登记': 'store.customer-goods',
  '002 制度15 《客户回访记录表》': 'service.customer-revisit',
  '003 篇5 4.5.6 上月结案的《客户投诉记录表》': 'insurance.closed-cases',
  '003 篇6 第十八、二十七条 延期申请': 'group.extensions',
  '004 B 值班日志': 'call-centre.duty-log',
  '004 D 【客户投诉登记表】': 'service-company.complaint-register',
  '004 E 《客户投诉登记表》': 'manufacturer.complaint-register',
  '004 H 《公司用户抱怨处理表》': 'dealer.complaint-table',
};

const FORMAT_OF_KIND: Partial<Record<TemplateItem['kind'], CellFormat>> = { text: 'text', signature: 'text', number: 'number', date: 'date', dateTime: 'instant', yesNo: 'yesNo', choice: 'bilingual' };

function templateOf(ledger: LedgerDefinition): ChecklistTemplate | undefined {
  const data = ledger.data;
  return data.kind === 'checklistRows' || data.kind === 'checklistRecords' ? SHIPPED_TEMPLATES.find((t) => t.id === data.templateId) : undefined;
}

describe('ledger definitions', () => {
  it('print every register the sources name', () => {
    for (const [register, id] of Object.entries(MANDATED)) expect(findLedger(id), register).toBeDefined();
    expect(new Set(LEDGERS.map((l) => l.id)).size).toBe(LEDGERS.length);
  });

  it('cite a source for the ledger and each column, and fit A4 landscape', () => {
    for (const ledger of LEDGERS) {
      expect(ledger.source, ledger.id).toMatch(/^seed00[0-4] /);
      for (const column of ledger.columns) expect(column.source, `${ledger.id} ${column.id}`).toMatch(/seed00[0-4]/);
      const fixed = ledger.columns.reduce((sum, c) => sum + Math.max(c.width, c.grow ? MIN_GROW_MM : 0), 0);
      expect(fixed + NUMBER_COLUMN_MM, `${ledger.id} width`).toBeLessThanOrEqual(PRINTABLE_WIDTH_MM);
      expect(ledger.columns.some((c) => c.grow), `${ledger.id} has a column that takes up the rest`).toBe(true);
    }
  });

  it('name a checklist template that exists, and its columns and items with the template\'s labels and kinds', () => {
    for (const ledger of LEDGERS) {
      const template = templateOf(ledger);
      if (ledger.data.kind !== 'checklistRows' && ledger.data.kind !== 'checklistRecords') continue;
      expect(template, ledger.id).toBeDefined();
      // A ledger prints the records of every version still held (the heat record's 1.0.0 day/other readings beside 1.1.0's one).
      const items = SHIPPED_TEMPLATE_VERSIONS.filter((t) => t.id === template!.id).flatMap((t) => t.sections.flatMap((s) => s.items));
      const table = ledger.data.kind === 'checklistRows' ? items.find((i) => i.id === (ledger.data as { tableItemId: string }).tableItemId) : undefined;
      if (ledger.data.kind === 'checklistRows') expect(table?.kind, `${ledger.id} table`).toBe('table');
      const dateFrom = ledger.data.dateFrom;
      const dateField = 'row' in dateFrom ? table?.columns?.find((c) => c.id === dateFrom.row) : items.find((i) => i.id === dateFrom.item);
      expect(['date', 'dateTime'], `${ledger.id} dates its rows by a date`).toContain(dateField?.kind);
      for (const column of ledger.columns) {
        const value = column.value;
        const fields = 'row' in value ? [table?.columns?.find((c) => c.id === value.row)] : 'item' in value ? [value.item].flat().map((id) => items.find((i) => i.id === id)) : [];
        for (const field of fields) {
          expect(field, `${ledger.id} ${column.id}`).toBeDefined();
          expect(column.format, `${ledger.id} ${column.id} format`).toEqual(FORMAT_OF_KIND[field!.kind]);
          if ('row' in value) expect(column.header.zh, `${ledger.id} ${column.id} header`).toBe(field!.label.zh);
        }
        if ('rowCount' in value) expect(items.find((i) => i.id === value.rowCount)?.kind, `${ledger.id} ${column.id}`).toBe('table');
      }
    }
  });

  it('refuse a field the source does not have, a format that is not the field\'s, a checklist value on a complaint ledger and data on a blank ledger', () => {
    const column = s15HandlingLedger.columns[0]!;
    const broken = (columns: unknown[], data: unknown = s15HandlingLedger.data) => ledgerSchema.safeParse({ ...s15HandlingLedger, data, columns }).success;
    expect(broken([column])).toBe(true);
    expect(broken([{ ...column, value: { field: 'noSuchField' } }])).toBe(false);
    expect(broken([{ ...column, format: 'number' }])).toBe(false);
    expect(broken([{ ...column, value: { row: 'plate' } }])).toBe(false);
    expect(broken([column, column])).toBe(false);
    expect(broken([column], { kind: 'none', why: { zh: '无', en: 'none' } })).toBe(false);
    expect(ledgerSchema.safeParse({ ...sewageHaulageLedger, columns: [{ ...sewageHaulageLedger.columns[0], width: 200 }] }).success).toBe(false);
  });
});
