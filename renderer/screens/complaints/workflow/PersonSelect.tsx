import { useTranslation } from 'react-i18next';
import type { Colleague } from '../../../../shared/api/users';
import { useColleagues } from '../../../hooks/use-colleagues';
import { SelectField } from './fields';

interface PersonSelectProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  /** The person complained about: never offered to handle or approve the case (the core refuses it too). */
  excludeId: string | null;
}

/** One of the site's active people, shown with unit and roles so the right post is easy to pick. */
export function PersonSelect({ excludeId, ...field }: PersonSelectProps) {
  const { t } = useTranslation();
  const colleagues = useColleagues();
  const describe = (c: Colleague) => {
    const detail = [c.unit, ...c.roles.map((role) => t(`roles.${role}`))].filter(Boolean).join(' · ');
    return detail ? t('workflow.personWithUnit', { name: c.displayName, unit: detail }) : c.displayName;
  };
  const options = colleagues.filter((c) => c.id !== excludeId).map((c) => ({ value: c.id, label: describe(c) }));
  return <SelectField {...field} required options={options} placeholder={t('workflow.personPlaceholder')} />;
}
