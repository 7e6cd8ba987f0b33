/**
 * Renaming a beat or an ending: the replies that lead to it (`next`, a branch's `to`) and the
 * scenario's `start` follow the new id, so a rename never leaves a reply pointing nowhere.
 */
import { parse } from 'yaml';
import { list, rec, str } from './fields.ts';
import type { Edit, Path } from './yamlEdit.ts';

/** True for the path of a beat's or an ending's own id (`['beats', 2, 'id']`). */
export function isTargetId(path: Path): boolean {
  return path.length === 3 && (path[0] === 'beats' || path[0] === 'endings') && typeof path[1] === 'number' && path[2] === 'id';
}

/** A rename and the edits that make the references follow it. */
export interface Rename {
  from: string;
  to: string;
  edits: Edit[];
}

/**
 * What re-points every reference to the id at `path` (in `text`, before the edit) when it
 * becomes `to`; undefined when nothing refers to it, the old id is empty or unchanged, or `to`
 * already names another beat or ending (then the references stay, and the check reports the clash).
 */
export function followRename(text: string, path: Path, to: unknown): Rename | undefined {
  if (!isTargetId(path) || typeof to !== 'string' || to === '') return undefined;
  let data: Record<string, unknown>;
  try {
    data = rec(parse(text));
  } catch {
    return undefined;
  }
  const from = str(rec(list(data[path[0] as string])[path[1] as number]).id);
  const ids = [...list(data.beats), ...list(data.endings)].map((x) => str(rec(x).id));
  if (from === '' || from === to || ids.includes(to)) return undefined;
  const edits: Edit[] = [];
  if (str(data.start) === from) edits.push({ op: 'set', path: ['start'], value: to });
  list(data.beats).forEach((beat, b) => {
    list(rec(beat).options).forEach((option, o) => {
      const next = rec(option).next;
      const at = ['beats', b, 'options', o, 'next'];
      if (next === from) edits.push({ op: 'set', path: at, value: to });
      else list(next).forEach((branch, k) => {
        if (rec(branch).to === from) edits.push({ op: 'set', path: [...at, k, 'to'], value: to });
      });
    });
  });
  return edits.length > 0 ? { from, to, edits } : undefined;
}
