import { rulePackSchema } from '../rules/pack-schema';
import { empty } from './common';
import { method } from './define';

export const rulesApi = {
  /** The site's severity rule pack, or null when its `rulePack` id names no shipped pack. Read-only. */
  'rules.sitePack': method({ input: empty, output: rulePackSchema.nullable(), access: 'complaint.read', writes: false }),
};
