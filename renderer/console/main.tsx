// First: before any zod schema is built (renderer/lib/zod-no-eval.ts).
import '../lib/zod-no-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../i18n/i18n';
// The app's own styles: the console looks like the site program head office staff already know.
import '../styles.css';
import '../styles/layout.css';
import '../styles/controls.css';
import '../styles/screens.css';
// A4 prints (a checklist result): on paper only the sheet, without the console's frame.
import '../styles/paper.css';
import './console.css';
import { ConsoleApp } from './ConsoleApp';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <ConsoleApp />
  </StrictMode>,
);
