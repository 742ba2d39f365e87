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

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000000' } } });
const count = Number(values.count);
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

function time(label: string, work: () => number): number {
  const t0 = process.hrtime.bigint();
  const checksum = work();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const perSecond = Math.round(count / seconds);
  console.log(`${label.padEnd(40)} ${perSecond.toLocaleString('en-US').padStart(12)} /s   (${seconds.toFixed(2)} s, checksum ${checksum})`);
  return perSecond;
}

console.log(`grading ${count.toLocaleString('en-US')} complaints`);
time('baseline: touch each record, no rules', () => {
  let n = 0;
  for (const r of records) if ({ ...r.facts }.directLoss! >= 30_000 && r.receivedAt.getTime() < now.getTime()) n++;
  return n;
});
for (const pack of SHIPPED_PACKS) {
  time(`grade() with ${pack.id}`, () => {
    let majors = 0;
    for (const r of records) if (grade(r, pack, now, calendar).classCode === 'major') majors++;
    return majors;
  });
}
