import { useTranslation } from 'react-i18next';
import { ChecklistResultScreen } from './screens/ChecklistResultScreen';
import { ChecklistsScreen } from './screens/ChecklistsScreen';
import { ConsoleNarrativeScreen } from './screens/ConsoleNarrativeScreen';
import { ConsoleReportsScreen } from './screens/ConsoleReportsScreen';
import { OverviewScreen } from './screens/OverviewScreen';
import { PersonalRegisterScreen } from './screens/PersonalRegisterScreen';
import { ComplaintDetailScreen } from './screens/ComplaintDetailScreen';
import { ComplaintsScreen } from './screens/ComplaintsScreen';
import { NotificationsScreen } from './screens/NotificationsScreen';
import { ReferenceScreen } from './screens/ReferenceScreen';
import { RiskClassesScreen } from './screens/RiskClassesScreen';
import { SitesScreen } from './screens/SitesScreen';
import { StaffScreen } from './screens/StaffScreen';
import { TransfersScreen } from './screens/TransfersScreen';
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
        <Screen route={shown} />
      </main>
    </div>
  );
}

function Screen({ route }: { route: ConsoleRoute }) {
  switch (route.page) {
    case 'overview':
      return <OverviewScreen />;
    case 'reports':
      return <ConsoleReportsScreen />;
    case 'narrativeReport':
      return <ConsoleNarrativeScreen siteId={route.siteId} id={route.id} />;
    case 'sites':
      return <SitesScreen />;
    case 'reference':
      return <ReferenceScreen />;
    case 'complaints':
      return <ComplaintsScreen />;
    case 'complaint':
      return <ComplaintDetailScreen siteId={route.siteId} id={route.id} />;
    case 'notifications':
      return <NotificationsScreen />;
    case 'checklists':
      return <ChecklistsScreen />;
    case 'checklist':
      return <ChecklistResultScreen siteId={route.siteId} id={route.id} />;
    case 'riskClasses':
      return <RiskClassesScreen />;
    case 'transfers':
      return <TransfersScreen />;
    case 'staff':
      return <StaffScreen />;
    case 'personalRegister':
      return <PersonalRegisterScreen />;
  }
}
