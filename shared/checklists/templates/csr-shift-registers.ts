import type { ChecklistTemplateInput } from '../template-schema';
import { column, signer } from './template-helpers';

const S = 'seed002 客户管理制度2'; // 客服部管理制度 (seed002-part1 §2)
const LOG = `${S} 三、4: 交接日志要对设备情况、疑难问题、人员调班等情况，记录清楚明了 (seed002-part1 §2.4)`;
const LOG_IMPLIED = `${S} 三 (seed002-part1 §2.10: 交接日志 field implied)`;
const SWAP = `${S} 七、3: 换班必须经双方当事人同意，填写换班登记表后经部门经理签字批准后方可生效 (seed002-part1 §2.8)`;
const SWAP_IMPLIED = `${S} 七 (seed002-part1 §2.10: 换班登记表 field implied)`;

/** 交接日志: one line per shift handover; the three things the source says it records, and who handed over to whom. */
export const handoverLog: ChecklistTemplateInput = {
  id: 'service.handover-log',
  version: '1.0.0',
  kind: 'register',
  title: { zh: '交接日志', en: 'Shift handover log' },
  source: `${S} 三 (seed002-part1 §2.4, §2.10)`,
  orientation: 'landscape',
  schedule: { kind: 'perEvent', source: `${S} 二、6: 严格交接班手续，认真遵守交接班制度` },
  sections: [
    {
      id: 'handovers',
      title: { zh: '交接班', en: 'Handovers' },
      source: LOG,
      items: [
        {
          id: 'handovers',
          kind: 'table',
          label: { zh: '交接记录', en: 'Handovers' },
          hint: { zh: '接班人未到岗，交班人不得离台。', en: 'The outgoing person may not leave until the incoming person arrives.' },
          source: LOG,
          required: true,
          columns: [
            column('handed-over-at', 'dateTime', '交接时间', 'Handed over at', LOG_IMPLIED, { required: true }),
            column('shift', 'text', '班次', 'Shift', LOG_IMPLIED, { required: true }),
            column('equipment', 'text', '设备情况', 'Equipment status', LOG, { required: true }),
            column('open-issues', 'text', '疑难问题', 'Open difficult issues', LOG, { required: true }),
            column('staff-changes', 'text', '人员调班', 'Staff shift changes', LOG, { required: true }),
            column('outgoing', 'signature', '交班人', 'Outgoing', `${S} 三、2: 接班人未到岗，交班人不得离台 (seed002-part1 §2.4)`, { required: true }),
            column('incoming', 'signature', '接班人', 'Incoming', `${S} 三、2 (seed002-part1 §2.4)`, { required: true }),
          ],
        },
      ],
    },
  ],
  signers: [signer('值班经理', 'Duty manager')],
};

/**
 * 换班登记表: one line per swap, effective only with both parties' consent and
 * the department manager's signature. The swap limits (at most 3 a month, no
 * consecutive swaps, no back-to-back shifts, no leave on a swapped or repaid
 * shift, none on holiday duty) are printed as the register's hint.
 */
export const shiftSwapRegister: ChecklistTemplateInput = {
  id: 'service.shift-swap-register',
  version: '1.0.0',
  kind: 'register',
  title: { zh: '换班登记表', en: 'Shift-swap register' },
  source: `${S} 七 (seed002-part1 §2.8, §2.10)`,
  orientation: 'landscape',
  schedule: { kind: 'perEvent', source: SWAP },
  sections: [
    {
      id: 'swaps',
      title: { zh: '换班', en: 'Swaps' },
      source: SWAP,
      items: [
        {
          id: 'swaps',
          kind: 'table',
          label: { zh: '换班登记', en: 'Swaps' },
          hint: {
            zh: '每人每月换班不得超过3次；不允许连续换班，换班者、还班者不允许连班；换班和还班均不得请假；节假日当班人员不允许换班或请假；交代不清造成误班、空班的按旷工处理。',
            en: 'At most 3 swaps per person per month; no consecutive swaps and no back-to-back shifts; no leave on a swapped or repaid shift; no swaps or leave on holiday duty; a missed shift from an unclear handover counts as absence.',
          },
          source: `${S} 七、4–7 (seed002-part1 §2.8)`,
          required: true,
          rowLimit: {
            personColumns: ['swapper'],
            dateColumnId: 'date',
            max: 3,
            source: `${S} 七、4: 每人每月换班不得超过3次 (seed002-part1 §2.8)`,
            choice:
              'Counted from this register: the rows naming the person as 换班者 in the calendar month of the swap date, over every record of the register at the site; the 4th is refused, since a swap takes effect only once registered and approved (七、3). The 还班者 repays another’s swap and is not counted as swapping. A name is compared as written. The other limits of 七、4–7 (no consecutive swaps, no back-to-back shifts, none on holiday duty) give no number and stay in the hint.',
          },
          columns: [
            column('date', 'date', '日期', 'Date', SWAP_IMPLIED, { required: true }),
            column('swapper', 'text', '换班者', 'Swapping employee', `${S} 七、4 (seed002-part1 §2.8)`, { required: true }),
            column('repayer', 'text', '还班者', 'Repaying employee', `${S} 七、4 (seed002-part1 §2.8)`, { required: true }),
            column('original-shift', 'text', '原班次', 'Original shift', SWAP_IMPLIED, { required: true }),
            column('swapped-shift', 'text', '换班班次', 'Swapped shift', SWAP_IMPLIED, { required: true }),
            column('repaid-shift', 'text', '还班班次', 'Repayment shift', `${S} 七、4–6 (seed002-part1 §2.10)`, { required: true }),
            column('reason', 'text', '事由', 'Reason', `${S} 七、2: 因本人或其它需要在工作时间内亲自处理事情 (seed002-part1 §2.8)`, { required: true }),
            column('swapper-consent', 'signature', '换班者签字（同意）', 'Swapping employee (consents)', SWAP, { required: true }),
            column('repayer-consent', 'signature', '还班者签字（同意）', 'Repaying employee (consents)', SWAP, { required: true }),
            column('manager', 'signature', '部门经理签字批准', 'Department manager approves', SWAP, { required: true }),
          ],
        },
      ],
    },
  ],
  signers: [signer('部门经理', 'Department manager')],
};
