/**
 * Edits a scenario's YAML text through the `yaml` library's Document API, and writes back only
 * the part that changed: the rest of the file — the trainer's comments, key order, quoting,
 * line breaks — stays byte for byte as it was. The text is the single state of the studio, so
 * undo, the saved draft and the core's loader all read the same thing.
 */
import { Document, isCollection, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type ToStringOptions } from 'yaml';
import { keyOrder, placeOfKey } from './keyOrder.ts';

/** A location in the scenario, e.g. `['beats', 2, 'line', 'en']`. */
export type Path = readonly (string | number)[];

/** One change a form asks for. */
export type Edit =
  /** Set a value, creating missing mappings on the way; `undefined` removes the key. */
  | { op: 'set'; path: Path; value: unknown }
  /** Remove a list item or a key. */
  | { op: 'delete'; path: Path }
  /** Insert into the list at `path`, before `index` (at the end when `index` is the length). */
  | { op: 'insert'; path: Path; index: number; value: unknown }
  /** Move a list item from one index to another. */
  | { op: 'move'; path: Path; from: number; to: number };

/** How re-written parts are formatted: one line per text (no folding), `[a, b]` lists. */
export const STRINGIFY: ToStringOptions = { lineWidth: 0, flowCollectionPadding: false };

/** The text after an edit; the same text when the file cannot be parsed as YAML. */
export function applyEdit(text: string, edit: Edit): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return text;
  const chain = ancestors(doc, edit.path);
  mutate(doc, edit);
  placeNewKey(chain, edit);
  const expected = JSON.stringify(doc.toJS());
  const spliced = splice(text, doc, chain, edit);
  if (spliced !== undefined && sameData(spliced, expected)) return spliced;
  return doc.toString(STRINGIFY);
}

/** The nodes along `path` that already exist, root first. */
function ancestors(doc: Document, path: Path): Node[] {
  const out: Node[] = [];
  let node = doc.contents as Node | null;
  if (!node) return out;
  out.push(node);
  for (const key of path) {
    if (!isCollection(node)) break;
    const child = node.get(key, true) as Node | undefined;
    if (!child || typeof child !== 'object') break;
    out.push(child);
    node = child;
  }
  return out;
}

function mutate(doc: Document, edit: Edit): void {
  const path = [...edit.path];
  switch (edit.op) {
    case 'set':
      if (edit.value === undefined) doc.deleteIn(path);
      else if (path.length === 0) doc.contents = doc.createNode(edit.value) as Node;
      else doc.setIn(path, isScalarLike(edit.value) ? edit.value : createNode(doc, edit.value));
      return;
    case 'delete':
      doc.deleteIn(path);
      return;
    case 'insert': {
      const seq = ensureSeq(doc, path);
      seq.items.splice(Math.min(edit.index, seq.items.length), 0, createNode(doc, edit.value));
      return;
    }
    case 'move': {
      const seq = doc.getIn(path, true);
      if (!isSeq(seq)) return;
      const [item] = seq.items.splice(edit.from, 1);
      if (item !== undefined) seq.items.splice(edit.to, 0, item);
      return;
    }
  }
}

/**
 * A key the edit created goes where the schema puts it among its siblings (`hostility` after a
 * beat's `id`, `sets` before a reply's `next`), not at the end of its mapping.
 */
function placeNewKey(chain: Node[], edit: Edit): void {
  if (edit.op !== 'set' || edit.value === undefined || chain.length > edit.path.length) return;
  const depth = chain.length - 1;
  const parent = chain[depth];
  const key = edit.path[depth];
  const order = keyOrder(edit.path.slice(0, depth));
  if (!isMap(parent) || typeof key !== 'string' || !order) return;
  const at = parent.items.findIndex((pair) => keyOf(pair) === key);
  if (at !== parent.items.length - 1) return;
  const [pair] = parent.items.splice(at, 1);
  parent.items.splice(placeOfKey(order, parent.items.map(keyOf), key), 0, pair!);
}

const keyOf = (pair: Pair): unknown => (isScalar(pair.key) ? pair.key.value : pair.key);

