/** Name of the IndexedDB database (apart from ./db so that pages reading it directly need not load Dexie). */
export const DB_NAME = 'dossier';
