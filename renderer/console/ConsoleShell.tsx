import { useTranslation } from 'react-i18next';
import { ChecklistsScreen } from './screens/ChecklistsScreen';
import { ComplaintDetailScreen } from './screens/ComplaintDetailScreen';
import { ComplaintsScreen } from './screens/ComplaintsScreen';
import { ReferenceScreen } from './screens/ReferenceScreen';
import { SitesScreen } from './screens/SitesScreen';
import { TransfersScreen } from './screens/TransfersScreen';
import { sectionOf, useConsoleNav, type ConsoleRoute, type ConsoleSection } from './stores/console-nav-store';

const SECTIONS: readonly ConsoleSection[] = ['sites', 'reference', 'complaints', 'checklists', 'transfers'];

/** Navigation on the left, the current screen beside it (the site program's layout, without its status bar). */
export function ConsoleShell() {
  const { t } = useTranslation();
  const route = useConsoleNav((s) => s.route);
  const go = useConsoleNav((s) => s.go);
  const active = sectionOf(route);
  return (
    <div className="shell console-shell">
      <nav className="app-nav" aria-label={t('console.nav.label')}>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section}>
              <button
                type="button"
                className={section === active ? 'nav-link active' : 'nav-link'}
                aria-current={section === active ? 'page' : undefined}
                data-testid={`console-nav-${section}`}
                onClick={() => go({ page: section })}
              >
                {t(`console.nav.${section}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content" id="main">
        <Screen route={route} />
      </main>
    </div>
  );
}

function Screen({ route }: { route: ConsoleRoute }) {
  switch (route.page) {
    case 'sites':
      return <SitesScreen />;
    case 'reference':
      return <ReferenceScreen />;
    case 'complaints':
      return <ComplaintsScreen />;
    case 'complaint':
      return <ComplaintDetailScreen siteId={route.siteId} id={route.id} />;
    case 'checklists':
      return <ChecklistsScreen />;
    case 'transfers':
      return <TransfersScreen />;
  }
}