function ensureSeq(doc: Document, path: (string | number)[]) {
  const found = doc.getIn(path, true);
  if (isSeq(found)) return found;
  const seq = doc.createNode([]);
  doc.setIn(path, seq);
  return seq;
}

const isScalarLike = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** A new node in the files' own style: lists of words on one line (`[listen, thank]`), the rest in blocks. */
function createNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  const visit = (n: unknown) => {
    if (isSeq(n)) {
      if (n.items.length > 0 && n.items.every((i) => isScalar(i))) n.flow = true;
      n.items.forEach(visit);
    } else if (isMap(n)) n.items.forEach((pair) => visit(pair.value));
  };
  visit(node);
  return node;
}

/**
 * Re-writes only the smallest original node that contains the change and kept its shape (a
 * scalar stays a one-line scalar, a block stays a block), and splices it into the text.
 */
function splice(text: string, doc: Document, chain: Node[], edit: Edit): string | undefined {
  const added = addition(text, chain, edit) ?? removal(text, chain, edit) ?? blockScalar(text, doc, chain, edit);
  if (added !== undefined) return added;
  // The deepest original node still in the document that holds the whole change.
  const depthOfChange = edit.op === 'set' || edit.op === 'delete' ? edit.path.length - 1 : edit.path.length;
  let index = Math.min(chain.length - 1, Math.max(0, edit.op === 'set' ? edit.path.length : depthOfChange));
  while (index > 0) {
    const node = chain[index]!;
    if (stillThere(doc, edit.path.slice(0, index), node) && rewritable(text, node)) break;
    index--;
  }
  if (index === 0) return undefined;
  const node = chain[index]!;
  const [start, end] = node.range!;
  const indent = start - text.lastIndexOf('\n', start - 1) - 1;
  const written = stringifyAlone(node);
  const lines = isCollection(node) && !node.flow ? written : written.replace(/\n$/, '');
  const body = lines.split('\n').map((line, i) => (i === 0 || line === '' ? line : ' '.repeat(indent) + line)).join('\n');
  return text.slice(0, start) + body + text.slice(end);
}

/** A new key of a block mapping, or a new item of a block list: written alone, in its place. */
function addition(text: string, chain: Node[], edit: Edit): string | undefined {
  const isNewKey = edit.op === 'set' && edit.value !== undefined && chain.length <= edit.path.length;
  const isInsert = edit.op === 'insert' && chain.length === edit.path.length + 1;
  if (!isNewKey && !isInsert) return undefined;
  const parent = chain.at(-1)!;
  if (!(isMap(parent) || isSeq(parent)) || parent.flow || !parent.range || parent.items.length === 0 || parent.anchor) return undefined;
  let at = parent.range[1];
  let item: Node | undefined;
  let pair: unknown;
  if (isInsert && isSeq(parent)) {
    // The list in the text is the one before the insertion: the item now after the new one.
    item = parent.items[edit.index + 1] as Node | undefined;
    if (item && !item.range) return undefined;
    if (item) at = text.lastIndexOf('\n', item.range![0] - 1) + 1;
  } else if (isInsert) {
    return undefined;
  } else {
    if (!isMap(parent)) return undefined;
    // The new key, and the one the schema put after it: the new lines go before that one's
    // (and before the comment lines right above it, which speak of it).
    const key = edit.path[chain.length - 1];
    const index = parent.items.findIndex((p) => keyOf(p) === key);
    if (index < 0) return undefined;
    pair = parent.items[index];
    const next = parent.items[index + 1]?.key as Node | undefined;
    if (next) {
      if (!next.range) return undefined;
      at = text.lastIndexOf('\n', next.range[0] - 1) + 1;
      while (at > 0) {
        const above = text.lastIndexOf('\n', at - 2) + 1;
        if (!text.slice(above, at).trimStart().startsWith('#')) break;
        at = above;
      }
    }
  }
  const start = parent.range[0];
  const indent = start - text.lastIndexOf('\n', start - 1) - 1;
  const single = new Document();
  if (isInsert) {
    const value = (parent as { items: unknown[] }).items[edit.index];
    single.contents = single.createNode([]) as Node;
    (single.contents as unknown as { items: unknown[] }).items.push(value);
  } else {
    single.contents = single.createNode({}) as Node;
    (single.contents as unknown as { items: unknown[] }).items.push(pair);
  }
  const body = single.toString(STRINGIFY).split('\n').map((line) => (line === '' ? line : ' '.repeat(indent) + line)).join('\n');
  const needsBreak = at > 0 && text[at - 1] !== '\n';
  return text.slice(0, at) + (needsBreak ? '\n' : '') + body + text.slice(at);
}

