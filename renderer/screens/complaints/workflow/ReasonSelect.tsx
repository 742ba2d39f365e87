import { useTranslation } from 'react-i18next';
import type { WorkflowDetail } from '../../../../shared/api/workflow';
import { citationText } from '../../../../shared/sources/citation';
import { pick } from '../../settings/rule-pack-text';
import { SelectField } from './fields';

type Reason = WorkflowDetail['invalidReasons'][number];

interface ReasonSelectProps {
  name: string;
  label: string;
  reasons: readonly Reason[];
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** A reason from the site's rule pack (or the generic list), in the current language; the chosen one's source shown under it. */
export function ReasonSelect({ reasons, ...field }: ReasonSelectProps) {
  const { t, i18n } = useTranslation();
  const chosen = reasons.find((r) => r.code === field.value);
  return (
    <SelectField
      {...field}
      required
      hint={chosen?.source && citationText(chosen.source, i18n.language)}
      placeholder={t('workflow.reasonPlaceholder')}
      options={reasons.map((r) => ({ value: r.code, label: pick(r.label, i18n.language) }))}
    />
  );
}
