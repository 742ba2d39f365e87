import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { NewComplaint } from '../../shared/api/complaints';
import { ApiError } from '../../shared/api/errors';
import { findPack } from '../../shared/rules/packs';
import { descriptionOf, detailOf, fakeGrade, renderSignedIn, sampleComplaint, wangjg } from './fixtures';
import { actionsSent, openDetail } from './workflow-helpers';

const dealer = findPack('seed002-doc12-car-dealer')!;
const dealerSite = { 'rules.sitePack': () => dealer, 'rules.pack': () => dealer };
const plate = () => screen.getByTestId('record-field-licencePlate');

async function openIntake(user: UserEvent, overrides = {}) {
  const rendered = await renderSignedIn(undefined, { ...dealerSite, ...overrides });
  await user.click(await screen.findByTestId('new-complaint'));
  await user.click(screen.getByTestId('field-kind-complaint'));
  await user.selectOptions(screen.getByTestId('field-channel'), 'phone');
  await user.type(screen.getByTestId('field-customerName'), '欧阳晓芸');
  await user.type(screen.getByTestId('field-content'), '保养后底盘异响未解决。');
  return rendered;
}

describe('the intake form of a car-dealer site (seed002 客户管理制度12 第四条 1)', () => {
  it('asks the plate, required, and says at the field when it is missing or not a plate; nothing is sent', async () => {
    const user = userEvent.setup();
    const { bridge } = await openIntake(user);
    expect(screen.getByText('投诉人车牌号')).toBeTruthy();
    expect(plate().getAttribute('required')).not.toBeNull();
    await user.click(screen.getByTestId('save-complaint'));
    expect(descriptionOf(plate())).toBe('请填写“投诉人车牌号”');
    expect(plate().getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(plate());
    await user.type(plate(), 'ABC123{Enter}');
    expect(descriptionOf(plate())).toBe('“投诉人车牌号”不是有效的车牌号，例如 川A12345');
    expect(bridge.callsTo('complaints.create')).toHaveLength(0);
  });

  it('sends the plate with the record when it is one (typed by keyboard, Enter saves)', async () => {
    const user = userEvent.setup();
    const { bridge } = await openIntake(user, { 'complaints.create': () => sampleComplaint });
    await user.type(plate(), '川a 12345{Enter}');
    await waitFor(() => expect(bridge.callsTo('complaints.create')).toHaveLength(1));
    expect((bridge.callsTo('complaints.create')[0]!.input as NewComplaint).recordFields).toEqual({ licencePlate: '川a 12345' });
  });

  it('shows the core’s refusal under the field it names', async () => {
    const user = userEvent.setup();
    await openIntake(user, {
      'complaints.create': () => {
        throw new ApiError('VALIDATION', 'invalid', [
          { path: 'recordFields.licencePlate', message: 'x', reason: { key: 'recordFields.errors.notPlate', params: { fieldZh: '投诉人车牌号', fieldEn: 'Complainant’s licence plate' } } },
        ]);
      },
    });
    await user.type(plate(), '川A12345{Enter}');
    await waitFor(() => expect(descriptionOf(plate())).toBe('“投诉人车牌号”不是有效的车牌号，例如 川A12345'));
    expect(screen.getByRole('alert').textContent).toBe('请按提示修改标出的内容后再保存。');
  });

  it('has no such field on a site of another organisation', async () => {
    const user = userEvent.setup();
    await renderSignedIn();
    await user.click(await screen.findByTestId('new-complaint'));
    expect(screen.queryByTestId('complaint-record-fields')).toBeNull();
  });
});

describe('the detail and the step forms of a car-dealer complaint', () => {
  const graded = { ...fakeGrade({}), packId: dealer.id, packVersion: dealer.version };
  const held = detailOf(
    { ...sampleComplaint, grade: graded, recordFields: [{ id: 'licencePlate', value: '川A12345', address: null }] },
    { actions: ['accept'] },
  );

  it('lists the pack’s fields with their values, an option by its label and one not yet recorded as such', async () => {
    const judged = { ...held, recordFields: [...held.recordFields, { id: 'groundsSufficient', value: 'insufficient', address: null }] };
    await openDetail(judged, wangjg, dealerSite);
    expect(screen.getByTestId('detail-record-licencePlate').textContent).toContain('川A12345');
    expect(screen.getByTestId('detail-record-groundsSufficient').textContent).toContain('不充分');
    expect(screen.getByTestId('detail-record-demandReasonable').textContent).toContain('未填写');
    expect(within(screen.getByTestId('complaint-register-print')).getByTestId('print-record-licencePlate').textContent).toContain('川A12345');
  });

  it('asks the two judgements on the assignment form and sends them with the step', async () => {
    const user = userEvent.setup();
    const { bridge } = await openDetail(held, wangjg, { ...dealerSite, 'complaints.act': () => held });
    await user.click(screen.getByTestId('action-accept'));
    await user.selectOptions(await screen.findByTestId('act-assigneeId'), 'u-zhangwei');
    await user.click(screen.getByTestId('action-submit'));
    expect(descriptionOf(screen.getByTestId('record-field-groundsSufficient'))).toBe('请填写“投诉理由是否充分”');
    expect(actionsSent(bridge)).toHaveLength(0);
    await user.selectOptions(screen.getByTestId('record-field-groundsSufficient'), 'sufficient');
    await user.selectOptions(screen.getByTestId('record-field-demandReasonable'), 'unreasonable');
    await user.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(actionsSent(bridge)).toHaveLength(1));
    expect(bridge.callsTo('complaints.act')[0]!.input).toMatchObject({ action: { type: 'accept' }, recordFields: { groundsSufficient: 'sufficient', demandReasonable: 'unreasonable' } });
  });
});
