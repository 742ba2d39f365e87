-- index audit_by_entity
CREATE INDEX audit_by_entity ON audit_log (entity, entity_id);

-- index audit_transfer_exports
CREATE INDEX audit_transfer_exports ON audit_log (at) WHERE action = 'sync.exportTransfer';

-- index capa_verifications_by_capa
CREATE INDEX capa_verifications_by_capa ON capa_verifications (capa_id, seq);

-- index checklist_actions_by_record
CREATE INDEX checklist_actions_by_record ON checklist_actions (record_id, created_at);

-- index checklist_actions_open
CREATE INDEX checklist_actions_open ON checklist_actions (due_at) WHERE status != 'closed';

-- index checklist_records_by_template
CREATE INDEX checklist_records_by_template ON checklist_records (template_id, started_at DESC);

-- index checklist_records_completed
CREATE INDEX checklist_records_completed ON checklist_records (template_id, completed_at) WHERE completed_at IS NOT NULL;

-- index checklist_templates_drafts
CREATE INDEX checklist_templates_drafts ON checklist_templates (updated_at DESC) WHERE status = 'draft';

-- index checklist_templates_published
CREATE UNIQUE INDEX checklist_templates_published ON checklist_templates (template_id, version) WHERE status = 'published';

-- index compensations_by_complaint
CREATE INDEX compensations_by_complaint ON compensations (complaint_id, requested_at);

-- index complaint_call_backs_by_at
CREATE INDEX complaint_call_backs_by_at ON complaint_call_backs (at);

-- index complaint_call_backs_by_complaint
CREATE INDEX complaint_call_backs_by_complaint ON complaint_call_backs (complaint_id, at);

-- index complaint_escalations_by_complaint
CREATE INDEX complaint_escalations_by_complaint ON complaint_escalations (complaint_id, at);

-- index complaint_events_by_complaint
CREATE INDEX complaint_events_by_complaint ON complaint_events (complaint_id, seq);

-- index complaint_extensions_by_complaint
CREATE INDEX complaint_extensions_by_complaint ON complaint_extensions (complaint_id, requested_at);

-- index complaint_extensions_by_requested
CREATE INDEX complaint_extensions_by_requested ON complaint_extensions (requested_at);

-- index complaint_notified_by_complaint
CREATE INDEX complaint_notified_by_complaint ON complaint_notified (complaint_id, notified_at);

-- index complaints_by_closed
CREATE INDEX complaints_by_closed ON complaints (closed_at, serial) WHERE closed_at IS NOT NULL;

-- index complaints_by_customer
CREATE INDEX complaints_by_customer ON complaints (customer_id, received_at DESC) WHERE customer_id IS NOT NULL;

-- index complaints_by_customer_name
CREATE INDEX complaints_by_customer_name ON complaints (customer_name);

-- index complaints_by_due
CREATE INDEX complaints_by_due ON complaints (due_at, id) WHERE due_at IS NOT NULL;

-- index complaints_by_phone_digits
CREATE INDEX complaints_by_phone_digits ON complaints (customer_phone_digits, received_at) WHERE customer_phone_digits IS NOT NULL;

-- index complaints_by_received
CREATE INDEX complaints_by_received ON complaints (received_at DESC, id DESC);

-- index complaints_by_unit
CREATE INDEX complaints_by_unit ON complaints (unit, received_at DESC, id DESC) WHERE unit IS NOT NULL;

-- index complaints_call_back
CREATE INDEX complaints_call_back ON complaints (printf('%03d', 999 - class_rank) || ifnull(due_at, '9999'), id) WHERE status = 'resolved' AND kind = 'complaint';

-- index complaints_escalated
CREATE INDEX complaints_escalated ON complaints (last_escalated_at DESC, id DESC) WHERE escalation_count > 0 AND status IN ('registered', 'assigned', 'in_progress', 'referred', 'resolved');

-- index complaints_limit_missed
CREATE INDEX complaints_limit_missed ON complaints (limit_missed_at) WHERE limit_missed_at IS NOT NULL;

-- index complaints_mine
CREATE INDEX complaints_mine ON complaints (assignee_id, ifnull(due_at, '9999'), id) WHERE status IN ('registered', 'assigned', 'in_progress', 'referred', 'resolved');

-- index complaints_open_by_class
CREATE INDEX complaints_open_by_class ON complaints (class_code) WHERE resolved_at IS NULL;

-- index complaints_open_by_received
CREATE INDEX complaints_open_by_received ON complaints (received_at DESC, id DESC) WHERE status IN ('registered', 'assigned', 'in_progress', 'referred', 'resolved');

-- index complaints_regrade_due
CREATE INDEX complaints_regrade_due ON complaints (regrade_at) WHERE regrade_at IS NOT NULL;

-- index complaints_same_problem
CREATE INDEX complaints_same_problem ON complaints (problem_code, received_at) WHERE problem_code IS NOT NULL;

-- index corrective_actions_by_complaint
CREATE INDEX corrective_actions_by_complaint ON corrective_actions (complaint_id, created_at);

-- index corrective_actions_open_by_due
CREATE INDEX corrective_actions_open_by_due ON corrective_actions (due_at) WHERE status <> 'effective';

-- index credit_evaluations_month
CREATE INDEX credit_evaluations_month ON credit_evaluations (month);

-- index credit_gradings_by_customer
CREATE INDEX credit_gradings_by_customer ON credit_gradings (customer_id, proposed_at);

-- index credit_limit_adjustments_customer
CREATE INDEX credit_limit_adjustments_customer ON credit_limit_adjustments (customer_id, approved_at);

-- index customer_follow_ups_by_customer
CREATE INDEX customer_follow_ups_by_customer ON customer_follow_ups (customer_id, at);

-- index customers_by_id_number
CREATE INDEX customers_by_id_number ON customers (id_number) WHERE id_number IS NOT NULL;

-- index customers_flagged
CREATE INDEX customers_flagged ON customers (sign_at, id) WHERE sign_at IS NOT NULL;

-- index customers_merged_into
CREATE INDEX customers_merged_into ON customers (merged_into) WHERE merged_into IS NOT NULL;

-- index head_office_remarks_by_record
CREATE INDEX head_office_remarks_by_record ON head_office_remarks (entity, entity_id);

-- index heat_room_measurements_complaint
CREATE INDEX heat_room_measurements_complaint ON heat_room_measurements (complaint_id, measured_at);

-- index heat_stoppages_complaint
CREATE INDEX heat_stoppages_complaint ON heat_stoppages (complaint_id, stopped_at);

-- index investigation_report_steps_by_report
CREATE INDEX investigation_report_steps_by_report ON investigation_report_steps (report_id, seq);

-- index media_incidents_by_time
CREATE INDEX media_incidents_by_time ON media_incidents (occurred_at DESC);

-- index media_notifications_by_incident
CREATE INDEX media_notifications_by_incident ON media_incident_notifications (incident_id, notified_at);

-- index mine_level_events_by_day
CREATE INDEX mine_level_events_by_day ON mine_level_events (occurred_on, entered_at);

-- index narrative_reports_complaint
CREATE INDEX narrative_reports_complaint ON narrative_reports (complaint_id) WHERE complaint_id IS NOT NULL;

-- index narrative_reports_one_draft
CREATE UNIQUE INDEX narrative_reports_one_draft ON narrative_reports (kind_id, period_kind, period_key) WHERE status = 'draft';

-- index notification_recipients_by_role
CREATE INDEX notification_recipients_by_role ON notification_recipients (recipient, notification_id);

-- index notification_recipients_by_user
CREATE INDEX notification_recipients_by_user ON notification_recipients (user_id, notification_id) WHERE user_id IS NOT NULL;

-- index notifications_by_start
CREATE INDEX notifications_by_start ON notifications (starts_at);

-- index notifications_once
CREATE UNIQUE INDEX notifications_once ON notifications (complaint_id, obligation, trigger_ref);

-- index notifications_to_escalate
CREATE INDEX notifications_to_escalate ON notifications (escalate_at) WHERE escalate_at IS NOT NULL;

-- index opinion_book_checks_by_day
CREATE INDEX opinion_book_checks_by_day ON opinion_book_checks (site_day, checked_at);

