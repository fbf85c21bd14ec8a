/** A lookup by id over records: it throws, naming what was asked for, when no record has that id. */
export function byId<T, K>(records: readonly T[], key: (record: T) => K, what: string): (id: K) => T {
  const map = new Map(records.map((record) => [key(record), record]));
  return (id) => {
    const found = map.get(id);
    if (found === undefined) throw new Error(`The edition has no ${what} "${String(id)}".`);
    return found;
  };
}

/** Records grouped by a key, each group in the records' order. */
export function groupBy<T, K>(records: readonly T[], key: (record: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const record of records) {
    const group = groups.get(key(record));
    if (group) group.push(record);
    else groups.set(key(record), [record]);
  }
  return groups;
}
