/** The background's one database connection (opened lazily by Dexie on first use). */
import { DossierDB } from '../db/db';

export const db = new DossierDB();
