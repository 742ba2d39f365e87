import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { OverviewScreen } from './screens/OverviewScreen';
import * as Screens from './console-lazy-screens';
import { LANDING, sectionOf, useConsoleNav, type ConsoleRoute, type ConsoleSection } from './stores/console-nav-store';
import { useConsoleSession } from './stores/console-session-store';

const SECTIONS: readonly ConsoleSection[] = ['overview', 'reports', 'sites', 'reference', 'complaints', 'notifications', 'checklists', 'riskClasses', 'transfers'];
/** Shown to console administrators only (the server refuses the others anyway). */
const ADMIN_SECTIONS: readonly ConsoleSection[] = ['staff', 'personalRegister'];

/** Navigation on the left, the current screen beside it (the site program's layout, without its status bar). */
export function ConsoleShell() {
  const { t } = useTranslation();
  const route = useConsoleNav((s) => s.route);
  const go = useConsoleNav((s) => s.go);
  const admin = useConsoleSession((s) => s.user?.admin ?? false);
  const sections = admin ? [...SECTIONS, ...ADMIN_SECTIONS] : SECTIONS;
  // Someone else may sign in on the same page: an administrator's screen is not left open for them.
  const shown: ConsoleRoute = sections.includes(sectionOf(route)) ? route : LANDING;
  const active = sectionOf(shown);
  const sectionLabel = (section: ConsoleSection) =>
    section === 'overview' ? t('reports.console.nav') : section === 'reports' ? t('reports.console.reportsNav') : section === 'personalRegister' ? t('consolePrivacy.register.nav') : section === 'riskClasses' ? t('consoleRisk.nav') : t(`console.nav.${section}`);
  return (
    <div className="shell console-shell">
      <nav className="app-nav" aria-label={t('console.nav.label')}>
        <ul>
          {sections.map((section) => (
            <li key={section}>
              <button
                type="button"
                className={section === active ? 'nav-link active' : 'nav-link'}
                aria-current={section === active ? 'page' : undefined}
                data-testid={`console-nav-${section}`}
                onClick={() => go({ page: section })}
              >
                {sectionLabel(section)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content" id="main">
        {/* Keyed by the page, so each visit mounts the screen anew and loads its data (see AppShell). */}
        <Suspense key={shown.page} fallback={<p className="centered muted" role="status">{t('console.loading')}</p>}>
          <Screen route={shown} />
        </Suspense>
      </main>
    </div>
  );
}

function Screen({ route }: { route: ConsoleRoute }) {
  switch (route.page) {
    case 'overview':
      return <OverviewScreen />;
    case 'reports':
      return <Screens.ConsoleReportsScreen />;
    case 'narrativeReport':
      return <Screens.ConsoleNarrativeScreen siteId={route.siteId} id={route.id} />;
    case 'sites':
      return <Screens.SitesScreen />;
    case 'reference':
      return <Screens.ReferenceScreen />;
    case 'complaints':
      return <Screens.ComplaintsScreen />;
    case 'complaint':
      return <Screens.ComplaintDetailScreen siteId={route.siteId} id={route.id} />;
    case 'notifications':
      return <Screens.NotificationsScreen />;
    case 'checklists':
      return <Screens.ChecklistsScreen />;
    case 'checklist':
      return <Screens.ChecklistResultScreen siteId={route.siteId} id={route.id} />;
    case 'riskClasses':
      return <Screens.RiskClassesScreen />;
    case 'transfers':
      return <Screens.TransfersScreen />;
    case 'staff':
      return <Screens.StaffScreen />;
    case 'personalRegister':
      return <Screens.PersonalRegisterScreen />;
  }
}
