import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The seed document and section an item comes from. */
export function Source({ source }: { source: string }) {
  const { t } = useTranslation();
  return (
    <span className="rule-source">
      {t('rulePack.source')}：{source}
    </span>
  );
}

/** Where the source was ambiguous: what this program decided, marked as ours. */
export function Choice({ choice }: { choice: string | undefined }) {
  const { t } = useTranslation();
  if (!choice) return null;
  return (
    <p className="rule-choice" data-testid="rule-choice">
      <strong>{t('rulePack.ourChoice')}</strong> {choice}
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

/** A plain table with a header row; rows never split across printed pages. */
export function RuleTable({ head, children, testId }: { head: string[]; children: ReactNode; testId?: string }) {
  return (
    <div className="table-wrap">
      <table className="table rule-table" data-testid={testId}>
        <thead>
          <tr>
            {head.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** Code + label + source rows (invalid reasons, escalation triggers). */
export function LabelledList({ items, lang, testId }: { items: { code: string; label: { zh: string; en: string }; source: string }[]; lang: string; testId: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted">{t('rulePack.none')}</p>;
  return (
    <RuleTable head={[t('rulePack.item'), t('rulePack.source')]} testId={testId}>
      {items.map((item) => (
        <tr key={item.code}>
          <td>{lang === 'en' ? item.label.en : item.label.zh}</td>
          <td className="rule-source-cell">{item.source}</td>
        </tr>
      ))}
    </RuleTable>
  );
}
