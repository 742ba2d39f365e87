import { statement, type ReadDb } from '../db/handles';

/** An earlier complaint of the same customer, as the repeat match reads it. */
export interface SameCustomerRow {
  id: string;
  serial: string;
  status: string;
  received_at: string;
  closed_at: string | null;
  content: string;
  customer_name: string;
  problem_code: string | null;
  class_code: string | null;
  /** Matched by: 'file' (the same customer file), 'phone' (the same digits) or 'name' (the same name, no phone given). */
  matched_by: 'file' | 'phone' | 'name';
}

/**
 * Complaints (not suggestions or inquiries, not ruled invalid) of the same customer received in [from, to]:
 * the same customer file, else the same phone digits, else — only when neither is known — the same name.
 * Newest first, at most 20.
 */
export function sameCustomerComplaints(
  db: ReadDb,
  probe: { customerId: string | null; digits: string | null; name: string | null; from: string; to: string; excludeId: string | null },
): SameCustomerRow[] {
  return statement(
    db,
    `SELECT c.id, c.serial, c.status, c.received_at, c.closed_at, c.content, c.customer_name, c.problem_code, c.class_code,
       CASE WHEN @customerId IS NOT NULL AND c.customer_id = @customerId THEN 'file'
            WHEN @digits IS NOT NULL AND c.customer_phone_digits = @digits THEN 'phone' ELSE 'name' END AS matched_by
     FROM complaints c
     WHERE c.kind = 'complaint' AND c.status != 'invalid' AND c.received_at >= @from AND c.received_at <= @to
       AND (@excludeId IS NULL OR c.id != @excludeId)
       AND ((@customerId IS NOT NULL AND c.customer_id = @customerId)
         OR (@digits IS NOT NULL AND c.customer_phone_digits = @digits)
         OR (@name IS NOT NULL AND c.customer_name = @name))
     ORDER BY c.received_at DESC LIMIT 20`,
  ).all(probe) as SameCustomerRow[];
}

/** Whether the user took part in handling the complaint (assignee, resolver, or any step after its creation): 篇6 第三十二条's 投诉处理相关人员. */
export function tookPartInHandling(db: ReadDb, complaintId: string, userId: string): boolean {
  return (
    statement(
      db,
      `SELECT 1 FROM complaints c WHERE c.id = @id AND (c.assignee_id = @user OR c.solution_resolver_id = @user
         OR EXISTS (SELECT 1 FROM complaint_events e WHERE e.complaint_id = c.id AND e.user_id = @user AND e.action != 'create'))`,
    ).get({ id: complaintId, user: userId }) !== undefined
  );
}