-- index opinion_book_unanswered
CREATE INDEX opinion_book_unanswered ON opinion_book_entries (entry_no) WHERE handling_opinion IS NULL;

-- index outbox_pending
CREATE INDEX outbox_pending ON outbox (seq) WHERE acknowledged_at IS NULL;

-- index outbox_prunable
CREATE INDEX outbox_prunable ON outbox (acknowledged_at) WHERE audited = 0 AND acknowledged_at IS NOT NULL;

-- index personal_data_access_at
CREATE INDEX personal_data_access_at ON personal_data_access (at);

-- index procedure_role_holders_by_user
CREATE INDEX procedure_role_holders_by_user ON procedure_role_holders (pack_id, user_id);

-- index report_complaints_by_day
CREATE INDEX report_complaints_by_day ON report_complaints (received_day);

-- index report_complaints_by_month
CREATE INDEX report_complaints_by_month ON report_complaints (received_month);

-- index report_complaints_by_unit_day
CREATE INDEX report_complaints_by_unit_day ON report_complaints (unit, received_day) WHERE unit IS NOT NULL;

-- index report_complaints_overdue
CREATE INDEX report_complaints_overdue ON report_complaints (due_at) WHERE due_at IS NOT NULL AND status IN ('registered', 'assigned', 'in_progress', 'referred', 'resolved');

-- index report_reminders_open
CREATE INDEX report_reminders_open ON report_reminders (recipient) WHERE closed_at IS NULL;

-- index report_retests_complaint
CREATE INDEX report_retests_complaint ON report_retests (complaint_id, tested_at);

-- index report_withdrawals_complaint
CREATE INDEX report_withdrawals_complaint ON report_withdrawals (complaint_id);

-- index risk_class_changes_by_customer
CREATE INDEX risk_class_changes_by_customer ON risk_class_changes (customer_id, decided_at);

-- index risk_class_proposals_by_customer
CREATE INDEX risk_class_proposals_by_customer ON risk_class_proposals (customer_id, proposed_at);

-- index risk_class_proposals_by_status
CREATE INDEX risk_class_proposals_by_status ON risk_class_proposals (status, proposed_at);

-- index risk_class_proposals_one_open
CREATE UNIQUE INDEX risk_class_proposals_one_open ON risk_class_proposals (customer_id) WHERE status IN ('proposed', 'reviewed');

-- index risk_meetings_held_on
CREATE INDEX risk_meetings_held_on ON risk_meetings (held_on);

-- index sanction_ledger_by_day
CREATE INDEX sanction_ledger_by_day ON sanction_ledger (decided_on);

-- index sanction_ledger_by_person
CREATE INDEX sanction_ledger_by_person ON sanction_ledger (person_id, decided_on) WHERE person_id IS NOT NULL;

-- index sanctions_by_complaint
CREATE INDEX sanctions_by_complaint ON sanctions (complaint_id, at);

-- index sanctions_by_person
CREATE INDEX sanctions_by_person ON sanctions (person_id, at);

-- index sync_conflicts_open
CREATE INDEX sync_conflicts_open ON sync_conflicts (detected_at) WHERE resolved_at IS NULL;

-- table action_drafts
CREATE TABLE action_drafts ( user_id TEXT NOT NULL REFERENCES users(id), complaint_id TEXT NOT NULL REFERENCES complaints(id), action TEXT NOT NULL, data TEXT NOT NULL, saved_at TEXT NOT NULL, PRIMARY KEY (user_id, complaint_id, action) ) STRICT;

-- table attachments
CREATE TABLE attachments ( id TEXT PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, mime_type TEXT NOT NULL, size_bytes INTEGER NOT NULL, data BLOB NOT NULL, created_at TEXT NOT NULL, created_by TEXT NOT NULL REFERENCES users(id) ) STRICT;

-- table audit_log
CREATE TABLE audit_log ( seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, user_id TEXT, action TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, before TEXT, after TEXT , outbox_seq INTEGER) STRICT;

-- table calendar_days
CREATE TABLE calendar_days ( day TEXT PRIMARY KEY, working INTEGER NOT NULL CHECK (working IN (0, 1)), name TEXT NOT NULL, calendar_version TEXT NOT NULL, published_at TEXT NOT NULL ) STRICT;

-- table calendar_years
CREATE TABLE calendar_years ( year INTEGER PRIMARY KEY, calendar_version TEXT NOT NULL ) STRICT;

-- table capa_verifications
CREATE TABLE capa_verifications ( seq INTEGER PRIMARY KEY AUTOINCREMENT, capa_id TEXT NOT NULL REFERENCES corrective_actions(id), by_user TEXT NOT NULL REFERENCES users(id), at TEXT NOT NULL, effective INTEGER NOT NULL, note TEXT NOT NULL ) STRICT;

-- table checklist_actions
CREATE TABLE checklist_actions ( id TEXT PRIMARY KEY, record_id TEXT NOT NULL REFERENCES checklist_records(id), item_id TEXT NOT NULL, row_id TEXT, problem TEXT NOT NULL, action TEXT NOT NULL, owner_id TEXT NOT NULL REFERENCES users(id), due_at TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('open', 'implemented', 'closed')), created_by TEXT NOT NULL REFERENCES users(id), created_at TEXT NOT NULL, implemented_at TEXT, implementation_note TEXT, closed_by TEXT REFERENCES users(id), closed_at TEXT, close_note TEXT, reopen_count INTEGER NOT NULL DEFAULT 0, version INTEGER NOT NULL ) STRICT;

-- table checklist_record_photos
CREATE TABLE checklist_record_photos ( record_id TEXT NOT NULL REFERENCES checklist_records(id), attachment_id TEXT NOT NULL REFERENCES attachments(id), item_id TEXT NOT NULL, row_id TEXT, column_id TEXT, file_name TEXT NOT NULL, added_at TEXT NOT NULL, added_by TEXT NOT NULL REFERENCES users(id), PRIMARY KEY (record_id, attachment_id) ) STRICT;

-- table checklist_records
CREATE TABLE checklist_records ( id TEXT PRIMARY KEY, template_id TEXT NOT NULL, template_version TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('draft', 'completed')), answers TEXT NOT NULL DEFAULT '{}', started_by TEXT NOT NULL REFERENCES users(id), started_at TEXT NOT NULL, updated_by TEXT NOT NULL REFERENCES users(id), updated_at TEXT NOT NULL, completed_by TEXT REFERENCES users(id), completed_at TEXT, version INTEGER NOT NULL ) STRICT;

-- table checklist_templates
CREATE TABLE checklist_templates ( entry_id TEXT PRIMARY KEY, template_id TEXT NOT NULL, version TEXT NOT NULL, title_zh TEXT NOT NULL, title_en TEXT NOT NULL, body TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'discarded')), source TEXT NOT NULL CHECK (source IN ('local', 'head-office')), based_on TEXT, created_by TEXT, created_at TEXT NOT NULL, updated_by TEXT, updated_at TEXT NOT NULL, published_by TEXT, published_at TEXT, row_version INTEGER NOT NULL ) STRICT;

-- table circular_weights
CREATE TABLE circular_weights ( definition_id TEXT PRIMARY KEY, weight_percent REAL CHECK (weight_percent IS NULL OR (weight_percent >= 0 AND weight_percent <= 100)), note TEXT, updated_by TEXT NOT NULL REFERENCES users(id), updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1 ) STRICT;

-- table compensations
CREATE TABLE compensations ( id TEXT PRIMARY KEY, complaint_id TEXT NOT NULL REFERENCES complaints(id), type TEXT NOT NULL, harm TEXT, gift_ratio INTEGER, defective_qty INTEGER, gift_qty INTEGER, amount REAL, description TEXT, special_case_note TEXT, approval_required INTEGER NOT NULL, approval_basis TEXT, status TEXT NOT NULL CHECK (status IN ('pending_approval', 'approved', 'refused', 'not_required')), requested_by TEXT NOT NULL REFERENCES users(id), requested_at TEXT NOT NULL, decided_by TEXT REFERENCES users(id), decided_at TEXT, decision_note TEXT, deliver_by TEXT, delivered_at TEXT, version INTEGER NOT NULL ) STRICT;

