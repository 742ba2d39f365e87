import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoDataDir, takeDemoChoice } from '../../electron/core/demo-choice';

describe('the --demo [site] flag', () => {
  it('is the well station alone, another demo site when named, and leaves the other arguments for parseArgs', () => {
    expect(takeDemoChoice(['--demo', '--port', '0'])).toEqual({ demo: 'well-station', rest: ['--port', '0'] });
    expect(takeDemoChoice(['--data-dir', '/d', '--demo', 'bank-outlet'])).toEqual({ demo: 'bank-outlet', rest: ['--data-dir', '/d'] });
    expect(takeDemoChoice(['--demo=service-centre'])).toEqual({ demo: 'service-centre', rest: [] });
    expect(takeDemoChoice(['--port', '0'])).toEqual({ demo: false, rest: ['--port', '0'] });
    expect(() => takeDemoChoice(['--demo=coal-mine'])).toThrow(/no such demo site/);
  });

  it('keeps a demo site other than the well station in its own sub-folder of the default data folder', () => {
    expect(demoDataDir('/data', 'well-station')).toBe('/data');
    expect(demoDataDir('/data', false)).toBe('/data');
    expect(demoDataDir('/data', 'bank-outlet')).toBe(path.join('/data', 'demo-bank-outlet'));
  });
});
