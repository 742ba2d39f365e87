// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';

const root = path.resolve(__dirname, '../../renderer');
const html = fs.readFileSync(path.join(root, 'index.html'), 'utf8');

describe('renderer/index.html', () => {
  it('carries exactly the shared Content-Security-Policy', () => {
    const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/gi)];
    expect(metas).toHaveLength(1);
    expect(metas[0]![1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('is Chinese by default and loads no remote or inline script', () => {
    expect(html).toMatch(/<html lang="zh-CN">/);
    expect(html).not.toMatch(/https?:\/\//);
    for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      expect(script[1]).toMatch(/\bsrc=/);
      expect(script[2]!.trim()).toBe('');
    }
  });

  it('prefers CJK fonts', () => {
    const css = fs.readFileSync(path.join(root, 'styles.css'), 'utf8');
    expect(css).toContain(`'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif`);
  });
});
