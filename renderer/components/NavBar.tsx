import { useTranslation } from 'react-i18next';
import { sectionOf, useNavigationStore, type Section } from '../stores/navigation-store';

const SECTIONS: readonly Section[] = ['complaints', 'checklists', 'ledgers', 'sync', 'reports', 'settings'];

export function NavBar() {
  const { t } = useTranslation();
  const active = useNavigationStore((s) => sectionOf(s.route));
  const go = useNavigationStore((s) => s.go);
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section}>
            <button
              type="button"
              className={section === active ? 'nav-link active' : 'nav-link'}
              aria-current={section === active ? 'page' : undefined}
              data-testid={`nav-${section}`}
              onClick={() => go({ page: section })}
            >
              {t(`nav.${section}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
