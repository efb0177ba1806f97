/**
 * The page's entry: start downloading the graph, then load the app. The app is a chunk of its own so
 * that the download does not wait for it to load and run.
 */
import { startEarly } from './lib/state/early';

startEarly(location.search, location.href);
void import('./boot');
