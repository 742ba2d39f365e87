/** The sections of a subject-access document (privacy.subjectAccess), in the order a reader expects them. */
export const SUBJECT_ACCESS_SECTIONS = ['customer', 'complaints', 'recordFields', 'callBacks', 'visits', 'opinionEntries', 'mediaIncidents', 'limitAdjustments', 'riskMeetings', 'accessRegister'] as const;
export type SubjectAccessSection = (typeof SUBJECT_ACCESS_SECTIONS)[number];

/**
 * How a stored value reads: as it is (`text`, `number`), a moment in Beijing time (`time`), a user's name
 * (`staff`), a complaint's serial (`complaint`), the register's record (`record`), a list (`list`), a code
 * labelled by the screens' own vocabulary (`vocab`: the i18n key prefix; `vocabList` for a list of codes),
 * or a code labelled by the shipped rule packs, customer schemes and profiles (the rest).
 */
export type CellKind =
  | 'text'
  | 'number'
  | 'time'
  | 'yesNo'
  | 'staff'
  | 'complaint'
  | 'record'
  | 'list'
  | 'scheme'
  | 'group'
  | 'type'
  | 'pack'
  | 'class'
  | 'cause'
  | 'steps'
  | 'pauses'
  | 'criteria'
  | 'packFacts'
  | 'mediaCategory'
  | 'recordField'
  | 'recordFieldValue'
  | { vocab: string }
  | { vocabList: string };

/** A column of a sheet: the stored column, its header (privacy.subjectAccess.columns.<header>), how its value reads. */
export interface SubjectAccessColumn {
  column: string;
  kind: CellKind;
  header?: string;
}

const col = (column: string, kind: CellKind = 'text', header?: string): SubjectAccessColumn => ({ column, kind, ...(header ? { header } : {}) });

/*
 * `choice`: the workbook is the export as a person reads it, column by column as the screens show the record;
 * the JSON export (the same call) stays the complete copy as stored. Left out of the workbook, as bookkeeping
 * that tells the reader nothing: row ids, version counters, the digits kept for search (customer_phone_digits),
 * the sort rank of a class (class_rank), the next regrading moment (regrade_at), the customer's own id where a
 * record points back at it, and the id of a customer this file was merged into (another person's file).
 * rule_pack_version is shown with the pack's name; user_id of the register with its user_name.
 */
export const LEFT_OUT_COLUMNS: Record<SubjectAccessSection, readonly string[]> = {
  customer: ['id', 'version', 'merged_into'],
  complaints: ['id', 'version', 'customer_id', 'customer_phone_digits', 'class_rank', 'regrade_at', 'rule_pack_version'],
  recordFields: ['rule_pack_id', 'rule_pack_version'],
  callBacks: ['id'],
  visits: ['id', 'customer_id'],
  opinionEntries: ['id', 'version'],
  mediaIncidents: ['id', 'version'],
  limitAdjustments: ['evaluation_id', 'adjustment_id'],
  riskMeetings: ['id'],
  accessRegister: ['id', 'user_id'],
};

