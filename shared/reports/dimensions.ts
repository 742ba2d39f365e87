import type { Column } from './measures';

/**
 * The dimensions a period × dimension table can break counts down by
 * (reports-mandated "Period × dimension count table"). Each is a column of the
 * reporting relation; `labelColumn` carries a readable name where the value is
 * an id (a handler). Vocabularies (channel, kind, status, validity) are named
 * by the screens' own translations; class codes by the site's rule pack.
 */
export const DIMENSIONS = {
  channel: { column: 'channel', source: 'seed001 S1 二、1 (by channel); seed003 篇6 第十二条' },
  kind: { column: 'kind', source: 'seed004 §D 第五条 (投诉/建议/咨询)' },
  class: { column: 'class_code', source: 'seed003 篇6 第十三条; 篇5 4.2' },
  category: { column: 'category', source: 'seed003 篇7 (shares by category); seed004 §I' },
  cause: { column: 'cause', source: 'seed003 篇5 6.3–6.4; 篇6 第三十二条' },
  validity: { column: 'validity', source: 'seed003 篇6 第十四条' },
  unit: { column: 'unit', source: 'seed003 篇7 (by 供电所 and region); 篇6 第三十八条' },
  site: { column: 'site_id', source: 'seed003 篇5 6.5 (per institution); 篇7' },
  handler: { column: 'handler_id', labelColumn: 'handler_name', source: 'seed002 客户管理制度14 5.4.1 (per handler)' },
  status: { column: 'status', source: 'seed001 S15 4.1 e) 处理时效管理' },
} as const satisfies Record<string, { column: Column; labelColumn?: Column; source: string }>;

export type DimensionId = keyof typeof DIMENSIONS;
export const DIMENSION_IDS = Object.keys(DIMENSIONS) as DimensionId[];
