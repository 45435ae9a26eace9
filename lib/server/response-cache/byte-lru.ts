/**
 * A map that keeps its values' total size under a budget by dropping the least recently used.
 * Map iteration order is insertion order, so re-inserting on every read keeps the oldest first.
 */
export class ByteLru<V extends { size: number }> {
  private readonly entries = new Map<string, V>();
  private total = 0;

  constructor(private readonly budget: number) {}

  get bytes(): number {
    return this.total;
  }

  get count(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** Stores the value unless it alone exceeds the budget; evicts the oldest until it fits. */
  set(key: string, value: V): boolean {
    this.delete(key);
    if (value.size > this.budget) return false;
    this.entries.set(key, value);
    this.total += value.size;
    for (const [oldestKey] of this.entries) {
      if (this.total <= this.budget) break;
      this.delete(oldestKey);
    }
    return true;
  }

  delete(key: string): void {
    const value = this.entries.get(key);
    if (value === undefined) return;
    this.entries.delete(key);
    this.total -= value.size;
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }
}
