import { useTranslation } from 'react-i18next';
import { NotificationBadge } from '../screens/notifications/NotificationBadge';
import { sectionOf, useNavigationStore, type Section } from '../stores/navigation-store';

const SECTIONS: readonly Section[] = ['complaints', 'notifications', 'checklists', 'ledgers', 'reports', 'sync', 'settings'];

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
              {section === 'notifications' && <NotificationBadge />}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
