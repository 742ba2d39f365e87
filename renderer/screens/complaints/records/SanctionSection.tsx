import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecords, Sanction } from '../../../../shared/api/case-records';
import { sanctionArticle } from '../../../../shared/domain/sanction-articles';
import { HeadedTable } from '../../../components/HeadedTable';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { formatInstant } from '../../../lib/zoned-time';
import { pick } from '../../settings/rule-pack-text';
import { SanctionForm } from './SanctionForm';
import { sanctionMeasureText } from './record-text';
import { useCitation } from '../../../components/SourceCitation';

/** 奖惩记录: who, reward or penalty, what, and the article it rests on with its citation. */
export function SanctionSection({ complaintId, records }: { complaintId: string; records: CaseRecords }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const lang = i18n.language;
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);

  return (
    <section className="record-section" data-testid="sanction-section" aria-labelledby="sanction-section-title">
      <div className="record-section-head">
        <h4 id="sanction-section-title">{t('caseRecords.sanction.title')}</h4>
      </div>
      {records.sanctions.length === 0 ? (
        <p className="muted">{t('caseRecords.sanction.none')}</p>
      ) : (
        <HeadedTable label={t('caseRecords.sanction.title')} testId="sanction-records" className="record-table" head={[t('caseRecords.sanction.person'), t('caseRecords.sanction.measure'), t('caseRecords.sanction.article'), t('caseRecords.sanction.recordedBy')]}>
          {records.sanctions.map((s) => (
            <SanctionRow key={s.id} s={s} />
          ))}
        </HeadedTable>
      )}
      {records.dueSanctions.map((due) => {
        const article = sanctionArticle(due.articleCode);
        return (
          <p key={`${due.articleCode}-${due.personId}`} className="banner" role="status" data-testid="sanction-due">
            {t('thresholds.dueSanction', { source: cite(due.source), name: due.personName, count: due.count, needed: due.needed, article: article ? pick(article.label, lang) : due.articleCode })}
          </p>
        );
      })}
      {records.may.addSanction && (
        <div className="action-buttons">
          <button type="button" className={open ? 'button primary' : 'button'} data-testid="sanction-add" aria-expanded={open} onClick={() => setOpen(!open)}>
            {t('caseRecords.sanction.add')}
          </button>
        </div>
      )}
      {open && <SanctionForm complaintId={complaintId} onDone={close} onCancel={close} />}
    </section>
  );
}

/** One sanction: the person and reward or penalty, the measure, the article with its citation, who recorded it when. */
function SanctionRow({ s }: { s: Sanction }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const lang = i18n.language;
  const timeZone = useTimeZone();
  const article = sanctionArticle(s.articleCode);
  return (
    <tr data-testid="sanction-row">
      <td>
        <span className="record-line">{s.personName}</span>
        <span className="tag">{t(`caseRecords.sanction.kinds.${s.kind}`)}</span>
      </td>
      <td>
        {sanctionMeasureText(s, lang)}
        {s.note && <span className="record-note">{s.note}</span>}
      </td>
      <td className="record-main">
        {article ? pick(article.label, lang) : s.articleCode}
        <small className="record-time">{article ? cite(article.source) : ''}</small>
      </td>
      <td>
        {s.byName}
        <small className="record-time">{formatInstant(s.at, timeZone)}</small>
      </td>
    </tr>
  );
}
