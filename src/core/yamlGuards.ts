/**
 * Checks on a parsed YAML document that keep the loader's work linear in the file: duplicate keys
 * found with one set per mapping (the parser's own check compares every key with every other),
 * and aliases (`*name`) counted and resolved against their anchors (`&name`) before the document
 * is turned into data, since each alias the parser resolves walks every anchor before it.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, visit, type Document, type Node } from 'yaml';

/** More aliases than this are refused: a scenario repeats a text a few times, never hundreds. */
export const MAX_ALIASES = 200;

/** Where a check found a problem: an offset into the text. */
export interface Finding {
  offset: number;
  kind: 'duplicate' | 'unknown-anchor' | 'too-many-aliases';
  detail: string;
}

/** Counts the work done, for tests that hold the loader to linear time. */
export interface Work {
  steps: number;
}

/** The first key that appears twice in the same mapping, located at its second appearance. */
export function findDuplicateKey(doc: Document, work?: Work): Finding | undefined {
  let found: Finding | undefined;
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (work) work.steps++;
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key) && pair.key.range) {
          found = { offset: pair.key.range[0], kind: 'duplicate', detail: key };
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return found;
}

/** An alias with no anchor before it, or one alias too many. */
export function checkAliases(doc: Document, work?: Work): Finding | undefined {
  const anchors = new Set<string>();
  let aliases = 0;
  let found: Finding | undefined;
  visit(doc, {
    Node(_key, node) {
      if (work) work.steps++;
      if (isAlias(node)) {
        aliases++;
        const offset = node.range?.[0] ?? 0;
        if (!anchors.has(node.source)) found = { offset, kind: 'unknown-anchor', detail: node.source };
        else if (aliases > MAX_ALIASES) found = { offset, kind: 'too-many-aliases', detail: String(MAX_ALIASES) };
        if (found) return visit.BREAK;
      } else if ((node as Node).anchor) {
        anchors.add((node as Node).anchor!);
      }
      return undefined;
    },
  });
  return found;
}

/** The offset of the first alias in the document (where an expansion that grew too large starts). */
export function firstAlias(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

const keyIndexes = new WeakMap<object, Map<string, number>>();

/** The offset of `key` in a mapping node, through an index built once per mapping. */
export function keyOffset(node: unknown, key: string): number | undefined {
  if (!isMap(node)) return undefined;
  let index = keyIndexes.get(node);
  if (!index) {
    index = new Map();
    for (const pair of node.items) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.range && !index.has(String(pair.key.value))) {
        index.set(String(pair.key.value), pair.key.range[0]);
      }
    }
    keyIndexes.set(node, index);
  }
  return index.get(key);
}

/** Path keys that end in a block a trainer thinks in: the file, the customer, a beat, a reply, a branch, a variant, an ending. */
const BLOCK_PARENTS = new Set(['beats', 'options', 'next', 'variants', 'endings']);

/**
 * The block a position in the text was read as part of, even in a document with errors: the
 * deepest beat, reply, branch, variant, ending or customer whose text spans the offset, with its id.
 */
export function blockPathAt(doc: Document, offset: number): { path: (string | number)[]; id: string } {
  let best: { path: (string | number)[]; id: string } = { path: [], id: '' };
  visit(doc, {
    Collection(_key, node, ancestors) {
      if (!node.range || node.range[0] > offset || node.range[2] < offset) return visit.SKIP;
      const path: (string | number)[] = [];
      let parent: unknown;
      for (const a of [...ancestors, node]) {
        if (isPair(a)) path.push(isScalar(a.key) ? String(a.key.value) : '?');
        else if (isSeq(parent)) path.push(parent.items.indexOf(a as never));
        parent = a;
      }
      const last = path.at(-1);
      const structural = (typeof last === 'number' && BLOCK_PARENTS.has(String(path.at(-2)))) || (last === 'customer' && path.length === 1);
      if (isMap(node) && structural) {
        const id = node.get('id');
        best = { path, id: typeof id === 'string' ? id : '' };
      }
      return undefined;
    },
  });
  return best;
}
