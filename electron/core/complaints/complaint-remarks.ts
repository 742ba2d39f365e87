import { REMARK_OUTCOMES, type ComplaintRemark } from '../../../shared/api/complaints';
import { remarkBodySchema } from '../../../shared/sync/merge-rules';
import type { ReadDb } from '../db/handles';
import { complaintConflictRows, complaintRemarkRows } from '../sync/remarks-repository';

type Outcome = (typeof REMARK_OUTCOMES)[number];

/**
 * Head office's remarks on one complaint as they were merged here
 * (sync/remarks.ts), for the complaint's own detail screen: the
 * 总部批注 text, who wrote it and when it came, and each decision on the
 * record's fields with what the merge did — taken, already so, ignored, or a
 * conflict (open, or how a person resolved it on the sync page).
 */
export function complaintRemarks(db: ReadDb, complaintId: string): ComplaintRemark[] {
  const rows = complaintRemarkRows(db, complaintId);
  if (rows.length === 0) return [];
  // A complaint's conflicts are few (only decisions that met a site change) and read with it.
  const conflicts = complaintConflictRows(db, complaintId);
  return rows.flatMap((row) => {
    const body = remarkBodySchema.safeParse(JSON.parse(row.body));
    const outcome = JSON.parse(row.outcome) as Record<string, unknown>;
    if (!body.success) return [];
    const { headOfficeRemark, ...fields } = body.data.fields;
    const decisions = Object.keys(fields).flatMap((field) => {
      const merged = outcome[field];
      if (!REMARK_OUTCOMES.includes(merged as Outcome)) return [];
      const conflict = conflicts.find((c) => c.remark_id === row.remark_id && c.remark_version === row.version && c.field === field);
      return [
        {
          field,
          value: fields[field] ?? null,
          outcome: merged as Outcome,
          conflict: conflict ? { id: conflict.id, resolution: conflict.resolution, resolvedAt: conflict.resolved_at, resolvedByName: conflict.resolved_by_name } : null,
        },
      ];
    });
    return [
      {
        remarkId: row.remark_id,
        version: row.version,
        remark: typeof headOfficeRemark === 'string' ? headOfficeRemark : null,
        note: body.data.note ?? null,
        author: body.data.author ?? null,
        mergedAt: row.merged_at,
        decisions,
      },
    ];
  });
}
