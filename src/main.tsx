import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { getDatabase } from './lib/db/database';
import './styles.css';

// Boot the engine before React renders, so the WASM download overlaps the first paint.
void getDatabase().catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
