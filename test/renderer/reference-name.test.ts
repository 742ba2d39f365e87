import { describe, expect, it } from 'vitest';
import { referenceItemName } from '../../renderer/console/screens/reference-name';

describe('a published reference item by name (issue 20 item 5)', () => {
  it('names a shipped template, pack or profile by its title or name, in the language asked', () => {
    expect(referenceItemName('template', 'waiter-level', 'zh-CN')).not.toBe('waiter-level');
    expect(referenceItemName('template', 'well.sewage-haulage-register', 'zh-CN')).toBe('污水拉运登记台帐');
    expect(referenceItemName('rulePack', 'sichuan-group-p6', 'en')).not.toMatch(/sichuan-group-p6/);
    expect(referenceItemName('profile', 'well-station', 'zh-CN')).not.toBe('well-station');
  });

  it('prefers the name the published body gives, and keeps an id head office typed itself', () => {
    expect(referenceItemName('template', 'well.sewage-haulage-register', 'en', { title: { zh: '污水拉运登记（修订）', en: 'Sewage haulage (revised)' } })).toBe('Sewage haulage (revised)');
    expect(referenceItemName('calendar', '2027', 'zh-CN')).toBe('2027');
  });
});
