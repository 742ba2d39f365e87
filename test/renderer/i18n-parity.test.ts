import { describe, expect, it } from 'vitest';
import { WORK_LISTS } from '../../shared/api/complaints';
import { CHANNELS, COMPLAINT_KINDS, REMEDIES } from '../../shared/domain/complaint-vocabulary';
import { MEDIA_CHANNELS, MEDIA_STATUSES } from '../../shared/domain/media';
import { OPINION_ENTRY_TYPES } from '../../shared/domain/opinion-book';
import { ROLES } from '../../shared/domain/roles';
import {
  CALL_BACK_METHODS,
  COMPLAINT_STATUSES,
  EXTENSION_TYPES,
  LOG_ENTRY_TYPES,
  REPLY_METHODS,
  SATISFACTION_LEVELS,
  WORKFLOW_ACTIONS,
} from '../../shared/domain/workflow';
import { CLOCK_STARTS, FACTS, MILESTONES, durationSchema } from '../../shared/rules/pack-schema';
import { en } from '../../renderer/i18n/en';
import { zhCN } from '../../renderer/i18n/zh-CN';

function flatten(tree: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') flatten(value, path).forEach((v, k) => out.set(k, v));
    else out.set(path, value);
  }
  return out;
}

const zh = flatten(zhCN);
const english = flatten(en);

describe('i18n resources', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('no text shows staff a developer command or a source path (issue 20 item 9)', () => {
    const developerish = /npm run|npx |--[a-z][a-z-]+|\b(?:server|electron|renderer|shared|scripts)\/[\w./-]+\.(?:ts|mjs|js)\b/;
    const found = [...zh, ...english].filter(([, value]) => typeof value === 'string' && developerish.test(value)).map(([key, value]) => `${key}: ${String(value)}`);
    expect(found).toEqual([]);
  });

  it('no text cites a source by its internal id (seed001 …): citations are interpolated through citationText (issue 20 item 5)', () => {
    const found = [...zh, ...english].filter(([, value]) => typeof value === 'string' && /seed0\d\d/.test(value)).map(([key, value]) => `${key}: ${String(value)}`);
    expect(found).toEqual([]);
  });

  it('every text is a non-empty string', () => {
    for (const [key, value] of [...zh, ...english]) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of zh) expect(vars(english.get(key)), key).toEqual(vars(value));
  });

  it.each([
    ['roles', ROLES],
    ['channels', CHANNELS],
    ['kinds', COMPLAINT_KINDS],
    ['remedies', REMEDIES],
    ['complaintStatuses', COMPLAINT_STATUSES],
    ['workLists', WORK_LISTS],
    ['logEntryTypes', LOG_ENTRY_TYPES],
    ['extensionTypes', EXTENSION_TYPES],
    ['replyMethods', REPLY_METHODS],
    ['callBackMethods', CALL_BACK_METHODS],
    ['satisfaction', SATISFACTION_LEVELS],
    ['opinionEntryTypes', OPINION_ENTRY_TYPES],
    ['mediaChannels', MEDIA_CHANNELS],
    ['mediaStatuses', MEDIA_STATUSES],
  ] as const)('labels every code of %s, and nothing else', (group, codes) => {
    expect(Object.keys(zhCN[group]).sort()).toEqual([...codes].sort());
    expect(Object.keys(en[group]).sort()).toEqual([...codes].sort());
  });

  it('names every workflow action', () => {
    expect(Object.keys(zhCN.workflow.actions).sort()).toEqual([...WORKFLOW_ACTIONS].sort());
    expect(Object.keys(en.workflow.actions).sort()).toEqual([...WORKFLOW_ACTIONS].sort());
  });

  it.each([
    ['milestones', MILESTONES],
    ['clockStarts', CLOCK_STARTS],
    ['facts', FACTS],
  ] as const)('labels every rule-pack %s code, and nothing else', (group, codes) => {
    expect(Object.keys(zhCN.rulePack[group]).sort()).toEqual([...codes].sort());
    expect(Object.keys(en.rulePack[group]).sort()).toEqual([...codes].sort());
  });

  it('words every duration unit of the rule packs', () => {
    const units = durationSchema.options.map((option) => option.shape.unit.value);
    for (const unit of units) {
      expect(Object.keys(zhCN.rulePack.units), unit).toContain(unit);
      expect(Object.keys(en.rulePack.units), unit).toContain(unit);
    }
  });
});
