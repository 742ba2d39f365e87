import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { ApiCallError } from '../../renderer/api/api-call-error';
import { en } from '../../renderer/i18n/en';
import { setLanguage } from '../../renderer/i18n/i18n';
import { zhCN } from '../../renderer/i18n/zh-CN';
import { errorText, reasonText } from '../../renderer/lib/error-text';
import { issuesByField } from '../../renderer/lib/field-errors';
import { i18n } from '../../renderer/i18n/i18n';

/** Every `ApiError.because(code, 'key', …)` and contract `reason('key', …)` in the core and shared code, with its key. */
function reasonKeysInSource(): { file: string; key: string }[] {
  const found: { file: string; key: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) {
        const text = fs.readFileSync(full, 'utf8');
        for (const match of text.matchAll(/ApiError\.because\(\s*'[A-Z_]+',\s*'([^']+)'/g)) found.push({ file: full, key: match[1]! });
        // The contract's own checks (shared/api/common.ts) give their reason as reason('key', …).
        for (const match of text.matchAll(/\breason\(\s*'([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)'/g)) found.push({ file: full, key: match[1]! });
      }
    }
  };
  for (const root of ['electron', 'shared']) walk(path.resolve(__dirname, '../..', root));
  return found;
}

function lookup(tree: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
}

afterEach(async () => {
  await setLanguage('zh-CN');
});

describe('error reasons', () => {
  it('every reason key the core can give has a Chinese and an English text', () => {
    const found = reasonKeysInSource();
    expect(found.map((f) => f.key)).toEqual(expect.arrayContaining(['input.errors.badText', 'input.errors.dateOutOfRange', 'input.errors.inFuture']));
    for (const { file, key } of found) {
      expect(typeof lookup(zhCN, key), `${key} (${file}) in zh-CN`).toBe('string');
      expect(typeof lookup(en, key), `${key} (${file}) in en`).toBe('string');
    }
  });

  it('formats a moment parameter for the reader, never as an ISO string', async () => {
    i18n.addResource('zh-CN', 'translation', 'test.reason', '期限为 {{limit}}');
    i18n.addResource('en', 'translation', 'test.reason', 'limit {{limit}}');
    const reason = { key: 'test.reason', params: { limit: { at: '2026-03-05T06:30:00.000Z' } } };
    expect(reasonText(reason, 'fallback')).toBe('期限为 2026年3月5日 14:30');
    await setLanguage('en');
    expect(reasonText(reason, 'fallback')).toBe('limit 5 Mar 2026, 14:30');
    expect(reasonText({ key: 'test.reason', params: { limit: { date: '2026-03-05' } } }, 'x')).toBe('limit 5 Mar 2026');
  });

  it('reads a name the core gives in both languages in the reader’s language (a route’s post)', async () => {
    const reason = { key: 'procedure.errors.wrongRole', params: { stepZh: '审批', stepEn: 'approve', rolesZh: '销售中心总监', rolesEn: 'Sales-centre director', source: 'seed002 客户管理制度14 5.1.1.2' } };
    expect(reasonText(reason, 'fallback')).toBe('此步骤（审批）须由 销售中心总监 办理（依据：《综合服务部客户投诉处理制度》5.1.1.2）');
    await setLanguage('en');
    expect(reasonText(reason, 'fallback')).toMatch(/^This step \(approve\) must be taken by Sales-centre director \(under “.+” 5\.1\.1\.2\)$/);
  });

  it('falls back to the core message when the key is unknown to this build', () => {
    expect(reasonText({ key: 'no.such.key' }, '中文 / English')).toBe('中文');
  });

  it('reaches the screen through errorText and field errors', () => {
    i18n.addResource('zh-CN', 'translation', 'test.field', '{{n}} 箱超过上限');
    const body = ApiError.because('VALIDATION', 'test.field', { n: 21 }, 'quantity').toBody();
    const error = new ApiCallError(body.code, body.message, body.issues, body.reason);
    expect(errorText(error, i18n.t)).toBe('21 箱超过上限');
    expect(issuesByField(error.issues, ['quantity'] as const).fields.quantity).toBe('21 箱超过上限');
  });
});
