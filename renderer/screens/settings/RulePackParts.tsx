import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HeadedTable } from '../../components/HeadedTable';
import { SourceCitation, useCitation } from '../../components/SourceCitation';
import { noteLang, noteText, type ChoiceNote } from '../../../shared/sources/choice-note';

/** The seed document and section an item comes from. */
export function Source({ source }: { source: string }) {
  const { t } = useTranslation();
  return (
    <span className="rule-source">
      {t('rulePack.source')}：<SourceCitation source={source} />
    </span>
  );
}

/** Where the source was ambiguous: what this program decided, marked as ours. */
export function Choice({ choice }: { choice: ChoiceNote | undefined }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  if (!choice) return null;
  return (
    <p className="rule-choice" data-testid="rule-choice">
      <strong>{t('rulePack.ourChoice')}</strong> <span lang={noteLang(i18n.language)}>{cite(noteText(choice, i18n.language))}</span>
    </p>
  );
}

/** One titled part of the pack. */
export function RuleSection({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <section className="rule-section" data-testid={testId}>
      <h4>{title}</h4>
      {children}
    </section>
  );
}

interface LabelledItem {
  code: string;
  label: { zh: string; en: string };
  source: string;
  choice?: ChoiceNote | undefined;
}

/** Code + label + source rows (invalid reasons, escalation triggers); `rule` adds how an item fires by itself. */
export function LabelledList<T extends LabelledItem>({ label, items, lang, testId, rule }: { label: string; items: T[]; lang: string; testId: string; rule?: (item: T) => string | null }) {
  const { t } = useTranslation();
  const cite = useCitation();
  if (items.length === 0) return <p className="muted">{t('rulePack.none')}</p>;
  return (
    <HeadedTable label={label} head={[t('rulePack.item'), t('rulePack.source')]} testId={testId}>
      {items.map((item) => {
        const computed = rule?.(item);
        return (
          <tr key={item.code} data-testid={`rule-item-${item.code}`}>
            <td>
              {lang === 'en' ? item.label.en : item.label.zh}
              {computed && (
                <>
                  <span className="rule-tag computed">{t('rulePack.computed')}</span>
                  <p className="rule-predicate">{computed}</p>
                </>
              )}
              <Choice choice={item.choice} />
            </td>
            <td className="rule-source-cell">{cite(item.source)}</td>
          </tr>
        );
      })}
    </HeadedTable>
  );
}
