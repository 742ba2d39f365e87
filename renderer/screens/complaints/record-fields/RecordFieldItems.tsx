import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../../../../shared/api/complaints';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { currentLanguage } from '../../../i18n/i18n';
import { DetailItem as Item } from '../DetailItem';
import { useGradePack } from '../grading/use-grade-pack';
import { recordFieldText } from './record-field-text';

/** The complaint's pack's record fields on the detail, in the pack's order, each with its value or 未填写. */
export function RecordFieldItems({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const pack = useGradePack(complaint.grade);
  const lang = currentLanguage();
  return (
    <>
      {(pack?.recordFields ?? []).map((field) => {
        const text = recordFieldText(field, complaint.recordFields.find((f) => f.id === field.id), lang, timeZone);
        return (
          <Item key={field.id} label={lang === 'en' ? field.label.en : field.label.zh} testId={`detail-record-${field.id}`}>
            {text || <span className="muted">{t('recordFields.notRecorded')}</span>}
          </Item>
        );
      })}
    </>
  );
}

/** The same as rows of a printed register: label, and the value across the form (blank to fill in by hand). */
export function RecordFieldRows({ complaint }: { complaint: ComplaintDetail }) {
  const timeZone = useTimeZone();
  const pack = useGradePack(complaint.grade);
  const lang = currentLanguage();
  return (
    <>
      {(pack?.recordFields ?? []).map((field) => (
        <tr key={field.id} data-testid={`print-record-${field.id}`}>
          <th scope="row">{lang === 'en' ? field.label.en : field.label.zh}</th>
          <td colSpan={3} className="register-text">
            {recordFieldText(field, complaint.recordFields.find((f) => f.id === field.id), lang, timeZone)}
          </td>
        </tr>
      ))}
    </>
  );
}
