import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../../../../shared/api/complaints';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { useSitePack } from '../grading/use-site-pack';
import type { TextContext } from './workflow-text';

/** What wording a record's events and records needs: language, site time zone, the record's reason lists and the site's pack. */
export function useTextContext(complaint: ComplaintDetail): TextContext {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  const pack = useSitePack();
  return { t, lang: i18n.language, timeZone, complaint, pack };
}
