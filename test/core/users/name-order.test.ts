import { describe, expect, it } from 'vitest';
import { byPinyin } from '../../../shared/domain/name-order';
import { openTestCore } from '../../support/temp-core';

/** Issue 20 item 9: names sorted by pinyin, at sign-in and in every user list. */
describe('names by pinyin', () => {
  it('orders Chinese names by their reading, not by code point', () => {
    // By code point: 刘(5218) 张(5F20) 李(674E) 王(738B) 赵(8D75) 阿(963F).
    const names = ['王建国', '张三', '李梅', '阿华', '赵六', '刘洋', 'Anna'];
    expect(byPinyin(names, (n) => n)).toEqual(['阿华', '李梅', '刘洋', '王建国', '张三', '赵六', 'Anna']);
  });

  it('the sign-in choices come in pinyin order', async () => {
    const core = await openTestCore();
    const status = await core.call('session.status', {});
    const names = status.signInChoices.map((c) => c.displayName);
    expect(names.length).toBeGreaterThan(2);
    expect(names).toEqual(byPinyin(names, (n) => n));
    expect(names).not.toEqual([...names].sort());
    core.close();
  });
});
