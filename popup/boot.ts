/** Imported first by the popup's entry: starts its first questions before the rest of the bundle evaluates (see ./boot-state). */
import { boot } from './boot-state';

boot();
