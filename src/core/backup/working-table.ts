/** One table as an import proceeds: the library's records, overlaid with what the plan puts. */

/** Records by id, plus lookups by derived keys (URL keys, pairs, names) that stay correct as records change. */
export class WorkingTable<T extends { id: string }> {
  private readonly byId = new Map<string, T>();
  private readonly index = new Map<string, Set<string>>();
  /** Records the plan writes, in the order first written. */
  readonly changed = new Map<string, T>();

  constructor(
    records: readonly T[],
    private readonly keysOf: (record: T) => readonly string[] = () => [],
  ) {
    for (const r of records) this.set(r);
  }

  /** The current version of a record. */
  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  /** Records that currently have `key`. */
  lookup(key: string): T[] {
    const ids = this.index.get(key);
    if (!ids) return [];
    // The index only grows; a record whose keys changed since is filtered out here.
    return [...ids].map((id) => this.byId.get(id)!).filter((r) => this.keysOf(r).includes(key));
  }

  /** The lookup keys a record would have in this table. */
  keysFor(record: T): readonly string[] {
    return this.keysOf(record);
  }

  /** Write a record (new or replacing the one with its id). */
  put(record: T): void {
    this.set(record);
    this.changed.set(record.id, record);
  }

  private set(record: T): void {
    this.byId.set(record.id, record);
    for (const key of this.keysOf(record)) {
      let ids = this.index.get(key);
      if (!ids) this.index.set(key, (ids = new Set()));
      ids.add(record.id);
    }
  }
}
