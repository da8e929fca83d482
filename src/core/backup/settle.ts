/** Settling one incoming record against the library's version: the newer `updatedAt` wins, differences are reported. */
import type { RecordBase } from './records';
import { deepEqual } from './canonical';
import type { ImportConflict, TableStats } from './plan-types';
import type { TableName } from './types';
import type { WorkingTable } from './working-table';

/** How one record was settled. */
export type Settled = { outcome: keyof Omit<TableStats, 'matched'>; incomingWon: boolean };

/** What settling needs besides the record. */
export type SettleContext = {
  conflicts: ImportConflict[];
  stats: TableStats;
  /** Fields that are histories: both versions' values are combined whichever wins, so they are not conflicts. */
  combine?: (winner: Record<string, unknown>, loser: Record<string, unknown>) => Record<string, unknown>;
};

const IGNORED = new Set(['id', 'createdAt', 'updatedAt']);

/**
 * Settle `incoming` (already re-pointed and carrying its target id) into `table`.
 * Ties keep the library's version: an import never overwrites on a coin toss.
 */
export function settle<T extends Pick<RecordBase, 'id' | 'updatedAt'>>(
  table: TableName,
  work: WorkingTable<T>,
  incoming: T,
  incomingId: string,
  ctx: SettleContext,
  historyFields: readonly string[] = [],
): Settled {
  const existing = work.get(incoming.id);
  if (!existing) {
    work.put(incoming);
    ctx.stats.added++;
    return { outcome: 'added', incomingWon: true };
  }
  const skip = new Set([...IGNORED, ...historyFields]);
  const fields = differingFields(existing, incoming, skip);
  const order = Date.parse(incoming.updatedAt) - Date.parse(existing.updatedAt);
  const incomingWon = order > 0;
  const [winner, loser] = incomingWon ? [incoming, existing] : [existing, incoming];
  let result = { ...winner, id: existing.id } as T;
  const created = (r: T) => (r as Partial<RecordBase>).createdAt;
  if (created(existing) && created(incoming)) {
    // The record has existed since the earlier of the two creations.
    (result as Partial<RecordBase>).createdAt = [created(existing)!, created(incoming)!].sort()[0];
  }
  if (ctx.combine) result = ctx.combine(result as Record<string, unknown>, loser as Record<string, unknown>) as T;

  if (fields.length) {
    const reason = order > 0 ? 'incoming-newer' : order < 0 ? 'existing-newer' : 'same-time';
    ctx.conflicts.push({ table, id: existing.id, incomingId, kept: incomingWon ? 'incoming' : 'existing', reason, fields, existing, incoming });
  }
  if (deepEqual(result, existing)) {
    const outcome = fields.length ? 'kept' : 'unchanged';
    ctx.stats[outcome]++;
    return { outcome, incomingWon: false };
  }
  work.put(result);
  ctx.stats.updated++;
  return { outcome: 'updated', incomingWon: incomingWon && fields.length > 0 };
}

function differingFields(a: object, b: object, skip: Set<string>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !skip.has(k) && !deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])).sort();
}
