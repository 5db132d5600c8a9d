import { createContext } from 'react';
import type { KnownNames } from './define-param';

/**
 * The platforms and regions loaded in this browser, provided by the app once it knows them
 * (null until then: names are taken as written). Parameters declared with `refersTo` read
 * through it, so a link naming only data that is not loaded shows the loaded data.
 */
export const KnownNamesContext = createContext<KnownNames | null>(null);
