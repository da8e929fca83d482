/**
 * The stored record types, seen from core. Type-only and erased at compile time: the backup
 * format *is* the stored records' shape, so it must not drift from src/db/types.ts, yet core
 * imports no runtime code from the db layer. This file is the single crossing point.
 * TODO(lead): drop this once the record types live under src/core (or the lint rule allows type imports).
 */
// eslint-disable-next-line no-restricted-imports -- type-only import, see above
export type * from '../../db/types';
