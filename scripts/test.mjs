// `npm test`: everything, in one command — install if needed, build, type-check
// every layer, lint, unit + component + shell + crash tests (vitest), then the
// end-to-end tests (Playwright driving Chromium against browser mode).
// Ends with one line `N passed, N failed`. Exits non-zero on any failure.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureBuilt, ensureInstalled, root, run, say } from './setup.mjs';
import { findChromium } from './chromium.mjs';

ensureInstalled();
await ensureBuilt({ force: true });

const steps = [];
function step(name, command, args) {
  const started = Date.now();
  say(`开始：${name}`, `running: ${name}`);
  const status = run(command, args);
  steps.push({ name, status, seconds: Math.round((Date.now() - started) / 1000) });
  return status;
}

/**
 * Runs single-threaded steps side by side (CI has two cores; tsc and eslint use one each), each
 * one's output held back and printed whole when it ends so the logs do not interleave.
 */
async function stepsSideBySide(list) {
  await Promise.all(
    list.map(({ name, command, args }) => {
      const started = Date.now();
      say(`开始：${name}`, `running: ${name}`);
      return new Promise((resolve) => {
        const child = spawn(command, args, { cwd: root, shell: process.platform === 'win32' });
        const output = [];
        child.stdout.on('data', (chunk) => output.push(chunk));
        child.stderr.on('data', (chunk) => output.push(chunk));
        child.on('close', (code) => {
          say(`结束：${name}`, `finished: ${name}`);
          process.stdout.write(Buffer.concat(output));
          steps.push({ name, status: code ?? 1, seconds: Math.round((Date.now() - started) / 1000) });
          resolve();
        });
      });
    }),
  );
}

const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
// `tsc -b` (npm run typecheck) in two halves: each layer's project alone (its include is its
// allow-list of folders), and the whole tree with the tests; lint beside them.
const projects = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8')).references.map((reference) => reference.path);
const layerProjects = projects.filter((project) => !project.endsWith('tsconfig.tests.json'));
await stepsSideBySide([
  { name: 'typecheck every layer alone (tsc -b)', command: bin('tsc'), args: ['-b', ...layerProjects] },
  { name: 'typecheck the whole tree with the tests (tsc -b)', command: bin('tsc'), args: ['-b', 'tsconfig.tests.json'] },
  { name: 'lint', command: bin('eslint'), args: ['--max-warnings=0', '.'] },
]);

fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
const unitReport = path.join(root, 'test-results', 'unit.json');
const e2eReport = path.join(root, 'test-results', 'e2e.json');
step('unit, component, shell and crash tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);

// The head-office server's tests again on PostgreSQL (a throw-away cluster on loopback): production's database.
const serverPgReport = path.join(root, 'test-results', 'server-pg.json');
step('server tests on PostgreSQL', process.execPath, [path.join(root, 'scripts', 'test-server-pg.mjs'), '--reporter=default', '--reporter=json', `--outputFile.json=${serverPgReport}`]);

// The load bench, small (issue 24): it fails only when exactly-once fails or the bench crashes, never on its figures.
step('load bench at 20 sites on PostgreSQL and SQLite', process.execPath, [path.join(root, 'scripts', 'bench', 'run.mjs'), 'load', '--sites', '20']);

// The head office from a fresh clone with run-time dependencies only (npm ci --omit=dev && npm run server): issue 18 §3.
step('head office from a fresh clone without dev dependencies', process.execPath, [path.join(root, 'scripts', 'check-server-deploy.mjs')]);

const chromium = findChromium();
if (!chromium) {
  say(
    '找不到 Chromium，无法运行端到端测试。请安装：apt-get install chromium fonts-noto-cjk（或设置 BRANCHLINE_CHROMIUM）',
    'Chromium not found, end-to-end tests cannot run. Install it: apt-get install chromium fonts-noto-cjk (or set BRANCHLINE_CHROMIUM)',
  );
  steps.push({ name: 'end-to-end tests (no Chromium)', status: 1, seconds: 0 });
} else {
  step('end-to-end tests', bin('vitest'), ['run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${e2eReport}`]);
}

let passed = 0;
let failed = 0;
const failedNames = [];
for (const report of [unitReport, serverPgReport, e2eReport]) {
  if (!fs.existsSync(report)) continue;
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  failedNames.push(...failedTestNames(json));
}
console.log('\n[branchline] 步骤 / steps:');
for (const s of steps) console.log(`  ${s.status === 0 ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds}s)`);
const failedSteps = steps.filter((s) => s.status !== 0).length;
// The failures again at the very end: CI keeps only the tail of a long log.
if (failedNames.length > 0) {
  console.log('[branchline] 失败的测试 / failed tests:');
  for (const name of failedNames) console.log(`  ✗ ${name}`);
}
console.log(`${passed} passed, ${failed} failed`);

/** "file › test title: first line of the message" for each failed test (or failed file) in a vitest JSON report. */
function failedTestNames(report) {
  const names = [];
  for (const file of report.testResults) {
    const relative = path.relative(root, file.name);
    const failedTests = file.assertionResults.filter((test) => test.status === 'failed');
    for (const test of failedTests) names.push(`${relative} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    if (failedTests.length === 0 && file.status === 'failed') names.push(`${relative}: ${firstLine(file.message)}`);
  }
  return names;
}

function firstLine(text) {
  return String(text ?? '').split('\n')[0].slice(0, 300);
}

process.exit(failedSteps > 0 || failed > 0 || passed === 0 ? 1 : 0);
