import type { ApiInput } from '../../../../shared/api/contract';
import { MIN_ATTENDEES, type MeetingKind } from '../../../../shared/risk-classes/meetings';

/** What the meeting form holds as typed. */
export interface MeetingFormState {
  kinds: MeetingKind[];
  heldOn: string;
  /** One name a line (、 and commas split too). */
  attendees: string;
  customerIds: string[];
  conclusions: string;
}

export type MeetingField = 'kinds' | 'heldOn' | 'attendees' | 'customerIds' | 'conclusions';

export const attendeeNames = (typed: string) =>
  typed
    .split(/[\n、,，;；]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');

/** The form read: the input to send, or which fields are missing (their `riskMeetings.required` keys). */
export function readMeetingForm(state: MeetingFormState): { input: ApiInput<'riskMeetings.record'> | null; missing: MeetingField[] } {
  const attendees = attendeeNames(state.attendees);
  const missing: MeetingField[] = [];
  if (state.kinds.length === 0) missing.push('kinds');
  if (state.heldOn === '') missing.push('heldOn');
  if (attendees.length < MIN_ATTENDEES) missing.push('attendees');
  if (state.customerIds.length === 0) missing.push('customerIds');
  if (state.conclusions.trim() === '') missing.push('conclusions');
  if (missing.length > 0) return { input: null, missing };
  return { input: { kinds: state.kinds, heldOn: state.heldOn, attendees, customerIds: state.customerIds, conclusions: state.conclusions.trim() }, missing };
}

/** Adds `value` to the list or takes it out. */
export const toggled = <T,>(list: readonly T[], value: T, on: boolean): T[] => (on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value));
