import type { z } from 'zod';
import { SKELETON_SOURCE } from './template-drafting';
import { FAILS_ON_MISPLACED, FAILS_ON_MISSING, templateSchema } from './template-schema';

/**
 * A template's validation problems as a person editing it reads them: where
 * (第2部分 第3项「出处」) and what (必填), in Chinese and English, with the
 * path into the template so the editor can show it beside the field.
 */
export interface TemplateIssue {
  /** Dotted path into the template, e.g. "sections.1.items.2.source"; "" for the whole template. */
  path: string;
  zh: string;
  en: string;
}

type Path = readonly PropertyKey[];
type Text = { zh: string; en: string };

/** Lists whose elements are numbered in the location text. */
const LISTS: Record<string, Text> = {
  sections: { zh: '第{n}部分', en: 'section {n}' },
  items: { zh: '第{n}项', en: 'item {n}' },
  columns: { zh: '第{n}列', en: 'column {n}' },
  options: { zh: '第{n}个选项', en: 'option {n}' },
  grades: { zh: '第{n}个等级', en: 'grade {n}' },
  signers: { zh: '第{n}位签字人', en: 'signer {n}' },
  evidence: { zh: '第{n}张照片要求', en: 'photo {n}' },
  computedVetoes: { zh: '第{n}条计算否决', en: 'computed veto {n}' },
  periods: { zh: '第{n}个期限', en: 'period {n}' },
  counts: { zh: '第{n}个计数', en: 'count {n}' },
  days: { zh: '第{n}天', en: 'day {n}' },
  vetoes: { zh: '第{n}个否决等级', en: 'vetoed grade {n}' },
  requiredFor: { zh: '第{n}个要求等级', en: 'required-for grade {n}' },
};

/** Field names as the editor's form labels them. */
const FIELDS: Record<string, Text> = {
  id: { zh: '编号', en: 'Id' },
  version: { zh: '版本', en: 'Version' },
  kind: { zh: '类型', en: 'Kind' },
  title: { zh: '标题', en: 'Title' },
  label: { zh: '名称', en: 'Label' },
  hint: { zh: '说明', en: 'Hint' },
  source: { zh: '出处', en: 'Source' },
  zh: { zh: '中文', en: 'Chinese' },
  en: { zh: '英文', en: 'English' },
  weight: { zh: '权重', en: 'Weight' },
  points: { zh: '分值', en: 'Points' },
  required: { zh: '必填', en: 'Required' },
  unit: { zh: '单位', en: 'Unit' },
  min: { zh: '下限', en: 'Minimum' },
  max: { zh: '上限', en: 'Maximum' },
  orientation: { zh: '纸张方向', en: 'Orientation' },
  schedule: { zh: '周期', en: 'Schedule' },
  code: { zh: '代码', en: 'Code' },
  minTotal: { zh: '总分下限', en: 'Minimum total' },
  minEachPart: { zh: '各部分下限', en: 'Minimum per part' },
  value: { zh: '值', en: 'Value' },
  showIf: { zh: '显示条件', en: 'Shown if' },
  itemId: { zh: '项编号', en: 'Item id' },
  times: { zh: '次数', en: 'Times' },
  failsOn: { zh: '发现问题的答案', en: 'Answer that means a problem' },
};

const fill = (text: string, n: number) => text.replace('{n}', String(n));