/** A beat, reply, branch or wording removed from a block list: its lines go, nothing else moves. */
function removal(text: string, chain: Node[], edit: Edit): string | undefined {
  if (edit.op !== 'delete' || typeof edit.path.at(-1) !== 'number' || chain.length !== edit.path.length + 1) return undefined;
  const parent = chain.at(-2)!;
  const item = chain.at(-1)!;
  if (!isSeq(parent) || parent.flow || !isMap(item) || item.flow || !item.range) return undefined;
  const start = text.lastIndexOf('\n', item.range[0] - 1) + 1;
  return text.slice(0, start) + text.slice(item.range[1]);
}

/** A folded or literal text rewritten in place, in the same style and indentation. */
function blockScalar(text: string, doc: Document, chain: Node[], edit: Edit): string | undefined {
  if (edit.op !== 'set' || typeof edit.value !== 'string' || chain.length !== edit.path.length + 1) return undefined;
  const node = chain.at(-1)!;
  if (!isScalar(node) || (node.type !== 'BLOCK_FOLDED' && node.type !== 'BLOCK_LITERAL') || !node.range || !stillThere(doc, edit.path, node)) return undefined;
  const [start, end] = node.range;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const keyIndent = /^ */.exec(text.slice(lineStart))![0].length;
  const single = new Document();
  single.contents = single.createNode({ k: null }) as Node;
  (single.contents as unknown as { items: { value: unknown }[] }).items[0]!.value = node;
  const written = single.toString({ ...STRINGIFY, lineWidth: 96 }).replace(/^k: /, '');
  const body = written.split('\n').map((line, i) => (i === 0 || line === '' ? line : ' '.repeat(keyIndent) + line)).join('\n');
  const endsLine = text[end - 1] === '\n';
  return text.slice(0, start) + (endsLine ? body : body.replace(/\n$/, '')) + text.slice(end);
}

function stillThere(doc: Document, path: Path, node: Node): boolean {
  const current = path.length === 0 ? doc.contents : doc.getIn([...path], true);
  return current === node;
}

/** Nodes whose source can be replaced by their own stringification without touching neighbours. */
function rewritable(text: string, node: Node): boolean {
  if (!node.range) return false;
  if (isScalar(node)) {
    const source = text.slice(node.range[0], node.range[1]);
    const oneLine = node.type !== 'BLOCK_FOLDED' && node.type !== 'BLOCK_LITERAL' && !source.includes('\n');
    return oneLine && !node.anchor && !node.tag;
  }
  if (isMap(node) || isSeq(node)) {
    if (node.anchor || node.tag) return false;
    // A block collection must start its own line (after its key or its "- ").
    return node.flow ? !text.slice(node.range[0], node.range[1]).includes('\n') : node.items.length > 0;
  }
  return false;
}

/** The node written on its own, without the comments around it (they stay in the text). */
function stringifyAlone(node: Node): string {
  const saved = { before: node.commentBefore, after: node.comment, space: node.spaceBefore };
  node.commentBefore = null;
  node.comment = null;
  node.spaceBefore = false;
  try {
    const doc = new Document();
    doc.contents = node;
    return doc.toString(STRINGIFY);
  } finally {
    node.commentBefore = saved.before;
    node.comment = saved.after;
    node.spaceBefore = saved.space;
  }
}

function sameData(text: string, expected: string): boolean {
  const doc = parseDocument(text);
  return doc.errors.length === 0 && JSON.stringify(doc.toJS()) === expected;
}
