import { ApiError } from '../../../shared/api/errors';
import { requireUser } from '../context';
import { createComplaint, getComplaint, listComplaints } from '../services/complaints';
import { readSite } from '../services/site';
import { findUserById } from '../services/users';
import type { HandlersOf } from './handler';

/** How far in the future a received-at time may lie (clock drift between a phone and the PC). */
const RECEIVED_AT_TOLERANCE_MS = 5 * 60_000;

export const complaintHandlers: HandlersOf<'complaints.create' | 'complaints.list' | 'complaints.get'> = {
  'complaints.create': (ctx, input) => {
    const user = requireUser(ctx);
    const at = ctx.core.now();
    const receivedAt = input.receivedAt ? new Date(input.receivedAt) : at;
    if (receivedAt.getTime() > at.getTime() + RECEIVED_AT_TOLERANCE_MS) {
      throw new ApiError('VALIDATION', '受理时间不能晚于当前时间', [{ path: 'receivedAt', message: '受理时间不能晚于当前时间 / cannot be in the future' }]);
    }
    return ctx.core.store.transaction((tx) => {
      const site = readSite(tx);
      if (!site) throw new ApiError('CONFLICT', '本机尚未初始化 / store not set up');
      const firstReceiverId = input.firstReceiverId ?? user.id;
      const receiver = findUserById(tx, firstReceiverId);
      if (!receiver || !receiver.active) {
        throw new ApiError('VALIDATION', '首问受理人不存在或已停用', [{ path: 'firstReceiverId', message: '首问受理人不存在或已停用 / unknown or inactive user' }]);
      }
      return createComplaint(tx, { ...input, receivedAt, firstReceiverId }, site, user.id, at);
    });
  },

  'complaints.list': (ctx, input) => listComplaints(ctx.core.store.read, input.limit, input.after),

  'complaints.get': (ctx, input) => {
    const complaint = getComplaint(ctx.core.store.read, input.id);
    if (!complaint) throw new ApiError('NOT_FOUND', `找不到该记录 / no complaint ${input.id}`);
    return complaint;
  },
};
