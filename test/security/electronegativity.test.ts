import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script without types (scripts/electronegativity.mjs)
import { judge, parseReport, scan } from '../../scripts/electronegativity.mjs';

interface Judged {
  check: string;
  severity: string;
  file: string;
  line: number;
  verdict: 'real' | 'explained' | 'listed';
  reason?: string;
}

const REPORT = `issue, severity, confidence, filename, location, sample, description, url
PRELOAD_JS_CHECK,"MEDIUM","FIRM","shell/window.ts","39:6","preload: options.preload,","Review the use of preload scripts",https://example/PRELOAD
CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","shell/window.ts","33:17","new BrowserWindow({ a, b })","Disable nodeIntegration",https://example/CI
CSP_GLOBAL_CHECK,"LOW","TENTATIVE","shell/window.ts","79:6",N/A,"Failed to parse CSP, it may not be valid.",https://example/CSP`;

describe('Electronegativity over the shell (issue 18 §2)', () => {
  it('a HIGH or MEDIUM finding passes only with a reason in a comment at its line or the line above; LOW is listed', () => {
    const findings = parseReport(REPORT);
    expect(findings.map((f: Judged) => [f.check, f.severity, f.file, f.line])).toEqual([
      ['PRELOAD_JS_CHECK', 'MEDIUM', 'shell/window.ts', 39],
      ['CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'shell/window.ts', 33],
      ['CSP_GLOBAL_CHECK', 'LOW', 'shell/window.ts', 79],
    ]);
    const lines = Array.from({ length: 80 }, () => '');
    lines[37] = '      // Electronegativity PRELOAD_JS_CHECK: reviewed, one function through contextBridge';
    lines[32] = '      // Electronegativity SANDBOX_JS_CHECK: a reason for another check does not count';
    const judged: Judged[] = judge(findings, () => lines);
    expect(judged.map((f) => f.verdict)).toEqual(['explained', 'real', 'listed']);
    expect(judged[0]!.reason).toBe('reviewed, one function through contextBridge');
  });

  it('finds nothing HIGH or MEDIUM in electron/ for the installed Electron that is not explained at its line', () => {
    const { electronVersion, judged } = scan() as { electronVersion: string; judged: Judged[] };
    const summary = judged.map((f) => `${f.verdict} ${f.severity} ${f.check} electron/${f.file}:${f.line}${f.reason ? ` (${f.reason})` : ''}`);
    console.log([`Electronegativity, Electron ${electronVersion}:`, ...summary].join('\n  '));
    expect(electronVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(judged.filter((f) => f.verdict === 'real')).toEqual([]);
    // The window's own settings are visible to the scanner: no finding about isolation, sandbox, auxclick or Node.
    for (const check of ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'AUXCLICK_JS_CHECK', 'NODE_INTEGRATION_JS_CHECK', 'WEB_SECURITY_JS_CHECK']) expect(judged.map((f) => f.check)).not.toContain(check);
  });
});