-- table complaint_agreed_due
CREATE TABLE complaint_agreed_due ( complaint_id TEXT NOT NULL REFERENCES complaints(id), step TEXT NOT NULL, due_at TEXT NOT NULL, PRIMARY KEY (complaint_id, step) ) STRICT;

-- table complaint_call_backs
CREATE TABLE complaint_call_backs ( id TEXT PRIMARY KEY, complaint_id TEXT NOT NULL REFERENCES complaints(id), at TEXT NOT NULL, by_user TEXT NOT NULL REFERENCES users(id), method TEXT NOT NULL, resolution_adequate INTEGER NOT NULL, timeliness TEXT NOT NULL, attitude TEXT NOT NULL, result TEXT NOT NULL, other_opinions TEXT, satisfied INTEGER NOT NULL ) STRICT;

-- table complaint_criteria
CREATE TABLE complaint_criteria ( complaint_id TEXT NOT NULL REFERENCES complaints(id), position INTEGER NOT NULL CHECK (position >= 0), criterion TEXT NOT NULL, PRIMARY KEY (complaint_id, position) ) STRICT;

-- table complaint_escalations
CREATE TABLE complaint_escalations ( id TEXT PRIMARY KEY, complaint_id TEXT NOT NULL REFERENCES complaints(id), at TEXT NOT NULL, by_user TEXT REFERENCES users(id), reason_code TEXT NOT NULL, note TEXT NOT NULL , source TEXT, notify TEXT NOT NULL DEFAULT '[]') STRICT;

-- table complaint_events
CREATE TABLE complaint_events ( seq INTEGER PRIMARY KEY AUTOINCREMENT, complaint_id TEXT NOT NULL REFERENCES complaints(id), at TEXT NOT NULL, user_id TEXT REFERENCES users(id), action TEXT NOT NULL, from_status TEXT, to_status TEXT, details TEXT NOT NULL DEFAULT '{}' ) STRICT;

-- table complaint_extensions
CREATE TABLE complaint_extensions ( id TEXT PRIMARY KEY, complaint_id TEXT NOT NULL REFERENCES complaints(id), extension_type TEXT NOT NULL, reason TEXT NOT NULL, new_due_at TEXT NOT NULL, customer_consent_at TEXT, requested_at TEXT NOT NULL, requested_by TEXT NOT NULL REFERENCES users(id), status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'refused')), decided_at TEXT, decided_by TEXT REFERENCES users(id), decision_note TEXT , consent_method TEXT, call_centre_told_at TEXT, takes_effect_by TEXT NOT NULL DEFAULT 'approval', limit_due_at TEXT) STRICT;

-- table complaint_notified
CREATE TABLE complaint_notified ( id TEXT PRIMARY KEY, complaint_id TEXT NOT NULL REFERENCES complaints(id), party TEXT NOT NULL, whom TEXT NOT NULL, way TEXT NOT NULL CHECK (way IN ('phone', 'in_person', 'written')), notified_at TEXT NOT NULL, note TEXT, recorded_by TEXT NOT NULL REFERENCES users(id), recorded_at TEXT NOT NULL ) STRICT;

-- table complaint_pauses
CREATE TABLE complaint_pauses ( complaint_id TEXT NOT NULL REFERENCES complaints(id), position INTEGER NOT NULL CHECK (position >= 0), paused_from TEXT NOT NULL, paused_to TEXT CHECK (paused_to IS NULL OR paused_to >= paused_from), reason TEXT NOT NULL, PRIMARY KEY (complaint_id, position) ) STRICT;

-- table complaint_record_fields
CREATE TABLE complaint_record_fields ( complaint_id TEXT NOT NULL REFERENCES complaints(id), field_id TEXT NOT NULL CHECK (length(field_id) BETWEEN 1 AND 64), value TEXT NOT NULL CHECK (length(value) BETWEEN 1 AND 4000), personal TEXT CHECK (personal IS NULL OR personal = 'address'), recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL REFERENCES users(id), PRIMARY KEY (complaint_id, field_id) ) STRICT;

-- table complaint_steps
CREATE TABLE complaint_steps ( complaint_id TEXT NOT NULL REFERENCES complaints(id), step TEXT NOT NULL, done_at TEXT NOT NULL, PRIMARY KEY (complaint_id, step) ) STRICT;

-- table complaint_trigrams
CREATE VIRTUAL TABLE complaint_trigrams USING fts5(text, tokenize = 'trigram case_sensitive 1', columnsize = 0);

-- table complaint_trigrams_config
CREATE TABLE 'complaint_trigrams_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table complaint_trigrams_content
CREATE TABLE 'complaint_trigrams_content'(id INTEGER PRIMARY KEY, c0);

-- table complaint_trigrams_data
CREATE TABLE 'complaint_trigrams_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table complaint_trigrams_idx
CREATE TABLE 'complaint_trigrams_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table complaints
CREATE TABLE complaints ( id TEXT PRIMARY KEY, serial TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, channel TEXT NOT NULL, status TEXT NOT NULL, customer_name TEXT NOT NULL, customer_phone TEXT, content TEXT NOT NULL, remedy TEXT, first_receiver_id TEXT NOT NULL REFERENCES users(id), received_at TEXT NOT NULL, entered_at TEXT NOT NULL, created_by TEXT NOT NULL REFERENCES users(id), updated_at TEXT NOT NULL, version INTEGER NOT NULL , direct_loss REAL, group_size INTEGER, affected_share REAL, media_involved INTEGER NOT NULL DEFAULT 0, regulator_involved INTEGER NOT NULL DEFAULT 0, resolved_at TEXT, class_code TEXT, class_override TEXT, override_reason TEXT, override_by TEXT REFERENCES users(id), rule_pack_id TEXT, rule_pack_version TEXT, pack_facts TEXT NOT NULL DEFAULT '{}', problem_code TEXT, regrade_at TEXT, subject_user_id TEXT REFERENCES users(id), proposed_solution TEXT, repeat_of TEXT REFERENCES complaints(id), validity TEXT NOT NULL DEFAULT 'pending', invalid_reason TEXT, assignee_id TEXT REFERENCES users(id), assigned_at TEXT, unit TEXT, solution_resolver_id TEXT REFERENCES users(id), solution_measures TEXT, solution_due_at TEXT, result TEXT, reply_method TEXT, customer_informed_at TEXT, closed_at TEXT, first_response_at TEXT, due_at TEXT, class_rank INTEGER NOT NULL DEFAULT 0, escalation_count INTEGER NOT NULL DEFAULT 0, last_escalated_at TEXT, repeat_count INTEGER NOT NULL DEFAULT 0, customer_id TEXT REFERENCES customers(id), product TEXT, batch_no TEXT, quantity INTEGER, quantity_unit TEXT, restatement TEXT, late_plan_at TEXT, late_plan_by TEXT REFERENCES users(id), limit_missed_at TEXT, delay_explained_at TEXT, delay_agreed INTEGER, cause_code TEXT, repeat_kind TEXT, customer_phone_digits TEXT) STRICT;

-- table corrective_actions
CREATE TABLE corrective_actions ( id TEXT PRIMARY KEY, complaint_id TEXT NOT NULL REFERENCES complaints(id), problem TEXT NOT NULL, action TEXT NOT NULL, owner_id TEXT NOT NULL REFERENCES users(id), due_at TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('open', 'implemented', 'effective')), created_by TEXT NOT NULL REFERENCES users(id), created_at TEXT NOT NULL, implemented_at TEXT, implementation_note TEXT, reopen_count INTEGER NOT NULL DEFAULT 0, version INTEGER NOT NULL ) STRICT;

