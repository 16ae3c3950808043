/** Merging an office's change set onto an overlay another tab has changed meanwhile. Pure. */
import { makeChangeSet, type ChangeSet, type FactField, type Overlay, type UnitFacts } from './overlay';

/**
 * The same edits, re-based on `fresh`: each change keeps its new value, its "before" becomes what `fresh` holds
 * (so undo restores the other tab's value), and changes `fresh` already has are dropped.
 */
export function rebaseChangeSet(fresh: Overlay, set: ChangeSet): ChangeSet {
  const byCode = new Map<string, UnitFacts>();
  for (const c of set.changes) {
    const facts = (byCode.get(c.code) ?? {}) as Record<FactField, unknown>;
    facts[c.field] = c.after;
    byCode.set(c.code, facts as UnitFacts);
  }
  const { changes: _changes, ...meta } = set;
  return makeChangeSet(
    fresh,
    [...byCode].map(([code, facts]) => ({ code, facts })),
    meta,
  );
}
