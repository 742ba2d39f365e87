import { describe, expect, it } from 'vitest';
import { rulePackSchema } from '../../../shared/rules/pack-schema';
import { SHIPPED_PACK_VERSIONS, SHIPPED_PACKS, findPack } from '../../../shared/rules/packs';
import { readRecordFieldValue, recordFieldsAt } from '../../../shared/rules/record-field-value';
import { recordFieldSchema, type RecordFieldKind } from '../../../shared/rules/record-fields-schema';

const withFields = (fields: unknown[]) => rulePackSchema.safeParse({ ...findPack('seed002-doc12-car-dealer'), recordFields: fields });
const plate = { id: 'licencePlate', label: { zh: '车牌号', en: 'Plate' }, kind: { type: 'plate' }, at: 'intake', source: 'seed002 客户管理制度12 第四条' };

describe('record fields in the rule-pack format (issue 23 item 4)', () => {
  it('ships them, each cited to its source section, in the new versions of seven packs', () => {
    const shipped = SHIPPED_PACKS.filter((p) => p.recordFields);
    expect(shipped.map((p) => `${p.id}@${p.version}`).sort()).toEqual([
      'retail-chain-p4@1.2.0',
      'seed002-doc11-heat-supply@1.3.0', // 1.3.0 adds its side paths, the fields unchanged
      'seed002-doc12-car-dealer@1.2.0',
      'seed002-doc6-testing-station@1.5.0', // 1.5.0 adds its re-test path, the fields unchanged
      'seed002-doc8-property@1.3.0',
      'seed004-d-service-company@1.3.0', // 1.3.0 adds the enquiry answered at once, the fields unchanged
      'seed004-h-car-dealer@1.2.0',
    ]);
    for (const field of shipped.flatMap((p) => p.recordFields ?? [])) {
      expect(field.source, field.id).toMatch(/^seed00[0-4] \S+ .+/);
      expect(field.label.zh.length, field.id).toBeGreaterThan(1);
    }
    // Where the source is silent on how a thing is written down, a note says what was chosen.
    expect(findPack('seed004-h-car-dealer')?.recordFields?.[0]).toMatchObject({ id: 'licencePlate', required: false, choice: { zh: expect.stringContaining('车牌号') } });
    expect(findPack('seed002-doc12-car-dealer')?.recordFields?.[0]).toMatchObject({ id: 'licencePlate', kind: { type: 'plate' }, at: 'intake', required: true, source: 'seed002 客户管理制度12 第四条（一般意义的客户投诉）1' });
  });

  it('keeps the versions before them shipped unchanged, without fields', () => {
    const older = (id: string, version: string) => SHIPPED_PACK_VERSIONS.find((p) => p.id === id && p.version === version);
    for (const [id, version] of [['seed002-doc12-car-dealer', '1.1.0'], ['seed004-h-car-dealer', '1.1.0'], ['seed004-d-service-company', '1.1.0'], ['retail-chain-p4', '1.1.0'], ['seed002-doc6-testing-station', '1.3.0'], ['seed002-doc8-property', '1.2.0'], ['seed002-doc11-heat-supply', '1.1.0']] as const) {
      const pack = older(id, version);
      expect(pack, `${id}@${version}`).toBeDefined();
      expect(pack?.recordFields).toBeUndefined();
    }
    expect(older('seed002-doc12-car-dealer', '1.1.0')?.procedure).toEqual(findPack('seed002-doc12-car-dealer')?.procedure);
    expect(older('seed004-h-car-dealer', '1.1.0')?.procedure).toEqual(findPack('seed004-h-car-dealer')?.procedure);
    expect(older('seed004-h-car-dealer', '1.0.0')?.procedure).toBeUndefined();
  });

  it('refuses an unknown kind, a field without a source, a step that is not one, a field id given twice and an option given twice', () => {
    expect(withFields([plate]).success).toBe(true);
    expect(withFields([{ ...plate, kind: { type: 'vin' } }]).success).toBe(false);
    expect(recordFieldSchema.safeParse({ ...plate, source: undefined }).success).toBe(false);
    expect(recordFieldSchema.safeParse({ ...plate, at: 'archive' }).success).toBe(false);
    expect(withFields([plate, plate]).error?.issues[0]?.message).toBe('record field licencePlate given twice');
    const twice = { ...plate, id: 'judged', kind: { type: 'choice', options: [{ code: 'a', label: { zh: '甲', en: 'A' } }, { code: 'a', label: { zh: '乙', en: 'B' } }] } };
    expect(withFields([twice]).error?.issues[0]?.message).toBe('option codes must be unique');
    expect(withFields([{ ...plate, kind: { type: 'number', unit: { zh: '小时', en: 'hours' }, min: 5, max: 1 } }]).error?.issues[0]?.message).toBe('min must not exceed max');
  });

  it('names the fields of each form: intake, or one workflow step', () => {
    const fields = findPack('seed002-doc12-car-dealer')?.recordFields;
    expect(recordFieldsAt(fields, 'intake').map((f) => f.id)).toEqual(['licencePlate']);
    expect(recordFieldsAt(fields, 'accept').map((f) => f.id)).toEqual(['groundsSufficient', 'demandReasonable']);
    expect(recordFieldsAt(fields, 'close')).toEqual([]);
  });
});