-- table credit_evaluations
CREATE TABLE credit_evaluations ( id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id), month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'), grading_id TEXT NOT NULL REFERENCES credit_gradings(id), credit_limit REAL NOT NULL CHECK (credit_limit >= 0), as_of TEXT NOT NULL, balance REAL NOT NULL CHECK (balance >= 0), shipments REAL NOT NULL CHECK (shipments >= 0), payments REAL NOT NULL CHECK (payments >= 0), overdue_amount REAL NOT NULL CHECK (overdue_amount >= 0 AND overdue_amount <= balance), earliest_due_on TEXT, filled_by TEXT NOT NULL REFERENCES users(id), filled_at TEXT NOT NULL, version INTEGER NOT NULL, checked_by TEXT REFERENCES users(id), checked_at TEXT, figures_agree INTEGER CHECK (figures_agree IN (0, 1)), opinion TEXT, proposed_limit REAL CHECK (proposed_limit IS NULL OR proposed_limit >= 0), decided_by TEXT REFERENCES users(id), decided_at TEXT, decision TEXT CHECK (decision IN ('approved', 'rejected')), decision_reason TEXT, UNIQUE (customer_id, month) ) STRICT;

-- table credit_grading_steps
CREATE TABLE credit_grading_steps ( id TEXT PRIMARY KEY, grading_id TEXT NOT NULL REFERENCES credit_gradings(id), step TEXT NOT NULL CHECK (step IN ('review', 'approve')), decision TEXT NOT NULL CHECK (decision IN ('approved', 'rejected')), reason TEXT, decided_by TEXT NOT NULL REFERENCES users(id), decided_at TEXT NOT NULL, decided_on TEXT NOT NULL, UNIQUE (grading_id, step) ) STRICT;

-- table credit_gradings
CREATE TABLE credit_gradings ( id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id), pack_id TEXT NOT NULL, pack_version TEXT NOT NULL, graded_on TEXT NOT NULL, inputs TEXT NOT NULL, outcome TEXT NOT NULL, grade TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C')), credit_limit REAL NOT NULL, review_months INTEGER NOT NULL, reason TEXT NOT NULL, proposed_by TEXT NOT NULL REFERENCES users(id), proposed_at TEXT NOT NULL ) STRICT;

-- table credit_limit_adjustments
CREATE TABLE credit_limit_adjustments ( id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id), evaluation_id TEXT NOT NULL UNIQUE REFERENCES credit_evaluations(id), grading_id TEXT NOT NULL REFERENCES credit_gradings(id), from_limit REAL NOT NULL CHECK (from_limit >= 0), to_limit REAL NOT NULL CHECK (to_limit >= 0), proposed_by TEXT NOT NULL REFERENCES users(id), proposed_at TEXT NOT NULL, approved_by TEXT NOT NULL REFERENCES users(id), approved_at TEXT NOT NULL, effective_on TEXT NOT NULL ) STRICT;

-- table credit_settings
CREATE TABLE credit_settings ( singleton INTEGER PRIMARY KEY CHECK (singleton = 1), total_cap REAL CHECK (total_cap IS NULL OR total_cap >= 0), base_day TEXT, set_by TEXT REFERENCES users(id), set_at TEXT, version INTEGER NOT NULL ) STRICT;

-- table credit_supervisor_reports
CREATE TABLE credit_supervisor_reports ( id TEXT PRIMARY KEY, month TEXT NOT NULL UNIQUE CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'), body TEXT NOT NULL, customer_ids TEXT NOT NULL, filed_by TEXT NOT NULL REFERENCES users(id), filed_at TEXT NOT NULL, filed_on TEXT NOT NULL ) STRICT;

-- table customer_follow_ups
CREATE TABLE "customer_follow_ups" ( id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id), at TEXT NOT NULL, by_user TEXT NOT NULL REFERENCES users(id), method TEXT CHECK (method IN ('phone', 'material', 'visit')), note TEXT NOT NULL ) STRICT;

-- table customer_search
CREATE VIRTUAL TABLE customer_search USING fts5(text, digits, content = '', contentless_delete = 1, prefix = '1');

-- table customer_search_config
CREATE TABLE 'customer_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table customer_search_data
CREATE TABLE 'customer_search_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table customer_search_docsize
CREATE TABLE 'customer_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);

-- table customer_search_idx
CREATE TABLE 'customer_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table customers
CREATE TABLE customers ( id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('organisation', 'individual')), name TEXT NOT NULL, phone TEXT, phone2 TEXT, contact_person TEXT, address TEXT, scheme TEXT NOT NULL, customer_group TEXT, customer_type TEXT, note TEXT, sign_reason TEXT, sign_at TEXT, sign_by TEXT REFERENCES users(id), follow_up_owner TEXT REFERENCES users(id), created_by TEXT NOT NULL REFERENCES users(id), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL , merged_into TEXT REFERENCES customers(id), merged_at TEXT, merged_by TEXT REFERENCES users(id), merge_reason TEXT, id_number TEXT) STRICT;

-- table destruction_batches
CREATE TABLE destruction_batches ( id TEXT PRIMARY KEY, status TEXT NOT NULL CHECK (status IN ('proposed', 'destroyed')), proposed_by TEXT NOT NULL REFERENCES users(id), proposed_by_name TEXT NOT NULL, proposed_at TEXT NOT NULL, -- JSON array of customer ids customer_ids TEXT NOT NULL, customer_count INTEGER NOT NULL, approved_by TEXT REFERENCES users(id), approved_by_name TEXT, approved_at TEXT, reason TEXT, -- JSON object: record type -> how many records had fields erased erased_counts TEXT, place TEXT NOT NULL ) STRICT;

-- table drafts
CREATE TABLE drafts ( user_id TEXT NOT NULL REFERENCES users(id), form TEXT NOT NULL, data TEXT NOT NULL, saved_at TEXT NOT NULL, PRIMARY KEY (user_id, form) ) STRICT;

-- table head_office_remarks
CREATE TABLE head_office_remarks ( remark_id TEXT NOT NULL, version INTEGER NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, body TEXT NOT NULL, outcome TEXT NOT NULL, merged_at TEXT NOT NULL, PRIMARY KEY (remark_id, version) ) STRICT;

-- table heat_room_measurements
CREATE TABLE heat_room_measurements ( id TEXT PRIMARY KEY, complaint_id TEXT NOT NULL REFERENCES complaints(id), measured_at TEXT NOT NULL, user_type TEXT NOT NULL CHECK (user_type IN ('building', 'bungalow', 'nonResidential')), temperature REAL NOT NULL CHECK (temperature BETWEEN -50 AND 60), contracted_min REAL CHECK (contracted_min IS NULL OR contracted_min BETWEEN -50 AND 60), recorded_by TEXT NOT NULL REFERENCES users(id), recorded_at TEXT NOT NULL ) STRICT;

-- table heat_stoppages
CREATE TABLE heat_stoppages ( id TEXT PRIMARY KEY, complaint_id TEXT NOT NULL REFERENCES complaints(id), version INTEGER NOT NULL CHECK (version >= 1), stopped_at TEXT NOT NULL, restored_at TEXT CHECK (restored_at IS NULL OR restored_at > stopped_at), fault_stops_supply INTEGER NOT NULL CHECK (fault_stops_supply IN (0, 1)), notice_at TEXT, notice_way TEXT CHECK (notice_way IS NULL OR notice_way IN ('notifyUsers', 'announcement')), notice_to TEXT CHECK (notice_to IS NULL OR length(notice_to) BETWEEN 1 AND 500), notice_by TEXT REFERENCES users(id), recorded_by TEXT NOT NULL REFERENCES users(id), recorded_at TEXT NOT NULL, updated_at TEXT NOT NULL, CHECK ((notice_at IS NULL) = (notice_way IS NULL) AND (notice_at IS NULL) = (notice_to IS NULL) AND (notice_at IS NULL) = (notice_by IS NULL)) ) STRICT;

-- table investigation_report_steps
CREATE TABLE investigation_report_steps ( seq INTEGER PRIMARY KEY AUTOINCREMENT, report_id TEXT NOT NULL REFERENCES investigation_reports(id), round INTEGER NOT NULL, step TEXT NOT NULL CHECK (step IN ('submit', 'managerReview', 'adminHrOpinion', 'gmApproval')), decision TEXT NOT NULL CHECK (decision IN ('submit', 'approve', 'return')), opinion TEXT, by_user TEXT NOT NULL REFERENCES users(id), at TEXT NOT NULL ) STRICT;

