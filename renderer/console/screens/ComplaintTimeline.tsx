import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../../../shared/sync/console-api';
import { currentLanguage } from '../../i18n/i18n';
import { historySentences } from './history-sentence';

/** 处理记录: what the site did on the complaint, oldest first, each step a sentence ("3月5日 14:30 张三 受理并指派给 李四。"). */
export function ComplaintTimeline({ detail }: { detail: Pick<ComplaintDetail, 'history' | 'people' | 'rulePackId'> }) {
  const { t } = useTranslation();
  if (detail.history.length === 0) return <p className="muted">{t('console.complaints.noHistory')}</p>;
  const sentences = historySentences(detail.history, { t, lang: currentLanguage(), people: detail.people, rulePackId: detail.rulePackId });
  return (
    <ol className="console-history" data-testid="complaint-history">
      {sentences.map((s) => (
        <li key={s.key} data-testid="history-sentence">
          {s.at && (
            <time dateTime={s.at} className="nowrap">
              {s.when}
            </time>
          )}{' '}
          <strong>{s.who}</strong> {s.what}
        </li>
      ))}
    </ol>
  );
}
