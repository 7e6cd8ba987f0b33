/**
 * Renaming a beat or an ending renames what points at it: every reply's `next`, every branch's
 * `to` and the scenario's `start`. Before, a trainer who renamed an ending met one error per reply
 * that led there (twelve for the confused template's ending) and had to re-pick each target.
 */
import { parse } from 'yaml';
import { applyEdit, type Edit, type Path } from './yamlEdit.ts';

interface Data {
  start?: unknown;
  beats?: { id?: unknown; options?: { next?: unknown }[] }[];
  endings?: { id?: unknown }[];
}

/** True for the edit of a beat's or an ending's id. */
export function isRename(edit: Edit): edit is { op: 'set'; path: Path; value: string } {
  const [list, index, key] = edit.path;
  return edit.op === 'set' && edit.path.length === 3 && (list === 'beats' || list === 'endings') && typeof index === 'number' && key === 'id' && typeof edit.value === 'string';
}

/**
 * The text after renaming the beat or ending at `edit.path` and every reference to its old id.
 * References are left alone when the old id was not the only one of its name (which of the two
 * they meant is unknown) or when the new id is already taken (the check then reports the clash).
 */
export function renameWithReferences(text: string, edit: { op: 'set'; path: Path; value: string }): string {
  let data: Data | undefined;
  try {
    data = parse(text) as Data;
  } catch {
    data = undefined;
  }
  const renamed = applyEdit(text, edit);
  if (!data || typeof data !== 'object') return renamed;
  const [list, index] = edit.path as ['beats' | 'endings', number];
  const oldId = data[list]?.[index]?.id;
  const ids = [...(data.beats ?? []), ...(data.endings ?? [])].map((x) => x?.id);
  const next = edit.value.trim();
  if (typeof oldId !== 'string' || oldId === '' || oldId === next || next === '') return renamed;
  if (ids.filter((id) => id === oldId).length !== 1 || ids.includes(next)) return renamed;
  let out = renamed;
  if (data.start === oldId) out = applyEdit(out, { op: 'set', path: ['start'], value: edit.value });
  (data.beats ?? []).forEach((beat, b) => {
    (beat?.options ?? []).forEach((option, o) => {
      const target = option?.next;
      if (target === oldId) out = applyEdit(out, { op: 'set', path: ['beats', b, 'options', o, 'next'], value: edit.value });
      else if (Array.isArray(target)) {
        target.forEach((branch: { to?: unknown } | null, i) => {
          if (branch?.to === oldId) out = applyEdit(out, { op: 'set', path: ['beats', b, 'options', o, 'next', i, 'to'], value: edit.value });
        });
      }
    });
  });
  return out;
}