-- table investigation_reports
CREATE TABLE investigation_reports ( id TEXT PRIMARY KEY, complaint_id TEXT NOT NULL UNIQUE REFERENCES complaints(id), status TEXT NOT NULL CHECK (status IN ('draft', 'manager_review', 'admin_hr_review', 'gm_approval', 'approved')), cause TEXT NOT NULL, course TEXT NOT NULL, responsible_person TEXT NOT NULL, conclusion TEXT NOT NULL, countermeasures TEXT NOT NULL, original_attached INTEGER NOT NULL, created_by TEXT NOT NULL REFERENCES users(id), created_at TEXT NOT NULL, submitted_by TEXT REFERENCES users(id), submitted_at TEXT, return_reason TEXT, round INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL, version INTEGER NOT NULL ) STRICT;

-- table media_incident_attachments
CREATE TABLE media_incident_attachments ( incident_id TEXT NOT NULL REFERENCES media_incidents(id), attachment_id TEXT NOT NULL REFERENCES attachments(id), file_name TEXT NOT NULL, added_at TEXT NOT NULL, added_by TEXT NOT NULL REFERENCES users(id), PRIMARY KEY (incident_id, attachment_id) ) STRICT;

-- table media_incident_notifications
CREATE TABLE media_incident_notifications ( id TEXT PRIMARY KEY, incident_id TEXT NOT NULL REFERENCES media_incidents(id), party TEXT NOT NULL, notified_at TEXT NOT NULL, by_user TEXT NOT NULL REFERENCES users(id), note TEXT ) STRICT;

-- table media_incident_steps
CREATE TABLE media_incident_steps ( incident_id TEXT NOT NULL REFERENCES media_incidents(id), checklist TEXT NOT NULL, step_code TEXT NOT NULL, done_at TEXT NOT NULL, done_by TEXT NOT NULL REFERENCES users(id), note TEXT, PRIMARY KEY (incident_id, checklist, step_code) ) STRICT;

-- table media_incidents
CREATE TABLE media_incidents ( id TEXT PRIMARY KEY, occurred_at TEXT NOT NULL, channel TEXT NOT NULL, media_name TEXT, programme TEXT, journalist_name TEXT, journalist_on_site INTEGER NOT NULL DEFAULT 0, content_category TEXT, description TEXT NOT NULL, platform TEXT, poster_contact TEXT, complaint_id TEXT REFERENCES complaints(id), status TEXT NOT NULL DEFAULT 'open', status_note TEXT, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL REFERENCES users(id), version INTEGER NOT NULL DEFAULT 1 ) STRICT;

-- table mine_level_events
CREATE TABLE mine_level_events ( id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('graded', 'accident', 'inspectionFailed', 'downgraded', 'revoked', 'majorHazard', 'fraud', 'stopped', 'resumed')), occurred_on TEXT NOT NULL, level TEXT CHECK (level IN ('level1', 'level2', 'level3')), accident_class TEXT CHECK (accident_class IN ('general', 'larger', 'major', 'especially-major')), cause TEXT CHECK (cause IN ('decline', 'extendedSpotCheck')), note TEXT NOT NULL, entered_by TEXT NOT NULL REFERENCES users(id), entered_at TEXT NOT NULL, voided_by TEXT REFERENCES users(id), voided_at TEXT, void_reason TEXT, version INTEGER NOT NULL ) STRICT;

-- table narrative_reports
CREATE TABLE narrative_reports ( id TEXT PRIMARY KEY, kind_id TEXT NOT NULL, period_kind TEXT NOT NULL CHECK (period_kind IN ('week', 'month', 'quarter', 'year', 'case')), period_key TEXT NOT NULL, complaint_id TEXT REFERENCES complaints(id), version INTEGER NOT NULL CHECK (version >= 1), status TEXT NOT NULL CHECK (status IN ('draft', 'issued')), sections TEXT NOT NULL, replaces TEXT UNIQUE REFERENCES narrative_reports(id), correction_reason TEXT, drafted_by TEXT NOT NULL REFERENCES users(id), updated_at TEXT NOT NULL, statistics TEXT, issued_by TEXT REFERENCES users(id), issued_role TEXT, issued_at TEXT, CHECK ((status = 'issued') = (statistics IS NOT NULL AND issued_by IS NOT NULL AND issued_role IS NOT NULL AND issued_at IS NOT NULL)), CHECK ((version = 1) = (replaces IS NULL)), CHECK ((replaces IS NULL) = (correction_reason IS NULL)), CHECK ((period_kind = 'case') = (complaint_id IS NOT NULL)), CHECK (complaint_id IS NULL OR period_key = complaint_id), UNIQUE (kind_id, period_kind, period_key, version) ) STRICT;

-- table notification_reads
CREATE TABLE notification_reads ( notification_id TEXT NOT NULL REFERENCES notifications(id), user_id TEXT NOT NULL REFERENCES users(id), read_at TEXT NOT NULL, PRIMARY KEY (notification_id, user_id) ) STRICT;

-- table notification_recipients
CREATE TABLE notification_recipients ( notification_id TEXT NOT NULL REFERENCES notifications(id), recipient TEXT NOT NULL, user_id TEXT REFERENCES users(id), copy INTEGER NOT NULL CHECK (copy IN (0, 1)), PRIMARY KEY (notification_id, recipient) ) STRICT;

-- table notification_settings
CREATE TABLE notification_settings ( singleton INTEGER PRIMARY KEY CHECK (singleton = 1), immediately_minutes INTEGER CHECK (immediately_minutes > 0), promptly_minutes INTEGER CHECK (promptly_minutes > 0), unstated_minutes INTEGER CHECK (unstated_minutes > 0), escalation_chain TEXT NOT NULL, first_complaint_rowid INTEGER NOT NULL, updated_at TEXT, updated_by TEXT REFERENCES users(id), version INTEGER NOT NULL DEFAULT 1 , report_reminder_working_days INTEGER DEFAULT 3 CHECK (report_reminder_working_days BETWEEN 1 AND 20)) STRICT;

-- table notifications
CREATE TABLE notifications ( id TEXT PRIMARY KEY, complaint_id TEXT NOT NULL REFERENCES complaints(id), pack_id TEXT NOT NULL, pack_version TEXT NOT NULL, obligation TEXT NOT NULL, trigger_ref TEXT NOT NULL, event TEXT, level INTEGER NOT NULL DEFAULT 0, escalation_of TEXT REFERENCES notifications(id), notify TEXT NOT NULL, source TEXT NOT NULL, choice TEXT, limit_spec TEXT NOT NULL, confirm_by_phone INTEGER NOT NULL CHECK (confirm_by_phone IN (0, 1)), acknowledge_required INTEGER NOT NULL CHECK (acknowledge_required IN (0, 1)), escalate_to TEXT, starts_at TEXT NOT NULL, due_at TEXT, created_at TEXT NOT NULL, acknowledged_at TEXT, acknowledged_by TEXT REFERENCES users(id), acknowledged_by_name TEXT, acknowledged_at_head_office INTEGER NOT NULL DEFAULT 0, phone_confirmed_at TEXT, phone_confirmed_by TEXT REFERENCES users(id), phone_reached TEXT, phone_note TEXT, written_due_at TEXT, written_at TEXT, written_by TEXT REFERENCES users(id), written_text TEXT, escalate_at TEXT, escalated_at TEXT, version INTEGER NOT NULL DEFAULT 1 ) STRICT;

-- table opinion_book_checks
CREATE TABLE opinion_book_checks ( id TEXT PRIMARY KEY, site_day TEXT NOT NULL, checked_at TEXT NOT NULL, checked_by TEXT NOT NULL REFERENCES users(id), note TEXT ) STRICT;

-- table opinion_book_entries
CREATE TABLE opinion_book_entries ( id TEXT PRIMARY KEY, entry_no INTEGER NOT NULL UNIQUE, entry_date TEXT NOT NULL, entry_type TEXT NOT NULL CHECK (entry_type IN ('complaint', 'suggestion')), content TEXT NOT NULL, customer_name TEXT, contact TEXT, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL REFERENCES users(id), reviewed_at TEXT, reviewed_by TEXT REFERENCES users(id), handling_opinion TEXT, signed_at TEXT, signed_by TEXT REFERENCES users(id), customer_replied_at TEXT, complaint_id TEXT UNIQUE REFERENCES complaints(id), version INTEGER NOT NULL DEFAULT 1 ) STRICT;

