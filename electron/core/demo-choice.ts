import path from 'node:path';
import { DEMO_SITES, type DemoSite } from '../../shared/profiles';

/**
 * The `--demo [site]` flag of the desktop app and browser mode:
 * `--demo` is the well station (as before profiles), `--demo bank-outlet` or
 * `--demo=service-centre` another demo site. A store holds one site, so a
 * demo site other than the default keeps its own store in a sub-folder of the
 * data folder (`demo-bank-outlet/`) unless a data folder is given: the well
 * station's store, and the demos beside it, stay as they are.
 *
 * Returns the choice and the arguments without it (for parseArgs).
 */
export function takeDemoChoice(argv: readonly string[]): { demo: DemoSite | false; rest: string[] } {
  const rest: string[] = [];
  let demo: DemoSite | false = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const inline = /^--demo=(.+)$/.exec(arg);
    if (arg !== '--demo' && !inline) {
      rest.push(arg);
      continue;
    }
    const named = inline ? inline[1]! : argv[i + 1];
    if (named !== undefined && isDemoSite(named)) {
      demo = named;
      if (!inline) i += 1;
    } else if (inline) {
      throw new Error(`没有这个演示网点 / no such demo site: ${named} (${DEMO_SITES.join(', ')})`);
    } else {
      demo = 'well-station';
    }
  }
  return { demo, rest };
}

function isDemoSite(value: string): value is DemoSite {
  return (DEMO_SITES as readonly string[]).includes(value);
}

/** The data folder of a demo site when none is given: the default folder for the well station, a sub-folder for the others. */
export function demoDataDir(base: string, demo: DemoSite | false): string {
  return demo && demo !== 'well-station' ? path.join(base, `demo-${demo}`) : base;
}
