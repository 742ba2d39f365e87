import type { ChecklistRecord } from '../../../../shared/api/checklists';
import type { RecordScore } from '../../../../shared/checklists/record-score';
import type { ChecklistTemplate } from '../../../../shared/checklists/template-schema';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { useChecklistsStore } from '../../../stores/checklists-store';
import { useSessionStore } from '../../../stores/session-store';
import { ChecklistPrintSheet } from './ChecklistPrintSheet';

/** The site app's A4 print: the one print sheet, with the signed-in site, its time zone and the photos of its checklist store. */
export function ChecklistPrint({ template, record, score = null }: { template: ChecklistTemplate; record: ChecklistRecord | null; score?: RecordScore | null }) {
  const timeZone = useTimeZone();
  const status = useSessionStore((s) => s.status?.site ?? null);
  const images = useChecklistsStore((s) => s.images);
  const fetchImage = useChecklistsStore((s) => s.fetchImage);
  const site = status ? { name: status.name, code: status.code } : null;
  return <ChecklistPrintSheet template={template} record={record} score={score} source={{ site, timeZone, images, fetchImage }} />;
}
