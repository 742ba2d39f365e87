import { createContext, useContext } from 'react';
import type { ChecklistAction, ChecklistRecord } from '../../../../shared/api/checklists';
import { DEFAULT_TIME_ZONE } from '../../../lib/zoned-time';

/**
 * Where the A4 print of a checklist gets what is not in the record: the site
 * it names in its header and footers, the time zone its times are written in,
 * and the photos. The site app fills it from its session and its checklist
 * store; the head-office console from the record's site and its own photo
 * route — one print for both, never a fork (issue 20 item 15).
 */
export interface PrintSource {
  site: { name: string; code: string } | null;
  timeZone: string;
  /** Photo URLs (data:, blob: or the console's own) by attachment id; a photo not yet here prints its caption only. */
  images: Record<string, string>;
  /** Asks for a photo's URL; the sheet calls it for every photo it prints. */
  fetchImage(attachmentId: string): void;
}

/** What the filled report prints of a record: its answers, who filled it in and when, and its corrective actions. */
export type PrintableAction = Pick<ChecklistAction, 'id' | 'problem' | 'action' | 'ownerName' | 'dueAt' | 'implementationNote' | 'closeNote'> & { status: ChecklistAction['status'] | null };
export type PrintableRecord = Pick<ChecklistRecord, 'answers' | 'templateVersion' | 'startedByName' | 'startedAt' | 'completedAt'> & { actions: PrintableAction[] };

export const PrintSourceContext = createContext<PrintSource>({ site: null, timeZone: DEFAULT_TIME_ZONE, images: {}, fetchImage: () => {} });

export const usePrintSource = (): PrintSource => useContext(PrintSourceContext);