-- table outbox
CREATE TABLE outbox ( seq INTEGER PRIMARY KEY AUTOINCREMENT, entry_id TEXT NOT NULL UNIQUE, entity TEXT NOT NULL, entity_id TEXT NOT NULL, entity_version INTEGER NOT NULL, operation TEXT NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL, acknowledged_at TEXT , audited INTEGER NOT NULL DEFAULT 0 CHECK (audited IN (0, 1))) STRICT;

-- table personal_data_access
CREATE TABLE personal_data_access ( id TEXT PRIMARY KEY, at TEXT NOT NULL, user_id TEXT NOT NULL REFERENCES users(id), user_name TEXT NOT NULL, -- 'reveal' (one record shown in full), 'export' (a report or ledger saved as a file), 'delete' action TEXT NOT NULL CHECK (action IN ('reveal', 'export', 'delete')), -- what: the kind of record or the export's name subject TEXT NOT NULL, record_id TEXT, -- how many rows an export carried row_count INTEGER, reason TEXT, -- where: the site and this computer place TEXT NOT NULL ) STRICT;

-- table procedure_role_holders
CREATE TABLE procedure_role_holders ( pack_id TEXT NOT NULL, role_id TEXT NOT NULL, user_id TEXT NOT NULL REFERENCES users(id), assigned_at TEXT NOT NULL, assigned_by TEXT REFERENCES users(id), PRIMARY KEY (pack_id, role_id, user_id) ) STRICT;

-- table reference_items
CREATE TABLE reference_items ( kind TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, body TEXT NOT NULL, received_at TEXT NOT NULL, PRIMARY KEY (kind, id, version) ) STRICT;

-- table report_complaints
CREATE TABLE report_complaints ( site_id TEXT NOT NULL, complaint_id TEXT NOT NULL UNIQUE, version INTEGER NOT NULL, serial TEXT NOT NULL, kind TEXT NOT NULL, channel TEXT NOT NULL, status TEXT NOT NULL, class_code TEXT, category TEXT, cause TEXT, validity TEXT NOT NULL, unit TEXT, handler_id TEXT, handler_name TEXT, received_at TEXT NOT NULL, received_day TEXT NOT NULL, received_week TEXT NOT NULL, received_month TEXT NOT NULL, received_quarter TEXT NOT NULL, received_year TEXT NOT NULL, closed_at TEXT, closed_week TEXT, closed_month TEXT, closed_quarter TEXT, closed_year TEXT, due_at TEXT, response_due_at TEXT, response_done_at TEXT, handling_due_at TEXT, handling_done_at TEXT, reply_due_at TEXT, reply_done_at TEXT, resolved_at TEXT, call_back_at TEXT, call_back_lag_ms INTEGER, call_backs INTEGER NOT NULL, satisfied_call_backs INTEGER NOT NULL, escalations INTEGER NOT NULL, is_repeat INTEGER NOT NULL, handling_milli_work_days INTEGER , late_plan_at TEXT) STRICT;

-- table report_reminders
CREATE TABLE report_reminders ( id TEXT PRIMARY KEY, kind_id TEXT NOT NULL, period_kind TEXT NOT NULL CHECK (period_kind IN ('week', 'month', 'quarter', 'year')), period_key TEXT NOT NULL, step TEXT NOT NULL CHECK (step IN ('dueSoon', 'overdue')), recipient TEXT NOT NULL, due_date TEXT NOT NULL, source TEXT NOT NULL, raised_at TEXT NOT NULL, acknowledged_at TEXT, acknowledged_by TEXT REFERENCES users(id), closed_at TEXT, version INTEGER NOT NULL DEFAULT 1, UNIQUE (kind_id, period_kind, period_key, step) ) STRICT;

-- table report_resends
CREATE TABLE report_resends (complaint_id TEXT PRIMARY KEY) STRICT;

-- table report_retests
CREATE TABLE report_retests ( id TEXT PRIMARY KEY, complaint_id TEXT NOT NULL REFERENCES complaints(id), report_number TEXT NOT NULL CHECK (length(report_number) BETWEEN 1 AND 200), sample_code TEXT NOT NULL CHECK (length(sample_code) BETWEEN 1 AND 200), sample_basis TEXT NOT NULL CHECK (sample_basis IN ('original', 'resampled')), resample_reason TEXT CHECK ((sample_basis = 'resampled') = (resample_reason IS NOT NULL)), tester_one TEXT NOT NULL REFERENCES users(id), tester_two TEXT NOT NULL REFERENCES users(id), tested_at TEXT NOT NULL, result TEXT NOT NULL CHECK (length(result) BETWEEN 1 AND 2000), original_correct INTEGER NOT NULL CHECK (original_correct IN (0, 1)), recorded_by TEXT NOT NULL REFERENCES users(id), recorded_at TEXT NOT NULL, CHECK (tester_one <> tester_two) ) STRICT;

-- table report_withdrawals
CREATE TABLE report_withdrawals ( id TEXT PRIMARY KEY, complaint_id TEXT NOT NULL REFERENCES complaints(id), retest_id TEXT NOT NULL UNIQUE REFERENCES report_retests(id), reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000), approved_by TEXT NOT NULL REFERENCES users(id), withdrawn_at TEXT NOT NULL, corrected_report_number TEXT NOT NULL CHECK (length(corrected_report_number) BETWEEN 1 AND 200), recorded_by TEXT NOT NULL REFERENCES users(id), recorded_at TEXT NOT NULL ) STRICT;

-- table retention_overrides
CREATE TABLE retention_overrides ( record_type TEXT PRIMARY KEY, years INTEGER NOT NULL CHECK (years BETWEEN 1 AND 100), updated_by TEXT NOT NULL REFERENCES users(id), updated_at TEXT NOT NULL ) STRICT;

-- table risk_class_changes
CREATE TABLE risk_class_changes ( id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id), proposal_id TEXT NOT NULL UNIQUE REFERENCES risk_class_proposals(id), from_class TEXT NOT NULL CHECK (from_class IN ('class1', 'class2', 'class3', 'normal')), to_class TEXT NOT NULL CHECK (to_class IN ('class1', 'class2', 'class3', 'normal')), reason TEXT NOT NULL, facts TEXT NOT NULL, judgements TEXT NOT NULL, met TEXT NOT NULL, proposed_by TEXT NOT NULL REFERENCES users(id), reviewed_by TEXT NOT NULL REFERENCES users(id), decided_by TEXT NOT NULL REFERENCES users(id), decision_note TEXT NOT NULL, decided_at TEXT NOT NULL, pack_id TEXT NOT NULL, pack_version TEXT NOT NULL ) STRICT;

-- table risk_class_proposals
CREATE TABLE risk_class_proposals ( id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id), from_class TEXT NOT NULL CHECK (from_class IN ('class1', 'class2', 'class3', 'normal')), to_class TEXT NOT NULL CHECK (to_class IN ('class1', 'class2', 'class3', 'normal')), indicated_class TEXT NOT NULL CHECK (indicated_class IN ('class1', 'class2', 'class3', 'normal')), facts TEXT NOT NULL, judgements TEXT NOT NULL, met TEXT NOT NULL, reason TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('proposed', 'reviewed', 'approved', 'rejected')), proposed_by TEXT NOT NULL REFERENCES users(id), proposed_at TEXT NOT NULL, reviewed_by TEXT REFERENCES users(id), reviewed_at TEXT, review_note TEXT, decided_by TEXT REFERENCES users(id), decided_at TEXT, decision_note TEXT, pack_id TEXT NOT NULL, pack_version TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1 ) STRICT;

-- table risk_meeting_attendees
CREATE TABLE risk_meeting_attendees ( meeting_id TEXT NOT NULL REFERENCES risk_meetings(id), position INTEGER NOT NULL CHECK (position >= 0), name TEXT NOT NULL, PRIMARY KEY (meeting_id, position) ) STRICT;

