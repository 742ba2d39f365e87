import { customerSchemeFor } from '../../../shared/domain/customer-vocabulary';
import type { WriteDb } from '../db/handles';
import { addFollowUp, createCustomer, flagCustomer, type CustomerInput } from '../customers';

/**
 * The demo site's customer files (its pack is 篇6, so groups and types are
 * 第二条's): villagers and gas users as individuals, a building-materials firm,
 * a property office and a valve supplier as organisations. 周桂芳 shows clear complaint signs (seed001 S1 (二)).
 * Anonymous writers, the radio programme and the bureau passing a case on get
 * no file: they are channels, not customers.
 */
const DEMO_CUSTOMERS: (CustomerInput & { phone?: string })[] = [
  { kind: 'individual', name: '周桂芳', phone: '138 0830 1122', address: '泸县福集镇阳42井站旁村道3组', group: 'external' },
  { kind: 'individual', name: '黄德明', address: '泸县福集镇阳42井站东侧农田', group: 'external' },
  { kind: 'individual', name: '吴晓燕', phone: '0830-2561188', group: 'external', type: 'contracted' },
  { kind: 'individual', name: '钟丽', phone: '139 8100 4455', group: 'external', type: 'contracted' },
  { kind: 'individual', name: '刘洋', group: 'external', type: 'intending' },
  { kind: 'individual', name: '蒋志强', group: 'external', type: 'contracted' },
  {
    kind: 'organisation',
    name: '四川某建材有限公司',
    phone: '0830-3125566',
    contactPerson: '采购部 李经理',
    address: '泸县工业园区建材路8号',
    group: 'external',
    type: 'contracted',
  },
  // Files with no complaint yet: a property office buying gas for its estate, and a supplier of the station's valves.
  { kind: 'organisation', name: '福集镇某小区物业服务中心', phone: '0830-4127788', contactPerson: '客服主管 何女士', group: 'external', type: 'contracted' },
  { kind: 'organisation', name: '泸州某阀门制造有限公司', phone: '0830-2298877', contactPerson: '销售部 唐经理', group: 'partner', type: 'material_supplier' },
];

/** Creates the demo customer files; returns their ids by name, for the demo complaints to refer to. */
export function createDemoCustomers(tx: WriteDb, actors: { receiverId: string; leadId: string; callCentreId: string }, at: Date): Map<string, string> {
  const scheme = customerSchemeFor('sichuan-group-p6');
  const ids = new Map<string, string>();
  for (const customer of DEMO_CUSTOMERS) ids.set(customer.name, createCustomer(tx, customer, scheme, actors.receiverId, at).id);
  const flagged = ids.get('周桂芳')!;
  flagCustomer(
    tx,
    { id: flagged, version: 1, sign: { reason: '连续三晚来电反映罐车夜间噪声，情绪激动，表示再不解决就打电台《行风热线》。', followUpOwnerId: actors.callCentreId } },
    actors.leadId,
    at,
  );
  addFollowUp(tx, { id: flagged, method: 'phone', note: '电话慰问：已说明罐车改在白天拉运，客户表示再观察几天。' }, { id: actors.callCentreId, mayFlag: true }, at);
  return ids;
}
