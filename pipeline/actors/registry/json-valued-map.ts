/**
 * A read-only map whose values are kept as JSON text until first read: the
 * registry snapshot's tables of thousands of actors and names cost a run only
 * the entries its articles look up (v8 deserialises one string per entry far
 * faster than the object it stands for).
 */
export class JsonValuedMap<V extends object> implements ReadonlyMap<string, V> {
  readonly #values: Map<string, V | string>;

  constructor(values: Map<string, V | string>) {
    this.#values = values;
  }

  get size(): number {
    return this.#values.size;
  }

  get(key: string): V | undefined {
    const value = this.#values.get(key);
    if (typeof value !== 'string') return value;
    const parsed = JSON.parse(value) as V;
    this.#values.set(key, parsed);
    return parsed;
  }

  has(key: string): boolean {
    return this.#values.has(key);
  }

  *entries(): MapIterator<[string, V]> {
    for (const key of this.#values.keys()) yield [key, this.get(key) as V];
  }

  *keys(): MapIterator<string> {
    yield* this.#values.keys();
  }

  *values(): MapIterator<V> {
    for (const key of this.#values.keys()) yield this.get(key) as V;
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }
}