-- table risk_meeting_customers
CREATE TABLE risk_meeting_customers ( meeting_id TEXT NOT NULL REFERENCES risk_meetings(id), position INTEGER NOT NULL CHECK (position >= 0), customer_id TEXT NOT NULL REFERENCES customers(id), PRIMARY KEY (meeting_id, position), UNIQUE (meeting_id, customer_id) ) STRICT;

-- table risk_meeting_kinds
CREATE TABLE risk_meeting_kinds ( meeting_id TEXT NOT NULL REFERENCES risk_meetings(id), kind TEXT NOT NULL CHECK (kind IN ('dynamicAnalysis', 'warningAnalysis', 'riskAnalysis', 'disposal')), PRIMARY KEY (meeting_id, kind) ) STRICT;

-- table risk_meetings
CREATE TABLE risk_meetings ( id TEXT PRIMARY KEY, held_on TEXT NOT NULL, conclusions TEXT NOT NULL, recorded_by TEXT NOT NULL REFERENCES users(id), recorded_at TEXT NOT NULL ) STRICT;

-- table risk_screenings
CREATE TABLE risk_screenings ( id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id), month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'), risk_class TEXT NOT NULL CHECK (risk_class IN ('class1', 'class2')), capital_chain TEXT NOT NULL, operating_chain TEXT NOT NULL, investment_chain TEXT NOT NULL, guarantee_chain TEXT NOT NULL, situation TEXT NOT NULL, filed_by TEXT NOT NULL REFERENCES users(id), filed_at TEXT NOT NULL, UNIQUE (customer_id, month) ) STRICT;

-- table rule_packs
CREATE TABLE rule_packs ( pack_id TEXT NOT NULL, version TEXT NOT NULL, name_zh TEXT NOT NULL, name_en TEXT NOT NULL, body TEXT NOT NULL, published_version INTEGER NOT NULL, received_at TEXT NOT NULL, PRIMARY KEY (pack_id, version) ) STRICT;

-- table sanction_ledger
CREATE TABLE sanction_ledger ( id TEXT PRIMARY KEY, complaint_id TEXT NOT NULL REFERENCES complaints(id), sanction_id TEXT REFERENCES sanctions(id), target TEXT NOT NULL CHECK (target IN ('person', 'unit')), person_id TEXT REFERENCES users(id), unit TEXT, article_code TEXT NOT NULL, measure TEXT NOT NULL CHECK (measure IN ('fine', 'points')), amount REAL NOT NULL DEFAULT 0, points INTEGER NOT NULL DEFAULT 0, deduction_role INTEGER, note TEXT, reverses TEXT UNIQUE REFERENCES sanction_ledger(id), decided_by TEXT NOT NULL REFERENCES users(id), decided_on TEXT NOT NULL, recorded_at TEXT NOT NULL, CHECK ((target = 'person') = (person_id IS NOT NULL)), CHECK (target = 'person' OR unit IS NOT NULL) ) STRICT;

-- table sanctions
CREATE TABLE sanctions ( id TEXT PRIMARY KEY, complaint_id TEXT NOT NULL REFERENCES complaints(id), person_id TEXT NOT NULL REFERENCES users(id), kind TEXT NOT NULL CHECK (kind IN ('penalty', 'reward')), article_code TEXT NOT NULL, measure TEXT NOT NULL, amount REAL, points INTEGER, deduction_role INTEGER, note TEXT, by_user TEXT NOT NULL REFERENCES users(id), at TEXT NOT NULL ) STRICT;

-- table schema_migrations
CREATE TABLE schema_migrations ( id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL ) STRICT;

-- table serial_counters
CREATE TABLE serial_counters ( day TEXT PRIMARY KEY, last_sequence INTEGER NOT NULL ) STRICT;

-- table sign_in_lockouts
CREATE TABLE sign_in_lockouts ( login TEXT PRIMARY KEY, failures INTEGER NOT NULL CHECK (failures >= 0), locked_until TEXT ) STRICT;

-- table site
CREATE TABLE site ( singleton INTEGER PRIMARY KEY CHECK (singleton = 1), site_id TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, organisation TEXT NOT NULL, rule_pack TEXT NOT NULL, time_zone TEXT NOT NULL, idle_sign_out_minutes INTEGER NOT NULL, demo INTEGER NOT NULL, created_at TEXT NOT NULL , work_day_opens TEXT NOT NULL DEFAULT '08:30', work_day_closes TEXT NOT NULL DEFAULT '17:30', version INTEGER NOT NULL DEFAULT 1, profile_id TEXT) STRICT;

-- table site_profiles
CREATE TABLE site_profiles ( profile_id TEXT NOT NULL, version TEXT NOT NULL, body TEXT NOT NULL, published_version INTEGER NOT NULL, received_at TEXT NOT NULL, PRIMARY KEY (profile_id, version) ) STRICT;

-- table sync_conflicts
CREATE TABLE sync_conflicts ( id TEXT PRIMARY KEY, remark_id TEXT NOT NULL, remark_version INTEGER NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL, base_value TEXT, site_value TEXT, head_office_value TEXT NOT NULL, note TEXT, detected_at TEXT NOT NULL, resolved_at TEXT, resolution TEXT CHECK (resolution IN ('site', 'headOffice')), resolved_by TEXT REFERENCES users(id), FOREIGN KEY (remark_id, remark_version) REFERENCES head_office_remarks (remark_id, version) ) STRICT;

-- table sync_state
CREATE TABLE sync_state ( key TEXT PRIMARY KEY, value TEXT NOT NULL ) STRICT;

-- table users
CREATE TABLE users ( id TEXT PRIMARY KEY, login TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, roles TEXT NOT NULL, unit TEXT, secret_kind TEXT NOT NULL CHECK (secret_kind IN ('password', 'pin')), secret_hash TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL ) STRICT;

-- trigger complaint_trigrams_delete
CREATE TRIGGER complaint_trigrams_delete AFTER DELETE ON complaints BEGIN DELETE FROM complaint_trigrams WHERE rowid = old.rowid; END;

-- trigger complaint_trigrams_insert
CREATE TRIGGER complaint_trigrams_insert AFTER INSERT ON complaints BEGIN INSERT INTO complaint_trigrams (rowid, text) VALUES (new.rowid, search_haystack(new.serial, new.customer_name, new.customer_phone, new.content)); END;

-- trigger complaint_trigrams_update
CREATE TRIGGER complaint_trigrams_update AFTER UPDATE OF serial, customer_name, customer_phone, content ON complaints BEGIN DELETE FROM complaint_trigrams WHERE rowid = old.rowid; INSERT INTO complaint_trigrams (rowid, text) VALUES (new.rowid, search_haystack(new.serial, new.customer_name, new.customer_phone, new.content)); END;

-- trigger credit_evaluations_checked_fixed
CREATE TRIGGER credit_evaluations_checked_fixed BEFORE UPDATE ON credit_evaluations WHEN OLD.checked_at IS NOT NULL AND (NEW.balance IS NOT OLD.balance OR NEW.shipments IS NOT OLD.shipments OR NEW.payments IS NOT OLD.payments OR NEW.overdue_amount IS NOT OLD.overdue_amount OR NEW.earliest_due_on IS NOT OLD.earliest_due_on OR NEW.as_of IS NOT OLD.as_of OR NEW.credit_limit IS NOT OLD.credit_limit OR NEW.checked_at IS NOT OLD.checked_at OR NEW.opinion IS NOT OLD.opinion OR NEW.proposed_limit IS NOT OLD.proposed_limit OR (OLD.decided_at IS NOT NULL AND NEW.decided_at IS NOT OLD.decided_at)) BEGIN SELECT RAISE(ABORT, 'credit_evaluations: a checked evaluation is fixed'); END;

-- trigger credit_evaluations_no_delete
CREATE TRIGGER credit_evaluations_no_delete BEFORE DELETE ON credit_evaluations BEGIN SELECT RAISE(ABORT, 'credit_evaluations keeps every month: correct the figures instead'); END;

-- trigger credit_grading_steps_no_delete
CREATE TRIGGER credit_grading_steps_no_delete BEFORE DELETE ON credit_grading_steps BEGIN SELECT RAISE(ABORT, 'credit_grading_steps is append-only'); END;

