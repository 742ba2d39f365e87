/** Hooks for the jsdom tests; loaded by setup.ts. */
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetLaunchKeyForTests } from '../../renderer/api/launch-key';
import { i18n, setLanguage } from '../../renderer/i18n/i18n';
import { useColleaguesStore } from '../../renderer/stores/colleagues-store';
import { useComplaintsStore } from '../../renderer/stores/complaints-store';
import { useNavigationStore } from '../../renderer/stores/navigation-store';
import { useSessionStore } from '../../renderer/stores/session-store';
import { useSettingsStore } from '../../renderer/stores/settings-store';
import { useSyncStore } from '../../renderer/stores/sync-store';

// findBy*/waitFor give up after 1 s by default; with the unit suite on both cores of a 2-core CI machine a
// screen building an xlsx or a long list has taken longer (subject-access's xlsx once). A hung screen still fails.
configure({ asyncUtilTimeout: 5_000 });

// Every test starts in Chinese, signed out, with no transport installed.
beforeEach(async () => {
  window.localStorage.clear();
  window.sessionStorage.clear();
  if (i18n.language !== 'zh-CN') await setLanguage('zh-CN');
  window.localStorage.clear();
});

afterEach(() => {
  cleanup();
  delete window.bridge;
  resetLaunchKeyForTests();
  useSessionStore.getState().reset();
  useComplaintsStore.getState().reset();
  useNavigationStore.getState().reset();
  useSettingsStore.getState().reset();
  useSyncStore.getState().reset();
  useColleaguesStore.getState().reset();
});
