// Grades 1,000,000 synthetic complaints under each shipped pack and prints
// grades per second, beside a raw baseline measured in the same run: the same
// records only copied through structuredClone-free object spread and a
// comparison, i.e. the cost of touching each record without any rules.
//   npm run bench:grade [-- --count 1000000]
import { parseArgs } from 'node:util';
import { CHINA_MAINLAND_CALENDAR } from '../../shared/calendar/calendar-data';
import { WorkingCalendar } from '../../shared/calendar/working-calendar';
import { grade, type GradingRecord } from '../../shared/rules/grade';
import { SHIPPED_PACKS } from '../../shared/rules/packs';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000000' }, 'per-pack': { type: 'string', default: '100000' } } });
const count = Number(values.count);
/** The other packs are graded on a sample, so the whole run stays within a few minutes. */
const perPack = Math.min(count, Number(values['per-pack']));
const calendar = new WorkingCalendar(CHINA_MAINLAND_CALENDAR);
const start = Date.parse('2026-01-05T02:00:00Z');
const now = new Date('2026-12-01T02:00:00Z');

// A deterministic spread of records: losses, groups, flags, receipt times over the year.
const records: GradingRecord[] = Array.from({ length: count }, (_, i) => ({
  receivedAt: new Date(start + ((i * 7919) % (330 * 24 * 60)) * 60_000),
  resolvedAt: i % 3 === 0 ? new Date(start + ((i * 7919) % (330 * 24 * 60)) * 60_000 + 86_400_000) : null,
  ticked: i % 11 === 0 ? ['major.7'] : [],
  facts: { directLoss: (i * 37) % 60_000, groupSize: i % 9, mediaInvolved: i % 50 === 0 ? 1 : 0 },
}));

function time(label: string, n: number, work: () => number): number {
  const t0 = process.hrtime.bigint();
  const checksum = work();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const perSecond = Math.round(n / seconds);
  console.log(`${label.padEnd(52)} ${perSecond.toLocaleString('en-US').padStart(12)} /s   (${seconds.toFixed(2)} s, checksum ${checksum})`);
  return perSecond;
}

console.log(`grading ${count.toLocaleString('en-US')} complaints`);
time('baseline: touch each record, no rules', count, () => {
  let n = 0;
  for (const r of records) if ({ ...r.facts }.directLoss! >= 30_000 && r.receivedAt.getTime() < now.getTime()) n++;
  return n;
});
/** Grades `n` records; the checksum counts those graded into the pack's highest class. */
function gradeAll(pack: (typeof SHIPPED_PACKS)[number], n: number): number {
  const highest = pack.classes.at(-1)!.code;
  let top = 0;
  for (let i = 0; i < n; i++) if (grade(records[i]!, pack, now, calendar).classCode === highest) top++;
  return top;
}

const [site, ...others] = SHIPPED_PACKS;
time(`grade() with ${site!.id} (demo site)`, count, () => gradeAll(site!, count));
console.log(`\nthe other ${others.length} packs, ${perPack.toLocaleString('en-US')} complaints each (--per-pack N):`);
for (const pack of others) time(`grade() with ${pack.id}`, perPack, () => gradeAll(pack, perPack));
