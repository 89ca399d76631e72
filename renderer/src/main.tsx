// Entry point of the renderer: mounts the app. No inline script or style anywhere, so
// the strict Content-Security-Policy of index.html holds.

import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element: the app cannot start.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