describe('reading a typed value by its kind', () => {
  it('a plate: printed form, new-energy and trailer plates; no I or O as the office letter', () => {
    expect(readRecordFieldValue({ type: 'plate' }, ' 川a·12345 ')).toEqual({ ok: true, value: '川A12345' });
    expect(readRecordFieldValue({ type: 'plate' }, '粤BD12345')).toEqual({ ok: true, value: '粤BD12345' });
    expect(readRecordFieldValue({ type: 'plate' }, '京A1234挂')).toEqual({ ok: true, value: '京A1234挂' });
    expect(readRecordFieldValue({ type: 'plate' }, '川I12345')).toEqual({ ok: false, problem: 'notPlate' });
    expect(readRecordFieldValue({ type: 'plate' }, '川A1234')).toEqual({ ok: false, problem: 'notPlate' });
  });

  it('a number within its range, both bounds included', () => {
    const hours = { type: 'number', unit: { zh: '小时', en: 'hours' }, min: 0, max: 100 } as const;
    expect(readRecordFieldValue(hours, '0')).toEqual({ ok: true, value: '0' });
    expect(readRecordFieldValue(hours, '100')).toEqual({ ok: true, value: '100' });
    expect(readRecordFieldValue(hours, '100.5')).toEqual({ ok: false, problem: 'aboveMax' });
    expect(readRecordFieldValue(hours, '-0.5')).toEqual({ ok: false, problem: 'belowMin' });
    expect(readRecordFieldValue(hours, '8小时')).toEqual({ ok: false, problem: 'notNumber' });
  });

  it('a day that exists, a moment with its zone, an option of the list, a text within its length', () => {
    expect(readRecordFieldValue({ type: 'date' }, '2026-02-28')).toEqual({ ok: true, value: '2026-02-28' });
    expect(readRecordFieldValue({ type: 'date' }, '2026-02-30')).toEqual({ ok: false, problem: 'notDate' });
    expect(readRecordFieldValue({ type: 'datetime' }, '2026-11-22T18:30+08:00')).toEqual({ ok: true, value: '2026-11-22T10:30:00.000Z' });
    expect(readRecordFieldValue({ type: 'datetime' }, '2026-11-22 18:30')).toEqual({ ok: false, problem: 'notDatetime' });
    const judged: RecordFieldKind = { type: 'choice', options: [{ code: 'yes', label: { zh: '是', en: 'Yes' } }, { code: 'no', label: { zh: '否', en: 'No' } }] };
    expect(readRecordFieldValue(judged, 'no')).toEqual({ ok: true, value: 'no' });
    expect(readRecordFieldValue(judged, '否')).toEqual({ ok: false, problem: 'notOption' });
    expect(readRecordFieldValue({ type: 'text', maxLength: 3 }, ' 二楼 ')).toEqual({ ok: true, value: '二楼' });
    expect(readRecordFieldValue({ type: 'text', maxLength: 3 }, '二楼收银台')).toEqual({ ok: false, problem: 'tooLong' });
  });
});