export const SUBJECT_ACCESS_COLUMNS: Record<SubjectAccessSection, readonly SubjectAccessColumn[]> = {
  customer: [
    col('name'),
    col('kind', { vocab: 'customerKinds' }, 'customerKind'),
    col('phone'),
    col('phone2'),
    col('contact_person'),
    col('address'),
    col('id_number'),
    col('scheme', 'scheme'),
    col('customer_group', 'group'),
    col('customer_type', 'type'),
    col('note'),
    col('sign_reason'),
    col('sign_at', 'time'),
    col('sign_by', 'staff'),
    col('follow_up_owner', 'staff'),
    col('created_by', 'staff'),
    col('created_at', 'time'),
    col('updated_at', 'time'),
    col('merged_at', 'time'),
    col('merged_by', 'staff'),
    col('merge_reason'),
  ],
  complaints: [
    col('serial'),
    col('kind', { vocab: 'kinds' }),
    col('channel', { vocab: 'channels' }),
    col('status', { vocab: 'complaintStatuses' }),
    col('customer_name'),
    col('customer_phone'),
    col('content'),
    col('remedy', { vocab: 'remedies' }),
    col('restatement'),
    col('product'),
    col('batch_no'),
    col('quantity', 'number'),
    col('quantity_unit'),
    col('received_at', 'time'),
    col('entered_at', 'time'),
    col('first_receiver_id', 'staff'),
    col('created_by', 'staff'),
    col('rule_pack_id', 'pack'),
    col('class_code', 'class'),
    col('class_override', 'class'),
    col('override_reason'),
    col('override_by', 'staff'),
    col('ticked_criteria', 'criteria'),
    col('pack_facts', 'packFacts'),
    col('direct_loss', 'number'),
    col('group_size', 'number'),
    col('affected_share', 'number'),
    col('media_involved', 'yesNo'),
    col('regulator_involved', 'yesNo'),
    col('problem_code'),
    col('cause_code', 'cause'),
    col('repeat_of', 'complaint'),
    col('repeat_kind', { vocab: 'repeat.kinds' }),
    col('repeat_count', 'number'),
    col('validity', { vocab: 'validity' }),
    col('invalid_reason'),
    col('subject_user_id', 'staff'),
    col('proposed_solution'),
    col('unit'),
    col('assignee_id', 'staff'),
    col('assigned_at', 'time'),
    col('solution_resolver_id', 'staff'),
    col('solution_measures'),
    col('solution_due_at', 'time'),
    col('first_response_at', 'time'),
    col('due_at', 'time'),
    col('agreed_due', 'steps'),
    col('pauses', 'pauses'),
    col('late_plan_at', 'time'),
    col('late_plan_by', 'staff'),
    col('limit_missed_at', 'time'),
    col('delay_explained_at', 'time'),
    col('delay_agreed', 'yesNo'),
    col('escalation_count', 'number'),
    col('last_escalated_at', 'time'),
    col('steps_done', 'steps'),
    col('resolved_at', 'time'),
    col('result'),
    col('reply_method', { vocab: 'replyMethods' }),
    col('customer_informed_at', 'time'),
    col('closed_at', 'time'),
    col('updated_at', 'time'),
  ],
  callBacks: [
    col('complaint_id', 'complaint'),
    col('at', 'time'),
    col('by_user', 'staff'),
    col('method', { vocab: 'callBackMethods' }),
    col('resolution_adequate', 'yesNo'),
    col('timeliness', { vocab: 'satisfaction' }),
    col('attitude', { vocab: 'satisfaction' }),
    col('result', { vocab: 'satisfaction' }, 'callBackResult'),
    col('other_opinions'),
    col('satisfied', 'yesNo'),
  ],
  visits: [col('at', 'time'), col('by_user', 'staff'), col('method', { vocab: 'followUpMethods' }, 'followUpMethod'), col('note')],
  opinionEntries: [
    col('entry_no', 'number'),
    col('entry_date'),
    col('entry_type', { vocab: 'opinionEntryTypes' }),
    col('content'),
    col('customer_name'),
    col('contact'),
    col('recorded_at', 'time'),
    col('recorded_by', 'staff'),
    col('reviewed_at', 'time'),
    col('reviewed_by', 'staff'),
    col('handling_opinion'),
    col('signed_at', 'time'),
    col('signed_by', 'staff'),
    col('customer_replied_at', 'time'),
    col('complaint_id', 'complaint'),
  ],
  recordFields: [
    col('complaint_id', 'complaint'),
    col('field_id', 'recordField', 'recordField'),
    col('value', 'recordFieldValue', 'recordFieldValue'),
    col('recorded_at', 'time'),
    col('recorded_by', 'staff'),
  ],
  mediaIncidents: [
    col('occurred_at', 'time'),
    col('channel', { vocab: 'mediaChannels' }, 'mediaChannel'),
    col('media_name'),
    col('programme'),
    col('journalist_name'),
    col('journalist_on_site', 'yesNo'),
    col('content_category', 'mediaCategory'),
    col('description'),
    col('platform'),
    col('poster_contact'),
    col('complaint_id', 'complaint'),
    col('status', { vocab: 'mediaStatuses' }),
    col('status_note'),
    col('recorded_at', 'time'),
    col('recorded_by', 'staff'),
  ],
  limitAdjustments: [
    col('month'),
    col('from_limit', 'number'),
    col('to_limit', 'number'),
    col('opinion'),
    col('proposed_by'),
    col('proposed_at', 'time'),
    col('decision', { vocab: 'creditMonthly.decisions' }),
    col('decided_by'),
    col('decided_at', 'time'),
    col('decision_reason'),
    col('effective_on'),
  ],
  riskMeetings: [
    col('held_on'),
    col('kinds', { vocabList: 'riskMeetings.kinds' }, 'meetingKinds'),
    col('attendees', 'list'),
    col('conclusions'),
    col('recorded_by'),
    col('recorded_at', 'time'),
  ],
  accessRegister: [
    col('at', 'time'),
    col('user_name'),
    col('action', { vocab: 'privacy.log.actions' }),
    col('subject', { vocab: 'privacy.log.subjects' }),
    col('record_id', 'record'),
    col('row_count', 'number'),
    col('reason'),
    col('place'),
  ],
};
