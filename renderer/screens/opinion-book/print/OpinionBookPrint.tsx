import { useTranslation } from 'react-i18next';
import type { OpinionEntry } from '../../../../shared/api/opinion-book';
import { OPINION_ENTRY_TYPES } from '../../../../shared/domain/opinion-book';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { formatInstant } from '../../../lib/zoned-time';
import { useSessionStore } from '../../../stores/session-store';
import './opinion-book-print.css';

/**
 * A page of the 客户意见簿 on paper (seed002 客户管理制度4 第三条、第九条): the
 * customer's part (date, opinion, contact) and the complaint manager's
 * (handling opinion, signature, reply). Blank for the book in the banking
 * hall, or filled from a stored entry for filing. Shown only by the print
 * style sheet, like the complaint register.
 */
export function OpinionBookPrint({ entry }: { entry: OpinionEntry | null }) {
  const { t } = useTranslation();
  const site = useSessionStore((s) => s.status?.site ?? null);

  return (
    <div className="paper-sheet opinion-book-print" data-testid="opinion-book-print" data-filled={entry ? 'true' : 'false'} aria-hidden="true">
      <h1 className="opinion-print-title">{t('opinionPrint.title')}</h1>
      <p className="opinion-print-meta">
        <span>
          {t('opinionPrint.site')}：{site ? site.name : ''}
        </span>
        <span>{entry ? t('opinionBook.entryNo', { n: entry.entryNo }) : t('opinionBook.entryNo', { n: '　　' })}</span>
      </p>
      <CustomerPart entry={entry} />
      <h2 className="opinion-print-part">{t('opinionPrint.managerPart')}</h2>
      <ManagerPart entry={entry} />
      <p className="opinion-print-source">{t('opinionPrint.source')}</p>
    </div>
  );
}

/** The customer's part: date, type (ticked), opinion, name and contact. */
function CustomerPart({ entry }: { entry: OpinionEntry | null }) {
  const { t } = useTranslation();
  const box = (checked: boolean) => (checked ? '☑' : '☐');
  return (
    <table className="opinion-print-table">
      <colgroup>
        <col className="opinion-print-label" />
        <col />
        <col className="opinion-print-label" />
        <col />
      </colgroup>
      <tbody>
        <tr>
          <th scope="row">{t('opinionPrint.date')}</th>
          <td>{entry?.entryDate ?? ''}</td>
          <th scope="row">{t('opinionPrint.type')}</th>
          <td>
            {OPINION_ENTRY_TYPES.map((type) => (
              <span key={type} className="opinion-print-choice">
                {box(entry?.entryType === type)} {t(`opinionEntryTypes.${type}`)}
              </span>
            ))}
          </td>
        </tr>
        <tr>
          <th scope="row">{t('opinionPrint.content')}</th>
          <td colSpan={3} className="opinion-print-text opinion-print-customer">
            {entry?.content ?? ''}
          </td>
        </tr>
        <tr>
          <th scope="row">{t('opinionPrint.customerName')}</th>
          <td>{entry?.customerName ?? ''}</td>
          <th scope="row">{t('opinionPrint.contact')}</th>
          <td>{entry?.contact ?? ''}</td>
        </tr>
        <tr>
          <td colSpan={4} className="opinion-print-note">
            {t('opinionPrint.contactNote')}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** The complaint manager's part: handling opinion, signature, reply and the complaint it became. */
function ManagerPart({ entry }: { entry: OpinionEntry | null }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const when = (iso: string | null | undefined) => formatInstant(iso, timeZone);
  return (
    <table className="opinion-print-table">
      <colgroup>
        <col className="opinion-print-label" />
        <col />
        <col className="opinion-print-label" />
        <col />
      </colgroup>
      <tbody>
        <tr>
          <th scope="row">{t('opinionPrint.opinion')}</th>
          <td colSpan={3} className="opinion-print-text opinion-print-opinion">
            {entry?.handlingOpinion ?? ''}
          </td>
        </tr>
        <tr className="opinion-print-sign">
          <th scope="row">{t('opinionPrint.signature')}</th>
          <td>{entry?.signedByName ?? ''}</td>
          <th scope="row">{t('opinionPrint.signDate')}</th>
          <td>{when(entry?.signedAt)}</td>
        </tr>
        <tr className="opinion-print-sign">
          <th scope="row">{t('opinionPrint.replied')}</th>
          <td>{when(entry?.customerRepliedAt)}</td>
          <th scope="row">{t('opinionPrint.complaint')}</th>
          <td className="serial">{entry?.complaint?.serial ?? ''}</td>
        </tr>
      </tbody>
    </table>
  );
}
