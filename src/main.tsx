import { dropSnapshotUnlessLanding } from './app/landing-snapshot';
import { getDatabase } from './app/boot';
import { startTheme } from './app/theme-preference';
import { holdDeferredLoads, releaseDeferredLoads } from './lib/ui/deferred-loads';
import './styles.css';
import './app/landing-snapshot.css';

// First of all: the landing chart drawn at build time stays only on the landing view.
dropSnapshotUnlessLanding();
// The entry is deliberately tiny: it starts the engine (worker, WASM compile, bundled
// CSVs) first, and only then loads React and the charts, which parse on the main thread
// while the engine boots in its worker.
// What the page can do without meanwhile (a chart's tooltip) loads once it is up or failed.
holdDeferredLoads();
void getDatabase()
  .catch(() => undefined)
  .finally(releaseDeferredLoads);
// Before anything renders: the first paint is in the stored or the system's scheme.
startTheme();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
void import('./app/render').then(({ render }) => render(root));
