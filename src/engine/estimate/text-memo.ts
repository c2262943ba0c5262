/**
 * Memoizes a pure function of a string. The estimate lookups (image references, base-image
 * inventories and sizes) are asked about the same few images by many rules, in every analysis of
 * a file being edited. At most `limit` answers are kept, so a long editing session cannot grow the
 * cache; answers are shared, so callers treat them as read-only.
 */
export function memoizeByText<V>(compute: (text: string) => V, limit = 512): (text: string) => V {
  const answers = new Map<string, V>();
  return (text) => {
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as V;
    const answer = compute(text);
    if (answers.size >= limit) answers.clear();
    answers.set(text, answer);
    return answer;
  };
}
