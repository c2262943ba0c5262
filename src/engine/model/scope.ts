/**
 * Persistent maps and sets for the scopes kept per instruction: ENV and ARG values, declared
 * names. Each instruction's scope is the one before it plus a few entries, so copying it for every
 * instruction costs time and memory quadratic in the length of a stage (a few thousand ENV lines
 * make gigabytes). Here a scope derived from another shares its history of assignments: deriving
 * costs what it adds, and a lookup is a binary search among the assignments of one key. Iterating
 * builds the entries on demand; lookups never need them.
 */

interface Assignment<V> {
  version: number;
  value: V;
}

/** The assignments made on top of `base`, each tagged with the version of the scope that made it. */
class History<V> {
  /** Per key, its assignments by ascending version; the keys in the order they were first assigned. */
  readonly assignments = new Map<string, Assignment<V>[]>();
  /** The newest version: only the scope holding it extends the history in place, any other branches off. */
  newest = 0;

  constructor(
    readonly base: ScopeMap<V> | null,
    /** Keys iterate in the order they were last assigned (BuildKit's environment), not first (a JS Map). */
    readonly lastAssignedOrder: boolean,
  ) {}
}

/** The assignment in effect at `version`: the last one made at or before it. */
function inEffectAt<V>(assignments: readonly Assignment<V>[], version: number): Assignment<V> | undefined {
  let found: Assignment<V> | undefined;
  let low = 0;
  let high = assignments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const assignment = assignments[middle] as Assignment<V>;
    if (assignment.version <= version) {
      found = assignment;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** An immutable map from names to values; `with` returns a new one. */
export class ScopeMap<V> implements ReadonlyMap<string, V> {
  private constructor(
    private readonly history: History<V>,
    private readonly version: number,
  ) {}

  /** An empty map whose keys iterate in the order they were first set, like a JS Map's. */
  static empty<V>(): ScopeMap<V> {
    return new ScopeMap(new History<V>(null, false), 0);
  }

  /** An empty map whose keys iterate in the order they were last set, like a JS Map's that deletes a key before setting it. */
  static emptyInLastSetOrder<V>(): ScopeMap<V> {
    return new ScopeMap(new History<V>(null, true), 0);
  }

  /** This map with `entries` set one after another (a later entry for the same key wins). */
  with(entries: Iterable<readonly [string, V]>): ScopeMap<V> {
    const added = [...entries];
    if (added.length === 0) return this;
    const inPlace = this.version === this.history.newest;
    const history = inPlace ? this.history : new History<V>(this, this.history.lastAssignedOrder);
    const version = history.newest + 1;
    for (const [key, value] of added) {
      const assignments = history.assignments.get(key);
      const last = assignments?.[assignments.length - 1];
      if (assignments === undefined) history.assignments.set(key, [{ version, value }]);
      else if (last?.version === version) last.value = value;
      else assignments.push({ version, value });
    }
    history.newest = version;
    return new ScopeMap(history, version);
  }

  get(key: string): V | undefined {
    const assignments = this.history.assignments.get(key);
    const assignment = assignments === undefined ? undefined : inEffectAt(assignments, this.version);
    return assignment === undefined ? this.history.base?.get(key) : assignment.value;
  }

  has(key: string): boolean {
    const assignments = this.history.assignments.get(key);
    if (assignments !== undefined && inEffectAt(assignments, this.version) !== undefined) return true;
    return this.history.base?.has(key) ?? false;
  }

  get size(): number {
    return this.toMap().size;
  }

  keys(): MapIterator<string> {
    return this.toMap().keys();
  }

  values(): MapIterator<V> {
    return this.toMap().values();
  }

  entries(): MapIterator<[string, V]> {
    return this.toMap().entries();
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.toMap()) callback.call(thisArg, value, key, this);
  }

  /** The entries in iteration order. */
  private toMap(): Map<string, V> {
    const map = this.history.base?.toMap() ?? new Map<string, V>();
    const inEffect: [string, Assignment<V>][] = [];
    for (const [key, assignments] of this.history.assignments) {
      const assignment = inEffectAt(assignments, this.version);
      if (assignment !== undefined) inEffect.push([key, assignment]);
    }
    if (this.history.lastAssignedOrder) {
      // A stable sort: keys set by one `with` keep their order.
      inEffect.sort((left, right) => left[1].version - right[1].version);
      for (const [key] of inEffect) map.delete(key);
    }
    for (const [key, assignment] of inEffect) map.set(key, assignment.value);
    return map;
  }
}

/** An immutable set of names, iterating in the order they were first added; `with` returns a new one. */
export class ScopeSet implements ReadonlySet<string> {
  private constructor(private readonly names: ScopeMap<true>) {}

  static empty(): ScopeSet {
    return new ScopeSet(ScopeMap.empty());
  }

  /** This set with `names` added. */
  with(names: Iterable<string>): ScopeSet {
    const added = [...names].map((name): [string, true] => [name, true]);
    return added.length === 0 ? this : new ScopeSet(this.names.with(added));
  }

  has(name: string): boolean {
    return this.names.has(name);
  }

  get size(): number {
    return this.names.size;
  }

  keys(): SetIterator<string> {
    return this.toSet().keys();
  }

  values(): SetIterator<string> {
    return this.toSet().values();
  }

  entries(): SetIterator<[string, string]> {
    return this.toSet().entries();
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  forEach(callback: (value: string, value2: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const name of this.toSet()) callback.call(thisArg, name, name, this);
  }

  private toSet(): Set<string> {
    return new Set(this.names.keys());
  }
}
