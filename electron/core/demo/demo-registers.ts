import { localIsoDay } from '../../../shared/domain/local-day';
import type { WriteDb } from '../db/handles';
import { createIncident, recordNotification } from '../media';
import { recordCheck, recordEntry } from '../opinion-book';

const HOUR_MS = 3_600_000;

/**
 * The demo site's registers: the opinion book with a suggestion already
 * checked yesterday and a complaint written since (so today's check is due),
 * and the radio hotline complaint of the demo register as a negative-news
 * item (seed001 S1), with 企划部 told.
 */
export function createDemoRegisters(
  tx: WriteDb,
  people: { receiverId: string; leadId: string; callCentreId: string },
  timeZone: string,
  radioComplaintSerial: string | undefined,
  at: Date,
): void {
  const ago = (hours: number) => new Date(at.getTime() - hours * HOUR_MS);
  const dayOf = (date: Date) => localIsoDay(date, timeZone);

  recordEntry(
    tx,
    { entryDate: dayOf(ago(50)), entryType: 'suggestion', content: '建议在站门口设置夜间照明和安全警示牌，方便路过群众。' },
    { userId: people.receiverId, at: ago(49), timeZone },
  );
  recordCheck(tx, '已阅，建议转站长。', { userId: people.leadId, at: ago(26), timeZone });
  recordEntry(
    tx,
    { entryDate: dayOf(ago(4)), entryType: 'complaint', content: '加气排队四十分钟，只开一台加气机，工作人员说设备检修也不提前告知。', customerName: '何先生', contact: '136 0830 7788' },
    { userId: people.receiverId, at: ago(3), timeZone },
  );

  if (!radioComplaintSerial) return;
  const incident = createIncident(
    tx,
    {
      occurredAt: ago(120).toISOString(),
      channel: 'conduct_hotline',
      journalistOnSite: false,
      mediaName: '泸州人民广播电台',
      programme: '行风热线',
      description: '节目热线反映：抢修人员到场慢，电话无人接听，服务态度差。主持人当场连线井站。',
      complaintSerial: radioComplaintSerial,
    },
    { userId: people.callCentreId, at: ago(119) },
  );
  recordNotification(tx, { id: incident.id, party: 'planning_dept', notifiedAt: ago(119).toISOString(), note: '电话告知企划部值班人员' }, { userId: people.callCentreId, at: ago(119) });
}
