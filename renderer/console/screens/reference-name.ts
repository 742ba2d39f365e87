import { SHIPPED_TEMPLATE_VERSIONS } from '../../../shared/checklists/templates';
import { SHIPPED_PROFILES } from '../../../shared/profiles';
import { SHIPPED_PACK_VERSIONS } from '../../../shared/rules/packs';
import { pick } from '../../screens/settings/rule-pack-text';

type Bilingual = { zh: string; en: string };

function isBilingual(value: unknown): value is Bilingual {
  return !!value && typeof value === 'object' && typeof (value as Bilingual).zh === 'string' && typeof (value as Bilingual).en === 'string';
}

/** The shipped item's own name, for the kinds that ship with the app. */
function shippedName(kind: string, id: string): Bilingual | undefined {
  if (kind === 'template') return SHIPPED_TEMPLATE_VERSIONS.find((template) => template.id === id)?.title;
  if (kind === 'rulePack') return SHIPPED_PACK_VERSIONS.find((pack) => pack.id === id)?.name;
  if (kind === 'profile') return SHIPPED_PROFILES.find((profile) => profile.id === id)?.name;
  return undefined;
}

/**
 * A reference item as head office reads it (issue 20 item 5): the name its
 * published body gives (a template's title, a pack's or profile's name), else
 * the shipped item's, else its id — one head office typed itself, not one of
 * the app's internal ids.
 */
export function referenceItemName(kind: string, id: string, lang: string, body?: unknown): string {
  const own = body && typeof body === 'object' ? ((body as { title?: unknown }).title ?? (body as { name?: unknown }).name) : undefined;
  const name = isBilingual(own) ? own : shippedName(kind, id);
  return name ? pick(name, lang) || id : id;
}
