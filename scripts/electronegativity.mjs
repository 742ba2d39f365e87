// Runs Electronegativity (Doyensec's Electron security scanner) over the
// shell and core (electron/), for the Electron version installed, and fails on
// any HIGH or MEDIUM finding that is not explained as a false positive by a
// comment at its line (or the line above) of the form
//   // Electronegativity CHECK_ID: why this is not a problem
// (issue 18 §2). LOW findings are listed, not judged.
//
//   npm run security:electron
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const SCANNED = 'electron';
const JUDGED = new Set(['HIGH', 'MEDIUM']);

/** One CSV line of Electronegativity's report, quotes respected. */
export function splitCsvLine(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field.trim());
      field = '';
    } else field += c;
  }
  fields.push(field.trim());
  return fields;
}

/** The findings of a CSV report: check, severity, confidence, file (relative to the scanned folder), line. */
export function parseReport(csv) {
  const [header, ...rows] = csv.split(/\r?\n/).filter((l) => l.trim() !== '');
  const names = splitCsvLine(header);
  return rows.map((row) => {
    const f = Object.fromEntries(splitCsvLine(row).map((value, i) => [names[i], value]));
    return { check: f.issue, severity: f.severity, confidence: f.confidence, file: f.filename, line: Number(String(f.location).split(':')[0]), description: f.description };
  });
}

/** The reason a comment at the finding's line or the line above gives, or null. */
export function falsePositiveReason(finding, lines) {
  const marker = new RegExp(`Electronegativity ${finding.check}:\\s*(\\S.*)$`);
  for (const index of [finding.line - 1, finding.line - 2]) {
    const match = marker.exec(lines[index] ?? '');
    if (match) return match[1].replace(/\*\/\s*$/, '').trim();
  }
  return null;
}

/** Each finding judged: 'explained' (with its reason), 'real', or 'listed' (LOW). */
export function judge(findings, readLines) {
  return findings.map((finding) => {
    if (!JUDGED.has(finding.severity)) return { ...finding, verdict: 'listed' };
    const reason = falsePositiveReason(finding, readLines(finding.file));
    return reason ? { ...finding, verdict: 'explained', reason } : { ...finding, verdict: 'real' };
  });
}

export function scan() {
  const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'electronegativity-')), 'report.csv');
  const cli = path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
  execFileSync(process.execPath, [cli, '-i', path.join(root, SCANNED), '-e', electronVersion, '-r', '-v', 'false', '-o', out], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 240_000 });
  if (!fs.existsSync(out)) throw new Error('Electronegativity wrote no report');
  const findings = parseReport(fs.readFileSync(out, 'utf8'));
  const judged = judge(findings, (file) => fs.readFileSync(path.join(root, SCANNED, file), 'utf8').split('\n'));
  return { electronVersion, judged };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { electronVersion, judged } = scan();
  console.log(`Electronegativity over ${SCANNED}/ for Electron ${electronVersion}: ${judged.length} finding(s)`);
  for (const f of judged) {
    const where = `${SCANNED}/${f.file}:${f.line}`;
    console.log(`  ${f.verdict.padEnd(9)} ${f.severity.padEnd(6)} ${f.confidence.padEnd(9)} ${f.check} ${where}${f.reason ? ` — ${f.reason}` : ` — ${f.description}`}`);
  }
  const real = judged.filter((f) => f.verdict === 'real');
  console.log(real.length === 0 ? 'OK: no unexplained HIGH or MEDIUM finding' : `FAILED: ${real.length} HIGH/MEDIUM finding(s) without a reason at the line`);
  process.exit(real.length === 0 ? 0 : 1);
}
