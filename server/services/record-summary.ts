/**
 * The few fields of a pushed record the console lists, filters and searches
 * by, taken from its payload when it is applied (payload shapes: the site's
 * `recordChange` syncPayload — a complaint is shared/api/complaints'
 * `Complaint` without its grade; a checklist record is its checklist_records
 * row with answers parsed). Anything missing or of the wrong type is null:
 * head office must store whatever a site sends, even from an older version.
 */
export interface RecordSummary {
  status: string | null;
  serial: string | null;
  /** Complaint kind, or a checklist record's template id. */
  kind: string | null;
  summary: string | null;
  /** Lower-cased text searched with LIKE (same result on SQLite and PostgreSQL). */
  search_text: string | null;
  due_at: string | null;
  /** When it happened at the site: a complaint's receivedAt, a checklist's start. */
  occurred_at: string | null;
  completed_at: string | null;
  /** The complaint a history row (event, escalation, call-back…) belongs to. */
  parent_id: string | null;
}

const SUMMARY_CHARS = 200;

export function summariseRecord(entity: string, payload: unknown): RecordSummary {
  const p = (payload && typeof payload === 'object' && !Array.isArray(payload) ? payload : {}) as Record<string, unknown>;
  const str = (key: string): string | null => (typeof p[key] === 'string' ? (p[key] as string) : null);
  const empty: RecordSummary = { status: null, serial: null, kind: null, summary: null, search_text: null, due_at: null, occurred_at: null, completed_at: null, parent_id: null };
  if (entity === 'complaint') {
    const searched = [str('serial'), str('customerName'), str('customerPhone'), str('content'), str('product'), str('batchNo'), str('restatement')];
    return {
      ...empty,
      status: str('status'),
      serial: str('serial'),
      kind: str('kind'),
      summary: str('content')?.slice(0, SUMMARY_CHARS) ?? null,
      search_text: searched.filter((v): v is string => v !== null).join('\n').toLowerCase(),
      due_at: str('dueAt'),
      occurred_at: str('receivedAt'),
      completed_at: str('closedAt'),
    };
  }
  if (entity === 'checklist_record') {
    return {
      ...empty,
      status: str('status'),
      kind: str('template_id'),
      summary: [str('template_id'), str('template_version')].filter(Boolean).join(' v') || null,
      search_text: str('template_id')?.toLowerCase() ?? null,
      occurred_at: str('started_at'),
      completed_at: str('completed_at'),
    };
  }
  return { ...empty, parent_id: str('complaintId'), occurred_at: str('at') ?? str('createdAt') };
}
