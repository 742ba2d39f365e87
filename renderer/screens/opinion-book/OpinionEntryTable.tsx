import { useTranslation } from 'react-i18next';
import type { OpinionEntry } from '../../../shared/api/opinion-book';
import { ActionsHeader } from '../../components/ActionsHeader';
import { useTimeZone } from '../../hooks/use-time-zone';
import { formatInstant } from '../../lib/zoned-time';
import { useNavigationStore } from '../../stores/navigation-store';

/** The latest entries with their check, signed opinion and complaint. */
export function OpinionEntryTable({ entries, onPrint }: { entries: readonly OpinionEntry[]; onPrint: (entry: OpinionEntry) => void }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const go = useNavigationStore((s) => s.go);
  return (
    <div className="table-wrap">
      <table className="table" data-testid="opinion-entries">
        <thead>
          <tr>
            <th scope="col">{t('opinionBook.number')}</th>
            <th scope="col">{t('opinionBook.entryDate')}</th>
            <th scope="col">{t('opinionBook.entryType')}</th>
            <th scope="col">{t('opinionBook.content')}</th>
            <th scope="col">{t('opinionBook.reviewed')}</th>
            <th scope="col">{t('opinionBook.handlingOpinion')}</th>
            <th scope="col">{t('opinionBook.complaint')}</th>
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} data-testid="opinion-entry-row">
              <td>{e.entryNo}</td>
              <td className="nowrap">{e.entryDate}</td>
              <td>{t(`opinionEntryTypes.${e.entryType}`)}</td>
              <td className="summary">{e.content}</td>
              <td>{e.reviewedAt ? `${e.reviewedByName ?? ''} ${formatInstant(e.reviewedAt, timeZone)}` : t('opinionBook.notReviewed')}</td>
              <td>{e.handlingOpinion ? `${e.handlingOpinion}（${t('opinionBook.signed')}：${e.signedByName ?? ''}）` : ''}</td>
              <td>
                {e.complaint && (
                  <button type="button" className="link-button serial" onClick={() => go({ page: 'complaint-detail', id: e.complaint!.id })}>
                    {e.complaint.serial}
                  </button>
                )}
              </td>
              <td>
                <button type="button" className="button nowrap" data-testid={`print-row-${e.entryNo}`} onClick={() => onPrint(e)}>
                  {t('opinionBook.printEntry')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
