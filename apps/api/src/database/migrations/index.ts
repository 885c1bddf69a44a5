import { Initial1795403605379 } from './1795403605379-Initial.js';

/** The checked-in migrations, oldest first (class references: TypeORM cannot glob ESM modules). */
export const migrations = [Initial1795403605379];
