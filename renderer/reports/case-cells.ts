import type { TFunction } from 'i18next';
import type { ReportCase } from '../../shared/reports/result';
import { formatMoment } from '../lib/locale-format';
import type { ReportLabels } from './report-format';

/** A case as a row of the case lists and exports. */
export function caseHeader(t: TFunction): string[] {
  return [t('reports.serial'), t('reports.dimensions.kind'), t('reports.dimensions.channel'), t('reports.statusCol'), t('reports.dimensions.class'), t('reports.dimensions.unit'), t('reports.handler'), t('reports.received'), t('reports.closed')];
}

export function caseRow(c: ReportCase, labels: ReportLabels, t: TFunction): string[] {
  const lang = t('reports.title') === '报表' ? 'zh-CN' : 'en';
  const at = (iso: string | null) => (iso ? formatMoment(iso, lang) : '');
  return [c.serial, labels.value('kind', c.kind, null), labels.value('channel', c.channel, null), labels.value('status', c.status, null), c.classCode ? labels.value('class', c.classCode, null) : '', c.unit ?? '', c.handlerName ?? '', at(c.receivedAt), at(c.closedAt)];
}
