import type { ChecklistTemplateInput } from '../template-schema';
import { column, signer } from './template-helpers';

const S = 'seed000 第一篇 二、1'; // 阳42井: 井站生产污水的处理 (seed000-part1 §1.5)
const IMPLIED = `${S} (seed000-part1 §1.5: field implied by the register, not named)`;

/**
 * 污水拉运登记台帐: one row per truckload of gas-field water hauled to the
 * reinjection station. The source names the checks before loading (vehicle and
 * personnel qualifications, volume, connecting pipe, photos of the front and
 * side of the vehicle) and what each truckload records (departure time, arrival
 * time at the reinjection station, the waybill). Date, plate, transport unit,
 * driver and the recording employee are implied by a per-truckload register.
 */
export const sewageHaulageRegister: ChecklistTemplateInput = {
  id: 'well.sewage-haulage-register',
  version: '1.0.0',
  kind: 'register',
  title: { zh: '污水拉运登记台帐', en: 'Sewage haulage register' },
  source: `${S} (seed000-part1 §1.5, §4.4)`,
  orientation: 'landscape',
  schedule: { kind: 'perEvent', source: `${S}: 每一车水拉运…都进行了相应的登记` },
  sections: [
    {
      id: 'truckloads',
      title: { zh: '每车拉运登记', en: 'One line per truckload' },
      source: `${S}: 每一车水拉运的离站时间、到达回注站的时间和以及井站气田水运输签运单都进行了相应的登记`,
      items: [
        {
          id: 'truckloads',
          kind: 'table',
          label: { zh: '污水拉运登记', en: 'Truckloads' },
          hint: {
            zh: '采用指定有资质的污水转运单位拉运至指定站进行回注；确保每一方气田水都完全回注或处理。',
            en: 'Haul only with the designated, qualified transport unit to the designated reinjection station; every cubic metre must be reinjected or treated.',
          },
          source: S,
          required: true,
          columns: [
            column('date', 'date', '日期', 'Date', IMPLIED, { required: true }),
            column('transport-unit', 'text', '转运单位', 'Transport unit', `${S}: 指定有资质的污水转运单位`, { required: true }),
            column('plate', 'text', '车牌号', 'Vehicle plate', IMPLIED, { required: true }),
            column('driver', 'text', '司机', 'Driver', IMPLIED, { required: true }),
            column('vehicle-qualified', 'yesNo', '车辆资质已核对', 'Vehicle qualification checked', `${S}: 在进站前核对转运车辆和人员的资质`, { required: true, failsOn: 'no' }),
            column('personnel-qualified', 'yesNo', '人员资质已核对', 'Personnel qualification checked', `${S}: 在进站前核对转运车辆和人员的资质`, { required: true, failsOn: 'no' }),
            column('volume', 'number', '罐装水方数', 'Volume loaded', `${S}: 装水前核对罐装水的方数`, { required: true, unit: 'm³', min: 0 }),
            column('pipe-intact', 'yesNo', '连接管道完好', 'Connecting pipe intact', `${S}: 检查确认连接管道完好情况`, { required: true, failsOn: 'no' }),
            column('photos', 'photo', '车身照片', 'Vehicle photos', `${S}: 对车身正面和侧面进行拍照留档`, {
              required: true,
              evidence: [
                { zh: '车身正面', en: 'Front of the vehicle' },
                { zh: '车身侧面', en: 'Side of the vehicle' },
              ],
            }),
            column('departed-at', 'dateTime', '离站时间', 'Left the station', `${S}: 离站时间`, { required: true }),
            column('arrived-at', 'dateTime', '到达回注站时间', 'Arrived at the reinjection station', `${S}: 到达回注站的时间`, { required: true }),
            column('reinjection-station', 'text', '回注站', 'Reinjection station', `${S}: 拉运至指定站进行回注`, { required: true }),
            column('waybill', 'text', '气田水运输签运单号', 'Gas-field water waybill no.', `${S}: 井站气田水运输签运单`, { required: true }),
            column('recorded-by', 'signature', '当班员工', 'Employee on duty', IMPLIED, { required: true }),
          ],
        },
      ],
    },
  ],
  signers: [signer('填表人', 'Filled in by'), signer('站长', 'Station head'), signer('审核人', 'Reviewed by')],
};
