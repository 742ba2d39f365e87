import { useTranslation } from 'react-i18next';

/**
 * The heading of a table's column of buttons: blank on screen (the buttons say what they
 * do), but named for a screen reader, which otherwise announces an empty header (axe
 * empty-table-header, issue 20 item 12).
 */
export function ActionsHeader() {
  const { t } = useTranslation();
  return (
    <th scope="col">
      <span className="visually-hidden">{t('common.actions')}</span>
    </th>
  );
}
