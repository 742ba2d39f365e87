import { markResponded, setAssignment } from '../workflow-repository';
import { eligibleUser, type Step } from './step';

export const accept: Step<'accept'> = ({ tx, row, now }, action) => {
  const assignee = eligibleUser(tx, row, action.assigneeId, 'assigneeId');
  setAssignment(tx, row.id, assignee, now);
  markResponded(tx, row.id, now);
  return { details: { assigneeId: assignee.id, assigneeName: assignee.displayName, unit: assignee.unit, note: action.note } };
};