/** "第2部分 第3项「出处」" / "Section 2, item 3 “Source”". */
export function locationOf(path: Path): Text {
  const zh: string[] = [];
  const en: string[] = [];
  const fieldsZh: string[] = [];
  const fieldsEn: string[] = [];
  for (let i = 0; i < path.length; i += 1) {
    const key = String(path[i]);
    const next = path[i + 1];
    if (LISTS[key] && typeof next === 'number') {
      zh.push(fill(LISTS[key].zh, next + 1));
      en.push(fill(LISTS[key].en, next + 1));
      i += 1;
    } else {
      fieldsZh.push(FIELDS[key]?.zh ?? key);
      fieldsEn.push(FIELDS[key]?.en ?? key);
    }
  }
  const zhText = zh.join(' ') + (fieldsZh.length ? `「${fieldsZh.join('·')}」` : '');
  const enText = en.join(', ') + (fieldsEn.length ? `${en.length ? ' ' : ''}“${fieldsEn.join(' · ')}”` : '');
  return { zh: zhText || '模板', en: capitalise(enText || 'template') };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function valueAt(input: unknown, path: Path): unknown {
  let value = input;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

const TYPES: Record<string, Text> = {
  string: { zh: '文字', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  boolean: { zh: '是/否', en: 'true/false' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '对象', en: 'an object' },
};

/** What went wrong, for each kind of zod issue the template schema raises. */
function problemOf(issue: z.core.$ZodIssue, input: unknown): Text {
  const last = String(issue.path[issue.path.length - 1] ?? '');
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) return { zh: '必填', en: 'required' };
      return { zh: `应为${TYPES[issue.expected]?.zh ?? issue.expected}`, en: `must be ${TYPES[issue.expected]?.en ?? issue.expected}` };
    case 'too_small':
      if (issue.origin === 'string') return { zh: '必填', en: 'required' };
      if (issue.origin === 'array') return { zh: `至少要有 ${String(issue.minimum)} 个`, en: `needs at least ${String(issue.minimum)}` };
      return issue.inclusive
        ? { zh: `不能小于 ${String(issue.minimum)}`, en: `must be at least ${String(issue.minimum)}` }
        : { zh: `须大于 ${String(issue.minimum)}`, en: `must be more than ${String(issue.minimum)}` };
    case 'too_big':
      return issue.inclusive
        ? { zh: `不能大于 ${String(issue.maximum)}`, en: `must be at most ${String(issue.maximum)}` }
        : { zh: `须小于 ${String(issue.maximum)}`, en: `must be less than ${String(issue.maximum)}` };
    case 'invalid_format':
      if (last === 'version') return { zh: '格式应为 主版本.次版本.修订号，如 1.2.0', en: 'must look like 1.2.0' };
      return { zh: '只能用小写字母、数字和 . - _，以字母或数字开头', en: 'lower-case letters, digits, . - _ only, starting with a letter or digit' };
    case 'invalid_value':
      return { zh: `应为以下之一：${issue.values.map(String).join('、')}`, en: `must be one of: ${issue.values.map(String).join(', ')}` };
    case 'unrecognized_keys':
      return { zh: `不认识的字段：${issue.keys.join('、')}`, en: `unknown field(s): ${issue.keys.join(', ')}` };
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options)
        ? { zh: `应为以下之一：${issue.options.map(String).join('、')}`, en: `must be one of: ${issue.options.map(String).join(', ')}` }
        : { zh: '不符合任何一种允许的格式', en: 'matches none of the allowed shapes' };
    case 'custom':
      if (issue.message === FAILS_ON_MISSING) return { zh: '必填：请选择答“是”还是答“否”表示发现问题', en: 'required: choose whether “yes” or “no” means a problem was found' };
      if (issue.message === FAILS_ON_MISPLACED) return { zh: '只有“是/否”项设此项，请删除', en: 'only yes/no questions have this; remove it' };
      return { zh: issue.message, en: issue.message };
    default:
      return { zh: issue.message, en: issue.message };
  }
}