-- trigger credit_grading_steps_no_update
CREATE TRIGGER credit_grading_steps_no_update BEFORE UPDATE ON credit_grading_steps BEGIN SELECT RAISE(ABORT, 'credit_grading_steps is append-only'); END;

-- trigger credit_gradings_no_delete
CREATE TRIGGER credit_gradings_no_delete BEFORE DELETE ON credit_gradings BEGIN SELECT RAISE(ABORT, 'credit_gradings is append-only: propose a new grading'); END;

-- trigger credit_gradings_no_update
CREATE TRIGGER credit_gradings_no_update BEFORE UPDATE ON credit_gradings BEGIN SELECT RAISE(ABORT, 'credit_gradings is append-only: propose a new grading'); END;

-- trigger credit_limit_adjustments_no_delete
CREATE TRIGGER credit_limit_adjustments_no_delete BEFORE DELETE ON credit_limit_adjustments BEGIN SELECT RAISE(ABORT, 'credit_limit_adjustments is append-only'); END;

-- trigger credit_limit_adjustments_no_update
CREATE TRIGGER credit_limit_adjustments_no_update BEFORE UPDATE ON credit_limit_adjustments BEGIN SELECT RAISE(ABORT, 'credit_limit_adjustments is append-only'); END;

-- trigger credit_supervisor_reports_no_delete
CREATE TRIGGER credit_supervisor_reports_no_delete BEFORE DELETE ON credit_supervisor_reports BEGIN SELECT RAISE(ABORT, 'credit_supervisor_reports is append-only'); END;

-- trigger credit_supervisor_reports_no_update
CREATE TRIGGER credit_supervisor_reports_no_update BEFORE UPDATE ON credit_supervisor_reports BEGIN SELECT RAISE(ABORT, 'credit_supervisor_reports is append-only'); END;

-- trigger heat_room_measurements_no_delete
CREATE TRIGGER heat_room_measurements_no_delete BEFORE DELETE ON heat_room_measurements BEGIN SELECT RAISE(ABORT, 'heat_room_measurements is append-only'); END;

-- trigger heat_room_measurements_no_update
CREATE TRIGGER heat_room_measurements_no_update BEFORE UPDATE ON heat_room_measurements BEGIN SELECT RAISE(ABORT, 'heat_room_measurements is append-only'); END;

-- trigger narrative_reports_issued_no_delete
CREATE TRIGGER narrative_reports_issued_no_delete BEFORE DELETE ON narrative_reports WHEN OLD.status = 'issued' BEGIN SELECT RAISE(ABORT, 'an issued narrative report is frozen: correct it with a new version'); END;

-- trigger narrative_reports_issued_no_update
CREATE TRIGGER narrative_reports_issued_no_update BEFORE UPDATE ON narrative_reports WHEN OLD.status = 'issued' BEGIN SELECT RAISE(ABORT, 'an issued narrative report is frozen: correct it with a new version'); END;

-- trigger personal_data_access_no_delete
CREATE TRIGGER personal_data_access_no_delete BEFORE DELETE ON personal_data_access BEGIN SELECT RAISE(ABORT, 'personal_data_access is append-only'); END;

-- trigger personal_data_access_no_update
CREATE TRIGGER personal_data_access_no_update BEFORE UPDATE ON personal_data_access BEGIN SELECT RAISE(ABORT, 'personal_data_access is append-only'); END;

-- trigger report_retests_no_delete
CREATE TRIGGER report_retests_no_delete BEFORE DELETE ON report_retests BEGIN SELECT RAISE(ABORT, 'report_retests is append-only'); END;

-- trigger report_retests_no_update
CREATE TRIGGER report_retests_no_update BEFORE UPDATE ON report_retests BEGIN SELECT RAISE(ABORT, 'report_retests is append-only'); END;

-- trigger report_withdrawals_no_delete
CREATE TRIGGER report_withdrawals_no_delete BEFORE DELETE ON report_withdrawals BEGIN SELECT RAISE(ABORT, 'report_withdrawals is append-only'); END;

-- trigger report_withdrawals_no_update
CREATE TRIGGER report_withdrawals_no_update BEFORE UPDATE ON report_withdrawals BEGIN SELECT RAISE(ABORT, 'report_withdrawals is append-only'); END;

-- trigger risk_class_changes_no_delete
CREATE TRIGGER risk_class_changes_no_delete BEFORE DELETE ON risk_class_changes BEGIN SELECT RAISE(ABORT, 'risk_class_changes is append-only: decide a new change'); END;

-- trigger risk_class_changes_no_update
CREATE TRIGGER risk_class_changes_no_update BEFORE UPDATE ON risk_class_changes BEGIN SELECT RAISE(ABORT, 'risk_class_changes is append-only: decide a new change'); END;

-- trigger risk_meeting_attendees_no_delete
CREATE TRIGGER risk_meeting_attendees_no_delete BEFORE DELETE ON risk_meeting_attendees BEGIN SELECT RAISE(ABORT, 'risk_meeting_attendees is append-only'); END;

-- trigger risk_meeting_attendees_no_update
CREATE TRIGGER risk_meeting_attendees_no_update BEFORE UPDATE ON risk_meeting_attendees BEGIN SELECT RAISE(ABORT, 'risk_meeting_attendees is append-only'); END;

-- trigger risk_meeting_customers_no_delete
CREATE TRIGGER risk_meeting_customers_no_delete BEFORE DELETE ON risk_meeting_customers BEGIN SELECT RAISE(ABORT, 'risk_meeting_customers is append-only'); END;

-- trigger risk_meeting_customers_no_update
CREATE TRIGGER risk_meeting_customers_no_update BEFORE UPDATE ON risk_meeting_customers BEGIN SELECT RAISE(ABORT, 'risk_meeting_customers is append-only'); END;

-- trigger risk_meeting_kinds_no_delete
CREATE TRIGGER risk_meeting_kinds_no_delete BEFORE DELETE ON risk_meeting_kinds BEGIN SELECT RAISE(ABORT, 'risk_meeting_kinds is append-only'); END;

-- trigger risk_meeting_kinds_no_update
CREATE TRIGGER risk_meeting_kinds_no_update BEFORE UPDATE ON risk_meeting_kinds BEGIN SELECT RAISE(ABORT, 'risk_meeting_kinds is append-only'); END;

-- trigger risk_meetings_no_delete
CREATE TRIGGER risk_meetings_no_delete BEFORE DELETE ON risk_meetings BEGIN SELECT RAISE(ABORT, 'risk_meetings is append-only'); END;

-- trigger risk_meetings_no_update
CREATE TRIGGER risk_meetings_no_update BEFORE UPDATE ON risk_meetings BEGIN SELECT RAISE(ABORT, 'risk_meetings is append-only'); END;

-- trigger risk_screenings_no_delete
CREATE TRIGGER risk_screenings_no_delete BEFORE DELETE ON risk_screenings BEGIN SELECT RAISE(ABORT, 'risk_screenings is append-only'); END;

-- trigger risk_screenings_no_update
CREATE TRIGGER risk_screenings_no_update BEFORE UPDATE ON risk_screenings BEGIN SELECT RAISE(ABORT, 'risk_screenings is append-only'); END;

-- trigger sanction_ledger_no_delete
CREATE TRIGGER sanction_ledger_no_delete BEFORE DELETE ON sanction_ledger BEGIN SELECT RAISE(ABORT, 'sanction_ledger is append-only: record a reversing entry'); END;

-- trigger sanction_ledger_no_update
CREATE TRIGGER sanction_ledger_no_update BEFORE UPDATE ON sanction_ledger BEGIN SELECT RAISE(ABORT, 'sanction_ledger is append-only: record a reversing entry'); END;

-- view credit_limits_set
CREATE VIEW credit_limits_set AS SELECT g.customer_id, g.id AS grading_id, NULL AS adjustment_id, g.credit_limit, s.decided_at AS set_at, s.decided_on AS set_on FROM credit_gradings g JOIN credit_grading_steps s ON s.grading_id = g.id AND s.step = 'approve' AND s.decision = 'approved' UNION ALL SELECT a.customer_id, a.grading_id, a.id, a.to_limit, a.approved_at, a.effective_on FROM credit_limit_adjustments a;
