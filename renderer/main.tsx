// First: before any zod schema is built (renderer/lib/zod-no-eval.ts).
import './lib/zod-no-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureLaunchKey } from './api/launch-key';
import { App } from './App';
import './i18n/i18n';
// Base first (tokens, fonts), then the parts that use them.
import './styles.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/screens.css';
import './styles/paper.css';

// Browser mode: take the launch key out of the address bar before anything else runs.
if (!window.bridge) captureLaunchKey();

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
