/** Escalations (篇6 第七章): recorded with whom they must be told to; repeats of the same customer found by a computed match. */
export { escalate, escalationNotify, recordFiredEscalations, type NewEscalation } from './escalation-service';
export { escalationReasonCodes, escalationsOfComplaint, type NotifyParty } from './escalation-repository';
export { DEFAULT_REPEAT_WINDOW_DAYS, REPEAT_ESCALATION, REPEAT_KINDS, repeatCandidates, repeatWindowDays, type RepeatCandidate, type RepeatKind, type RepeatProbe } from './repeat-match';
