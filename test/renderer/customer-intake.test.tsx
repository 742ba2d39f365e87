import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { firm, zhou } from './customer-fixtures';
import { descriptionOf, detailOf, renderSignedIn, sampleComplaint } from './fixtures';

// Typing character by character on a shared two-core machine: give each test room beyond the 5 s default.
const SLOW = 20_000;

/** Name substring, or digits anywhere in the phone, as the core's index answers. */
const search = (input: { query: string }) => {
  const digits = input.query.replace(/\D/g, '');
  return [zhou, firm].filter((c) => c.name.includes(input.query) || (digits !== '' && c.phone?.replace(/\D/g, '').includes(digits)));
};

/**
 * Kind by keyboard (the kind tiles have the focus when the form opens), the
 * channel (jsdom's select does not follow arrow keys, so it is chosen as a
 * value), then Tab into the customer field.
 */
async function kindAndChannelByKeyboard(user: UserEvent) {
  await user.click(await screen.findByTestId('new-complaint'));
  expect(document.activeElement).toBe(screen.getByTestId('field-kind-complaint'));
  await user.keyboard(' ');
  await user.tab();
  expect(document.activeElement).toBe(screen.getByTestId('field-channel'));
  await user.selectOptions(screen.getByTestId('field-channel'), 'phone');
  await user.tab();
  expect(document.activeElement).toBe(screen.getByTestId('field-customerName'));
}

