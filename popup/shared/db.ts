/** The database as extension pages (library, stored copy, entity pages) open it: the same origin as the background. */
import { DossierDB } from '../../src/db/db';

export const db = new DossierDB();
