/**
 * Caches for the facts many rules derive from the same instruction or stage (the commands of a
 * RUN, what a stage's base image ships), so that an analysis computes each one once instead of
 * once per rule. The cache belongs to the semantic model: one analysis builds it, every rule of
 * that run sees the same object, and nothing changes it afterwards, so a cached fact never goes
 * stale and is dropped together with the analysis (the latest one's stays at hand until the next
 * analysis asks, see keyedCaches).
 *
 * Facts computed from a RuleContext may only depend on what every rule of the run shares: the
 * syntax tree, the model and the RUN scripts. Cached values are shared, so they are read-only.
 */
import type { SemanticModel } from '../../model/index.js';
import type { RuleContext } from '../types.js';

interface Cache<K, V> {
  has(key: K): boolean;
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * `compute(argument, key)`, remembered in `cache` under `key`. The argument is passed through
 * rather than captured in a closure: these lookups run for every rule and instruction, and a
 * closure per lookup was a measurable share of an analysis's allocations.
 */
function remembered<K, V, A>(cache: Cache<K, V>, key: K, argument: A, compute: (argument: A, key: K) => V): V {
  // One lookup in the common case; `has` only settles a cached `undefined`.
  const found = cache.get(key);
  if (found !== undefined || cache.has(key)) return found as V;
  const value = compute(argument, key);
  cache.set(key, value);
  return value;
}

/** One callback per memoized function that drops its hold on the last model it saw (see keyedCaches). */
const lastModelHolders: (() => void)[] = [];

/**
 * Lets go of the last analysis's model and caches once its rules have run. Without this, each
 * memoized function would keep them alive (about 11 MB for a 5,000-line file) until it is first
 * called with another model, which in the page's worker is whenever the person types next.
 */
export function forgetLastModel(): void {
  for (const forget of lastModelHolders) forget();
}

/**
 * The per-model caches of one memoized function. An analysis asks about one model many times in
 * a row, so the last model's cache is kept at hand and the WeakMap is consulted only on a change.
 */
function keyedCaches<K, V>(): (model: SemanticModel) => Map<K, V> {
  const caches = new WeakMap<SemanticModel, Map<K, V>>();
  let lastModel: SemanticModel | null = null;
  let lastCache: Map<K, V> | null = null;
  lastModelHolders.push(() => {
    lastModel = null;
    lastCache = null;
  });
  return (model) => {
    if (model === lastModel && lastCache !== null) return lastCache;
    let cache = caches.get(model);
    if (cache === undefined) {
      cache = new Map<K, V>();
      caches.set(model, cache);
    }
    lastModel = model;
    lastCache = cache;
    return cache;
  };
}

/** `compute(model, key)`, computed once per model and key. */
export function perModel<K, V>(compute: (model: SemanticModel, key: K) => V): (model: SemanticModel, key: K) => V {
  const cacheOf = keyedCaches<K, V>();
  return (model, key) => remembered(cacheOf(model), key, model, compute);
}

/** `compute(context, key)`, computed once per analysis (the context's model) and key. */
export function perAnalysis<K, V>(compute: (context: RuleContext, key: K) => V): (context: RuleContext, key: K) => V {
  const cacheOf = keyedCaches<K, V>();
  return (context, key) => remembered(cacheOf(context.model), key, context, compute);
}

/** `compute(model)`, computed once per model. */
export function oncePerModel<V>(compute: (model: SemanticModel) => V): (model: SemanticModel) => V {
  const values = new WeakMap<SemanticModel, V>();
  return (model) => remembered(values, model, model, compute);
}

/** `compute(context)`, computed once per analysis (the context's model). */
export function oncePerAnalysis<V>(compute: (context: RuleContext) => V): (context: RuleContext) => V {
  const values = new WeakMap<SemanticModel, V>();
  return (context) => remembered(values, context.model, context, compute);
}