describe('intake: the customer from the customer files', () => {
  it('picks an existing customer by keyboard alone, shows the 投诉苗头 flag and sends the file’s id with the name and phone', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(undefined, {
      'customers.search': search,
      'complaints.create': () => sampleComplaint,
      'complaints.get': () => detailOf(sampleComplaint),
    });
    await kindAndChannelByKeyboard(user);
    await user.keyboard('0830');
    const options = await screen.findByTestId('customer-options');
    await within(options).findByTestId('customer-option-k-zhou');
    const input = screen.getByTestId('field-customerName');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    // Matches show 单位/个人, the group and type of the site's scheme, and the flag.
    expect(within(options).getByTestId('customer-option-k-zhou').textContent).toContain('个人 · 外部客户 · 签约客户');
    expect(within(within(options).getByTestId('customer-option-k-zhou')).getByTestId('customer-sign').textContent).toContain('投诉苗头');
    expect(within(options).getByTestId('customer-option-k-firm').textContent).toContain('单位');
    expect(within(options).getByTestId('customer-option-new').textContent).toBe('新建客户“0830”');
    // One search once typing paused, not one per key.
    expect(bridge.callsTo('customers.search').map((c) => c.input)).toEqual([{ query: '0830' }]);

    await user.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe('customer-option-0');
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect(screen.queryByTestId('customer-options')).toBeNull();
    expect((input as HTMLInputElement).value).toBe('周桂芳');
    expect((screen.getByTestId('field-customerPhone') as HTMLInputElement).value).toBe('138 0830 1122');
    const linked = screen.getByTestId('customer-linked');
    expect(linked.textContent).toContain('已关联客户档案');
    expect(within(linked).getByTestId('customer-sign').textContent).toContain('连续三晚来电');
    expect(bridge.callsTo('complaints.create')).toHaveLength(0); // Enter picked, it did not save

    await user.click(screen.getByTestId('field-content'));
    await user.keyboard('罐车今晚又来了。');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByTestId('complaint-detail');
    expect(bridge.callsTo('complaints.create')[0]?.input).toMatchObject({ kind: 'complaint', channel: 'phone', customerId: 'k-zhou', customerName: '周桂芳', customerPhone: '138 0830 1122' });
    expect(bridge.callsTo('complaints.create')[0]?.input).not.toHaveProperty('newCustomer');
  });

  it('does not copy a masked phone into the complaint: the core gives it the file’s number (issue 19 §4)', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(undefined, {
      'customers.search': () => [{ ...zhou, phone: '138****1122' }],
      'complaints.create': () => sampleComplaint,
      'complaints.get': () => detailOf(sampleComplaint),
    });
    await kindAndChannelByKeyboard(user);
    await user.keyboard('周桂');
    await within(await screen.findByTestId('customer-options')).findByTestId('customer-option-k-zhou');
    await user.keyboard('{ArrowDown}{Enter}');
    expect((screen.getByTestId('field-customerPhone') as HTMLInputElement).value).toBe('');
    await user.click(screen.getByTestId('field-content'));
    await user.keyboard('罐车今晚又来了。');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByTestId('complaint-detail');
    expect(bridge.callsTo('complaints.create')[0]?.input).toMatchObject({ customerId: 'k-zhou', customerName: '周桂芳' });
    expect(bridge.callsTo('complaints.create')[0]?.input).not.toHaveProperty('customerPhone');
  });

  it('changing the name after picking unlinks the file; Esc closes the list', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(undefined, { 'customers.search': search, 'complaints.create': () => sampleComplaint, 'complaints.get': () => detailOf(sampleComplaint) });
    await kindAndChannelByKeyboard(user);
    await user.keyboard('建材');
    await screen.findByTestId('customer-option-k-firm');
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('customer-options')).toBeNull();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.getByTestId('customer-linked').textContent).toContain('四川某建材有限公司');
    await user.keyboard('（新）');
    expect(screen.queryByTestId('customer-linked')).toBeNull();
    await user.click(screen.getByTestId('field-content'));
    await user.keyboard('供气压力不达标。{Control>}{Enter}{/Control}');
    await screen.findByTestId('complaint-detail');
    expect(bridge.callsTo('complaints.create')[0]?.input).toMatchObject({ customerName: '四川某建材有限公司（新）' });
    expect(bridge.callsTo('complaints.create')[0]?.input).not.toHaveProperty('customerId');
  });

  it('creates a new customer inline (单位, group, type, contact person) and sends it with the complaint', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(undefined, { 'customers.search': () => [], 'complaints.create': () => sampleComplaint, 'complaints.get': () => detailOf(sampleComplaint) });
    await kindAndChannelByKeyboard(user);
    await user.keyboard('泸州某酒业公司');
    await screen.findByTestId('customer-option-new');
    await user.keyboard('{ArrowDown}{Enter}');
    const fields = screen.getByTestId('new-customer');
    expect(fields.textContent).toContain('新建客户档案');
    // The focus stays on the name; Tab goes on to the phone, then into the new customer's fields.
    expect(document.activeElement).toBe(screen.getByTestId('field-customerName'));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByTestId('field-customerPhone'));
    await user.keyboard('0830-6667777');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByTestId('field-newCustomerKind-organisation'));
    await user.keyboard(' ');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByTestId('field-newCustomerGroup'));
    await user.selectOptions(screen.getByTestId('field-newCustomerGroup'), 'partner');
    // Under 合作伙伴客户 only its types are offered (篇6 第二条(二)).
    const types = within(screen.getByTestId('field-newCustomerType')).getAllByRole('option').map((o) => o.textContent);
    expect(types).toEqual(['不分', '战略合作伙伴', '材料供应商', '合作单位']);
    await user.selectOptions(screen.getByTestId('field-newCustomerType'), 'cooperating_unit');
    await user.type(screen.getByTestId('field-newCustomerContact'), '办公室 刘主任');
    await user.type(screen.getByTestId('field-content'), '送货车辆堵住厂门。');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByTestId('complaint-detail');
    const sent = bridge.callsTo('complaints.create')[0]?.input;
    expect(sent).toMatchObject({
      customerName: '泸州某酒业公司',
      customerPhone: '0830-6667777',
      newCustomer: { kind: 'organisation', group: 'partner', type: 'cooperating_unit', contactPerson: '办公室 刘主任' },
    });
    expect(sent).not.toHaveProperty('customerId');
  });

  it('shows field errors in Chinese: the new customer’s kind, quantity and batch number, then the core’s', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(undefined, {
      'customers.search': () => [],
      'complaints.create': () => {
        throw new ApiError('VALIDATION', '输入有误', [{ path: 'newCustomer.group', message: '本站客户分类中没有此客户群：x / not a customer group of this site' }]);
      },
    });
    await kindAndChannelByKeyboard(user);
    await user.keyboard('罗建华');
    await screen.findByTestId('customer-option-new');
    await user.keyboard('{ArrowDown}{Enter}');
    await user.type(screen.getByTestId('field-content'), '燃气表读数异常。');
    await user.click(screen.getByTestId('product-fields-toggle'));
    await user.type(screen.getByTestId('field-product'), '家用燃气表');
    await user.type(screen.getByTestId('field-batchNo'), '批号？');
    await user.type(screen.getByTestId('field-quantity'), '两箱');
    await user.click(screen.getByTestId('save-complaint'));
    expect(descriptionOf(screen.getByTestId('field-newCustomerKind-individual'))).toBe('请选择单位或个人');
    expect(descriptionOf(screen.getByTestId('field-quantity'))).toBe('数量须为正整数');
    expect(descriptionOf(screen.getByTestId('field-batchNo'))).toBe('批号只能包含字母、数字和 - / . #');
    expect(screen.getByRole('alert').textContent).toBe('请按提示修改标出的内容后再保存。');
    expect(bridge.callsTo('complaints.create')).toHaveLength(0);

    await user.click(screen.getByTestId('field-newCustomerKind-individual'));
    await user.clear(screen.getByTestId('field-quantity'));
    await user.type(screen.getByTestId('field-quantity'), '25');
    await user.type(screen.getByTestId('field-quantityUnit'), '箱');
    await user.clear(screen.getByTestId('field-batchNo'));
    await user.type(screen.getByTestId('field-batchNo'), 'B2026-11/03');
    await user.click(screen.getByTestId('save-complaint'));
    await waitFor(() => expect(bridge.callsTo('complaints.create')).toHaveLength(1));
    expect(bridge.callsTo('complaints.create')[0]?.input).toMatchObject({ product: '家用燃气表', batchNo: 'B2026-11/03', quantity: 25, quantityUnit: '箱', newCustomer: { kind: 'individual' } });
    // The core's refusal lands under the field it names, in the current language's half.
    await waitFor(() => expect(descriptionOf(screen.getByTestId('field-newCustomerGroup'))).toBe('本站客户分类中没有此客户群：x'));
    expect(screen.getByRole('alert').textContent).toBe('请按提示修改标出的内容后再保存。');
  });

  it('takes an individual’s ID number with the new file, checks it before sending, and offers no such field for an organisation (issue 19 §1)', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(undefined, { 'customers.search': () => [], 'complaints.create': () => sampleComplaint });
    await kindAndChannelByKeyboard(user);
    await user.keyboard('罗建华');
    await screen.findByTestId('customer-option-new');
    await user.keyboard('{ArrowDown}{Enter}');
    await user.click(screen.getByTestId('field-newCustomerKind-organisation'));
    expect(screen.queryByTestId('field-newCustomerIdNumber')).toBeNull();
    await user.click(screen.getByTestId('field-newCustomerKind-individual'));
    await user.type(screen.getByTestId('field-newCustomerIdNumber'), '51050219800101123');
    await user.type(screen.getByTestId('field-content'), '燃气表读数异常。');
    await user.click(screen.getByTestId('save-complaint'));
    expect(descriptionOf(screen.getByTestId('field-newCustomerIdNumber'))).toBe('身份证件号码应为18位（末位可为X）或15位数字');
    expect(bridge.callsTo('complaints.create')).toHaveLength(0);

    await user.type(screen.getByTestId('field-newCustomerIdNumber'), 'X');
    await user.click(screen.getByTestId('save-complaint'));
    await waitFor(() => expect(bridge.callsTo('complaints.create')).toHaveLength(1));
    expect(bridge.callsTo('complaints.create')[0]?.input).toMatchObject({ customerName: '罗建华', newCustomer: { kind: 'individual', idNumber: '51050219800101123X' } });
  });

  it('keeps the customer choice and product facts in the draft', { timeout: SLOW }, async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(undefined, {
      'drafts.get': () => ({
        data: { kind: 'complaint', channel: 'phone', customerName: '周桂芳', customerId: 'k-zhou', product: '减压阀', batchNo: 'RTZ-50', quantity: '3', newCustomerKind: 'company' },
        savedAt: new Date().toISOString(),
      }),
      'customers.get': () => ({ ...zhou, phone2: null, address: null, note: null, createdAt: '', updatedAt: '', version: 2, complaints: [], followUps: [] }),
    });
    await user.click(await screen.findByTestId('new-complaint'));
    const linked = await screen.findByTestId('customer-linked');
    expect(within(linked).getByTestId('customer-sign')).toBeTruthy();
    expect(bridge.callsTo('customers.get')[0]?.input).toEqual({ id: 'k-zhou' });
    // Filled product facts open their section.
    expect((screen.getByTestId('field-batchNo') as HTMLInputElement).value).toBe('RTZ-50');
    expect((screen.getByTestId('field-quantity') as HTMLInputElement).value).toBe('3');
  });
});
