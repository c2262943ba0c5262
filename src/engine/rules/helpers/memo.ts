/**
 * Caches for the facts many rules derive from the same instruction or stage (the commands of a
 * RUN, what a stage's base image ships), so that an analysis computes each one once instead of
 * once per rule. The cache belongs to the semantic model: one analysis builds it, every rule of
 * that run sees the same object, and nothing changes it afterwards, so a cached fact never goes
 * stale and is dropped together with the analysis.
 *
 * Facts computed from a RuleContext may only depend on what every rule of the run shares: the
 * syntax tree, the model and the RUN scripts. Cached values are shared, so they are read-only.
 */
import type { SemanticModel } from '../../model/index.js';
import type { RuleContext } from '../types.js';

/**
 * The lookups below are written out without callbacks: they run for every rule and instruction,
 * and a closure per lookup was a measurable share of an analysis's allocations.
 */
function keyedCache<K, V>(caches: WeakMap<SemanticModel, Map<K, V>>, model: SemanticModel): Map<K, V> {
  let cache = caches.get(model);
  if (cache === undefined) {
    cache = new Map<K, V>();
    caches.set(model, cache);
  }
  return cache;
}

/** `compute(model, key)`, computed once per model and key. */
export function perModel<K, V>(compute: (model: SemanticModel, key: K) => V): (model: SemanticModel, key: K) => V {
  const caches = new WeakMap<SemanticModel, Map<K, V>>();
  return (model, key) => {
    const cache = keyedCache(caches, model);
    // One lookup in the common case; `has` only settles a cached `undefined`.
    const found = cache.get(key);
    if (found !== undefined || cache.has(key)) return found as V;
    const value = compute(model, key);
    cache.set(key, value);
    return value;
  };
}

/** `compute(context, key)`, computed once per analysis (the context's model) and key. */
export function perAnalysis<K, V>(compute: (context: RuleContext, key: K) => V): (context: RuleContext, key: K) => V {
  const caches = new WeakMap<SemanticModel, Map<K, V>>();
  return (context, key) => {
    const cache = keyedCache(caches, context.model);
    const found = cache.get(key);
    if (found !== undefined || cache.has(key)) return found as V;
    const value = compute(context, key);
    cache.set(key, value);
    return value;
  };
}

/** `compute(model)`, computed once per model. */
export function oncePerModel<V>(compute: (model: SemanticModel) => V): (model: SemanticModel) => V {
  const values = new WeakMap<SemanticModel, V>();
  return (model) => {
    const found = values.get(model);
    if (found !== undefined || values.has(model)) return found as V;
    const value = compute(model);
    values.set(model, value);
    return value;
  };
}

/** `compute(context)`, computed once per analysis (the context's model). */
export function oncePerAnalysis<V>(compute: (context: RuleContext) => V): (context: RuleContext) => V {
  const values = new WeakMap<SemanticModel, V>();
  return (context) => {
    const found = values.get(context.model);
    if (found !== undefined || values.has(context.model)) return found as V;
    const value = compute(context);
    values.set(context.model, value);
    return value;
  };
}
