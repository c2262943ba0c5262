/**
 * The page's entry: the engine worker first, then the rest of the app. The first findings need the
 * worker, and starting a worker needs the main thread for a moment, which evaluating the app
 * (React, the panels) would hold for a few hundred milliseconds on a slow machine. As its own
 * module (preloaded from the HTML, see vite.config.ts), the app is evaluated after that moment.
 */
import './analysis/engineWorker';
import './styles.css';

void import('./startApp');