/** The schema's cross-checks (superRefine) carry no path; their messages name the item or section, which locates them. */
const CROSS_CHECKS: { re: RegExp; subject: 'item' | 'section'; zh: (m: RegExpExecArray) => string }[] = [
  { re: /^duplicate item id (\S+)$/, subject: 'item', zh: (m) => `项编号 ${m[1]} 重复` },
  { re: /^table (\S+) has no columns$/, subject: 'item', zh: () => '表格没有列' },
  { re: /^choice (\S+) has no options$/, subject: 'item', zh: () => '选择题没有选项' },
  { re: /^part score (\S+) must be a number$/, subject: 'item', zh: () => '部分得分项必须是数字类型' },
  { re: /^fact (\S+) must be a number$/, subject: 'item', zh: () => '规则包事实项必须是数字类型' },
  { re: /^criterion (\S+) must be yes\/no$/, subject: 'item', zh: () => '规则包条件项必须是“是/否”类型' },
  { re: /^section (\S+) has more than one part score$/, subject: 'section', zh: () => '一个部分只能有一个部分得分项' },
  { re: /^(\S+) shows on an unknown item (\S+)$/, subject: 'item', zh: (m) => `显示条件引用了不存在的项 ${m[2]}` },
  { re: /^(\S+) vetoes an unknown grade (\S+)$/, subject: 'item', zh: (m) => `否决了不存在的等级 ${m[2]}` },
  { re: /^(\S+) is required for an unknown grade (\S+)$/, subject: 'item', zh: (m) => `要求了不存在的等级 ${m[2]}` },
  { re: /^entered parts (\S+) (.*)$/, subject: 'item', zh: (m) => `录入部分的设置不对（${m[2]}）` },
  { re: /^(\S+): limitsFrom (.*)$/, subject: 'item', zh: (m) => `限值引用不对（limitsFrom ${m[2]}）` },
  { re: /^(\S+): expected rows (.*)$/, subject: 'item', zh: (m) => `应有行数引用不对（${m[2]}）` },
];

interface Located {
  sections: { id?: unknown; items?: { id?: unknown }[] }[];
}

/** The path of the last item (or section) with the id: for a duplicate, the second one is the one to change. */
function pathOfId(input: unknown, id: string, subject: 'item' | 'section'): (string | number)[] {
  const sections = (input as Located | undefined)?.sections;
  let found: (string | number)[] = [];
  if (!Array.isArray(sections)) return found;
  sections.forEach((section, s) => {
    if (subject === 'section' && section?.id === id) found = ['sections', s];
    if (subject === 'item' && Array.isArray(section?.items)) section.items.forEach((item, i) => item?.id === id && (found = ['sections', s, 'items', i]));
  });
  return found;
}

function crossCheck(message: string, input: unknown): { path: (string | number)[]; problem: Text } {
  for (const check of CROSS_CHECKS) {
    const match = check.re.exec(message);
    if (match) return { path: pathOfId(input, match[1]!, check.subject), problem: { zh: check.zh(match), en: message } };
  }
  return { path: [], problem: { zh: `模板规则未通过：${message}`, en: message } };
}

/** One located, bilingual message per zod issue of the template schema. */
export function templateIssuesOf(error: z.ZodError, input: unknown): TemplateIssue[] {
  return error.issues.map((issue) => {
    const { path, problem } = issue.code === 'custom' && issue.path.length === 0 ? crossCheck(issue.message, input) : { path: issue.path, problem: problemOf(issue, input) };
    const where = locationOf(path);
    return { path: path.map(String).join('.'), zh: `${where.zh}: ${problem.zh}`, en: `${where.en}: ${problem.en}` };
  });
}

/** Citations still reading as the new template's placeholder: valid to the schema, but no citation, so not publishable. */
function placeholderCitations(input: unknown): TemplateIssue[] {
  const paths: (string | number)[][] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [key, v] of Object.entries(value)) visit(v, [...path, key]);
    else if (value === SKELETON_SOURCE && path[path.length - 1] === 'source') paths.push(path);
  };
  visit(input, []);
  return paths.map((path) => {
    const where = locationOf(path);
    return { path: path.join('.'), zh: `${where.zh}: 请填写真实出处`, en: `${where.en}: cite the real source` };
  });
}

/** Validates a template as typed in the editor; no issues means it can be published (subject to its version and id). */
export function validateTemplate(input: unknown): TemplateIssue[] {
  const parsed = templateSchema.safeParse(input);
  return [...(parsed.success ? [] : templateIssuesOf(parsed.error, input)), ...placeholderCitations(input)];
}
