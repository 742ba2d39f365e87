import { setClosed } from '../workflow-repository';
import type { Step } from './step';

export const close: Step<'close'> = ({ tx, row, now }, action) => {
  setClosed(tx, row.id, now);
  return { details: { note: action.note } };
};
