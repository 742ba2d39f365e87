import { newId } from '../../../../shared/ids';
import { nextStatus, type SatisfactionLevel } from '../../../../shared/domain/workflow';
import { escalate } from '../../escalations/index';
import { recordChange } from '../../change-log/change-log';
import { markStepDone } from '../complaint-lists-repository';
import { clearResolution, insertCallBack, setClosed } from '../workflow-repository';
import type { Step } from './step';

/** 回访 (篇6 第三十六、三十七条): satisfied closes the case; dissatisfied escalates it by itself and sends it back (第三十条). */
export const callBack: Step<'callBack'> = ({ tx, row, env, user, at, now }, action) => {
  const satisfied = action.resolutionAdequate && ([action.timeliness, action.attitude, action.result] as SatisfactionLevel[]).every((l) => l !== 'dissatisfied');
  const id = newId();
  const record = { id, complaintId: row.id, at: now, byUser: user.id, ...action, otherOpinions: action.otherOpinions ?? null, satisfied };
  insertCallBack(tx, record);
  recordChange(tx, { userId: user.id, at, action: 'complaints.callBack', entity: 'complaint_call_back', entityId: id, entityVersion: 1, before: null, after: { ...action, satisfied }, syncPayload: record });
  markStepDone(tx, row.id, 'callBack', now);
  if (satisfied) {
    setClosed(tx, row.id, now);
  } else {
    clearResolution(tx, row.id);
    escalate(tx, { complaintId: row.id, reasonCode: 'callback_dissatisfied', note: action.otherOpinions ?? '回访客户不满意', byUser: null, at }, env?.pack ?? null);
  }
  return { details: { callBackId: id, method: action.method, satisfied }, to: nextStatus('callBack', row.kind, row.status, satisfied)! };
};
