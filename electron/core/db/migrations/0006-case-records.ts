import type { Migration } from './migration';

/**
 * The case records the sources name beyond the handling loop (issue #5):
 * - `investigation_reports`, one per complaint (seed003 篇4 第十七条: cause,
 *   course, person responsible, conclusion, countermeasures; the original
 *   complaint attached), and `investigation_report_steps`, every submission and
 *   review of its chain (主管审核 → 行政人事部 → 总经理批阅, 第十一条、第十二条) with
 *   who, when, opinion and decision; a return sends the report back to draft;
 * - `compensations` (篇1 9.2, 篇4 第十八条, 篇5 6.4) with the company's approval
 *   where the rules require it, and the promised and actual delivery times
 *   (篇1 10.1.2.2 c): late delivery is itself a complaint);
 * - `corrective_actions` and their `capa_verifications` (篇1 6.7、7.4; seed001
 *   S4 6.6, S15 4.1 g); seed004 §E 5.3.3): a not-effective verification reopens;
 * - `sanctions`: penalties and rewards, each on an article of the cited list in
 *   shared/domain/sanction-articles.ts.
 */
export const migration0006: Migration = {
  id: 6,
  name: 'case-records',
  sql: `
CREATE TABLE investigation_reports (
  id TEXT PRIMARY KEY,
  complaint_id TEXT NOT NULL UNIQUE REFERENCES complaints(id),
  status TEXT NOT NULL CHECK (status IN ('draft', 'manager_review', 'admin_hr_review', 'gm_approval', 'approved')),
  cause TEXT NOT NULL,
  course TEXT NOT NULL,
  responsible_person TEXT NOT NULL,
  conclusion TEXT NOT NULL,
  countermeasures TEXT NOT NULL,
  original_attached INTEGER NOT NULL,
  created_by TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL,
  submitted_by TEXT REFERENCES users(id),
  submitted_at TEXT,
  return_reason TEXT,
  round INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL
) STRICT;

CREATE TABLE investigation_report_steps (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  report_id TEXT NOT NULL REFERENCES investigation_reports(id),
  round INTEGER NOT NULL,
  step TEXT NOT NULL CHECK (step IN ('submit', 'managerReview', 'adminHrOpinion', 'gmApproval')),
  decision TEXT NOT NULL CHECK (decision IN ('submit', 'approve', 'return')),
  opinion TEXT,
  by_user TEXT NOT NULL REFERENCES users(id),
  at TEXT NOT NULL
) STRICT;
CREATE INDEX investigation_report_steps_by_report ON investigation_report_steps (report_id, seq);

CREATE TABLE compensations (
  id TEXT PRIMARY KEY,
  complaint_id TEXT NOT NULL REFERENCES complaints(id),
  type TEXT NOT NULL,
  harm TEXT,
  gift_ratio INTEGER,
  defective_qty INTEGER,
  gift_qty INTEGER,
  amount REAL,
  description TEXT,
  special_case_note TEXT,
  approval_required INTEGER NOT NULL,
  approval_basis TEXT,
  status TEXT NOT NULL CHECK (status IN ('pending_approval', 'approved', 'refused', 'not_required')),
  requested_by TEXT NOT NULL REFERENCES users(id),
  requested_at TEXT NOT NULL,
  decided_by TEXT REFERENCES users(id),
  decided_at TEXT,
  decision_note TEXT,
  deliver_by TEXT,
  delivered_at TEXT,
  version INTEGER NOT NULL
) STRICT;
CREATE INDEX compensations_by_complaint ON compensations (complaint_id, requested_at);

CREATE TABLE corrective_actions (
  id TEXT PRIMARY KEY,
  complaint_id TEXT NOT NULL REFERENCES complaints(id),
  problem TEXT NOT NULL,
  action TEXT NOT NULL,
  owner_id TEXT NOT NULL REFERENCES users(id),
  due_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'implemented', 'effective')),
  created_by TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL,
  implemented_at TEXT,
  implementation_note TEXT,
  reopen_count INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL
) STRICT;
CREATE INDEX corrective_actions_by_complaint ON corrective_actions (complaint_id, created_at);
-- Open actions by due time: a later "overdue corrective actions" list reads only these.
CREATE INDEX corrective_actions_open_by_due ON corrective_actions (due_at) WHERE status <> 'effective';

CREATE TABLE capa_verifications (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  capa_id TEXT NOT NULL REFERENCES corrective_actions(id),
  by_user TEXT NOT NULL REFERENCES users(id),
  at TEXT NOT NULL,
  effective INTEGER NOT NULL,
  note TEXT NOT NULL
) STRICT;
CREATE INDEX capa_verifications_by_capa ON capa_verifications (capa_id, seq);

CREATE TABLE sanctions (
  id TEXT PRIMARY KEY,
  complaint_id TEXT NOT NULL REFERENCES complaints(id),
  person_id TEXT NOT NULL REFERENCES users(id),
  kind TEXT NOT NULL CHECK (kind IN ('penalty', 'reward')),
  article_code TEXT NOT NULL,
  measure TEXT NOT NULL,
  amount REAL,
  points INTEGER,
  deduction_role INTEGER,
  note TEXT,
  by_user TEXT NOT NULL REFERENCES users(id),
  at TEXT NOT NULL
) STRICT;
CREATE INDEX sanctions_by_complaint ON sanctions (complaint_id, at);
CREATE INDEX sanctions_by_person ON sanctions (person_id, at);
`,
};
