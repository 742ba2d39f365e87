import { useTranslation } from 'react-i18next';
import { ERASED_RECORD_TYPES, type DestructionBatch } from '../../../../shared/api/privacy-destruction';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { formatInstant } from '../../../lib/zoned-time';
import { useSessionStore } from '../../../stores/session-store';
import './destruction-print.css';

/**
 * 个人信息销毁记录 on A4 (seed002 客户管理制度1 第二十六条 销毁记录: date, batch, retention expiry, method,
 * operators; 第三十七条 人员、时间、地点和事项), with lines for the signatures of those present. Shown only by
 * the print style sheet (renderer/styles/paper.css).
 */
export function DestructionRecordPrint({ batch }: { batch: DestructionBatch }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const site = useSessionStore((s) => s.status?.site ?? null);
  const when = (iso: string | null) => formatInstant(iso, timeZone);
  const counts = ERASED_RECORD_TYPES.flatMap((type) => (batch.erasedCounts?.[type] ? [`${t(`privacy.destruction.types.${type}`)} ${batch.erasedCounts[type]}`] : []));
  const rows: [string, string][] = [
    [t('privacy.destruction.printSite'), site ? `${site.name}（${site.code}）` : ''],
    [t('privacy.destruction.printBatch'), batch.id],
    [t('privacy.destruction.proposedBy'), `${batch.proposedBy} ${when(batch.proposedAt)}`],
    [t('privacy.destruction.approvedBy'), batch.approvedBy ? `${batch.approvedBy} ${when(batch.approvedAt)}` : ''],
    [t('privacy.destruction.reason'), batch.reason ?? ''],
    [t('privacy.destruction.printBasis'), t('privacy.destruction.printBasisText')],
    [t('privacy.destruction.printMethod'), t('privacy.destruction.printMethodText')],
    [t('privacy.destruction.customers'), String(batch.customerCount)],
    [t('privacy.destruction.erased'), counts.join(t('common.listSeparator'))],
    [t('privacy.destruction.place'), batch.place],
  ];
  return (
    <div className="paper-sheet destruction-print" data-testid="destruction-print-sheet" aria-hidden="true">
      <h1>{t('privacy.destruction.recordTitle')}</h1>
      <table>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th>{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="destruction-print-signatures">
        <span>{t('privacy.destruction.printOperator')}：＿＿＿＿＿＿</span>
        <span>{t('privacy.destruction.printWitness')}：＿＿＿＿＿＿</span>
      </p>
    </div>
  );
}
