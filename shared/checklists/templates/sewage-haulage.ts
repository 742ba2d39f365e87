import { templateSchema, type ChecklistTemplate } from '../template-schema';

/**
 * 污水拉运登记台帐 (seed000-part1 §1.5): one table row per truckload of produced
 * water (气田水) hauled to the reinjection station. The source lists the steps
 * (§1.5 1–6) and the register's fields; each column cites the step it records.
 * The photos of the vehicle's front and side are required evidence (§1.5 5).
 * The transport unit, plate, driver and duty employee are implied by the
 * source's register ("fields stated/implied"), not named as columns there.
 */
export const sewageHaulageTemplate: ChecklistTemplate = templateSchema.parse({
  id: 'sewage-haulage',
  version: '1.0.0',
  kind: 'register',
  title: { zh: '污水拉运登记台帐', en: 'Sewage haulage register' },
  source: 'seed000-part1 §1.5',
  orientation: 'landscape',
  // §1.5 6: 每一车 — filled for every truckload, never due by the calendar.
  schedule: { kind: 'perEvent', source: 'seed000-part1 §1.5 6（每车登记）' },
  sections: [
    {
      id: 'loads',
      title: { zh: '拉运登记', en: 'Truckloads' },
      source: 'seed000-part1 §1.5',
      items: [
        {
          id: 'loads',
          kind: 'table',
          label: { zh: '每车拉运记录', en: 'One line per truckload' },
          hint: {
            zh: '使用指定的有资质污水转运单位，拉运至指定站回注；每一方气田水全部回注或处理。',
            en: 'Use the designated, qualified transport unit; haul to the designated station for reinjection; every cubic metre reinjected or treated.',
          },
          source: 'seed000-part1 §1.5 1、6、7',
          required: true,
          columns: [
            { id: 'date', kind: 'date', label: { zh: '日期', en: 'Date' }, source: 'seed000-part1 §1.5 台帐字段（日期）', required: true },
            { id: 'transport_unit', kind: 'text', label: { zh: '转运单位', en: 'Transport unit' }, source: 'seed000-part1 §1.5 1（有资质的污水转运单位）', required: true },
            { id: 'plate', kind: 'text', label: { zh: '车牌号', en: 'Vehicle plate' }, source: 'seed000-part1 §1.5 台帐字段（车牌，隐含）', required: true },
            { id: 'driver', kind: 'text', label: { zh: '司机', en: 'Driver' }, source: 'seed000-part1 §1.5 台帐字段（司机，隐含）', required: true },
            { id: 'vehicle_qualified', kind: 'yesNo', label: { zh: '车辆资质已核对', en: 'Vehicle qualification checked' }, source: 'seed000-part1 §1.5 2', required: true },
            { id: 'personnel_qualified', kind: 'yesNo', label: { zh: '人员资质已核对', en: 'Personnel qualification checked' }, source: 'seed000-part1 §1.5 2', required: true },
            { id: 'volume', kind: 'number', label: { zh: '方数', en: 'Volume' }, unit: 'm³', min: 0, source: 'seed000-part1 §1.5 3', required: true },
            { id: 'pipe_intact', kind: 'yesNo', label: { zh: '连接管道完好', en: 'Connecting pipe intact' }, source: 'seed000-part1 §1.5 4', required: true },
            {
              id: 'photos',
              kind: 'photo',
              label: { zh: '车身照片', en: 'Vehicle photos' },
              source: 'seed000-part1 §1.5 5',
              required: true,
              evidence: [
                { zh: '车身正面', en: 'Vehicle front' },
                { zh: '车身侧面', en: 'Vehicle side' },
              ],
            },
            { id: 'departed_at', kind: 'dateTime', label: { zh: '离站时间', en: 'Left the station' }, source: 'seed000-part1 §1.5 6', required: true },
            { id: 'arrived_at', kind: 'dateTime', label: { zh: '到达回注站时间', en: 'Arrived at the reinjection station' }, source: 'seed000-part1 §1.5 6', required: true },
            { id: 'station', kind: 'text', label: { zh: '回注站', en: 'Reinjection station' }, source: 'seed000-part1 §1.5 1（拉运至指定站进行回注）', required: true },
            { id: 'waybill', kind: 'text', label: { zh: '签运单号', en: 'Waybill no.' }, source: 'seed000-part1 §1.5 6（井站气田水运输签运单）', required: true },
            { id: 'duty_employee', kind: 'signature', label: { zh: '当班员工', en: 'Employee on duty' }, source: 'seed000-part1 §1.1 当班员工；§1.5 台帐字段（记录人，隐含）', required: true },
          ],
        },
      ],
    },
  ],
  // §1.1: the employee on duty records the haulage; the well-station head answers for the station's registers.
  signers: [
    { zh: '填表人（当班员工）', en: 'Filled in by (employee on duty)' },
    { zh: '井站长', en: 'Well-station head' },
  ],
});
