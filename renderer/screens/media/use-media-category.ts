import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaCategory } from '../../../shared/profiles/profile-schema';
import { useProfileStore } from '../../stores/profile-store';
import { pick } from '../settings/rule-pack-text';

const NO_CATEGORIES: readonly MediaCategory[] = [];

/**
 * The 投诉内容 categories of the site's organisation profile (issue 17), and a
 * code's label in the current language (a code from an earlier profile shows as it is).
 */
export function useMediaCategories(): { categories: readonly MediaCategory[]; labelOf: (code: string) => string } {
  const { i18n } = useTranslation();
  const categories = useProfileStore((s) => s.profile?.mediaContentCategories ?? NO_CATEGORIES);
  const loaded = useProfileStore((s) => s.loaded);
  const load = useProfileStore((s) => s.load);
  useEffect(() => {
    if (!loaded) void load();
  }, [loaded, load]);
  const labelOf = (code: string) => {
    const category = categories.find((c) => c.code === code);
    return category ? pick(category.label, i18n.language) : code;
  };
  return { categories, labelOf };
}
