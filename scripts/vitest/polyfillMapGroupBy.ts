/**
 * Vitest 5's reporter calls `Map.groupBy` (Node ≥ 21) when it prints a failed test; on
 * Node 20 it crashes there and the failure's message is lost. Both Vitest configs import
 * this file, and a config runs in the reporter's process, so the fallback lands where it
 * is needed. It follows the standard: groups in first-seen key order, items in order.
 */
if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}
