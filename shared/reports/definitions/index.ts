import { reportDefinitionSchema, type ReportDefinition } from '../definition-schema';
import { COMPLAINT_REPORTS } from './complaint-reports';

/** Every report definition the app ships, validated once when first read. */
export const REPORT_DEFINITIONS: readonly ReportDefinition[] = COMPLAINT_REPORTS.map((d) => reportDefinitionSchema.parse(d));

export function findReportDefinition(id: string): ReportDefinition | undefined {
  return REPORT_DEFINITIONS.find((d) => d.id === id);
}

/** The definitions a site sees: those of its rule pack first, then the ones for every site. Other organisations' stay out. */
export function definitionsForPack(packId: string | null): ReportDefinition[] {
  const own = REPORT_DEFINITIONS.filter((d) => d.packs?.includes(packId ?? ''));
  const general = REPORT_DEFINITIONS.filter((d) => !d.packs);
  return [...own, ...general];
}
