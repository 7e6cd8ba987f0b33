/**
 * Renaming a beat or an ending in the studio: every reply and branch that led to it, and the
 * scenario's `start`, follow the new id in the same edit, so the file still loads — where before
 * each reply had to be re-pointed by hand, and the check reported "not the id of any beat".
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/core/load.ts';
import { followRename, isTargetId } from '../../src/studio/rename.ts';
import { templateFor } from '../../src/studio/templates.ts';
import { applyEdit, type Edit } from '../../src/studio/yamlEdit.ts';

/** The edit a form makes, then the references that follow it, as the studio applies them. */
function rename(text: string, path: Edit['path'], to: string): string {
  const follow = followRename(text, path, to);
  return (follow?.edits ?? []).reduce((t, e) => applyEdit(t, e), applyEdit(text, { op: 'set', path, value: to }));
}

const errors = (text: string) => loadScenario(text, 'x.yaml').diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);

describe('renaming a beat or an ending', () => {
  const { text } = templateFor('angry');

  it('re-points the plain next of every reply that led to the beat, and the file still loads', () => {
    // Without the references following, the rename alone leaves a reply pointing at "fix".
    expect(errors(applyEdit(text, { op: 'set', path: ['beats', 2, 'id'], value: 'check' }))).toContain('unknown-target');
    const renamed = rename(text, ['beats', 2, 'id'], 'check');
    expect(errors(renamed)).toEqual([]);
    expect(renamed).not.toMatch(/next: fix\b/);
    expect(loadScenario(renamed, 'x.yaml').scenario!.beats[1]!.options[0]!.next).toBe('check');
  });

  it('re-points branches, leaves other targets alone, and moves start', () => {
    const branched = applyEdit(applyEdit(text, { op: 'set', path: ['beats', 0, 'options', 1, 'next'], value: [{ when: { mood: ['furious'] }, to: 'manager' }, { to: 'opening' }] }), { op: 'set', path: ['start'], value: 'opening' });
    const renamed = rename(branched, ['beats', 0, 'id'], 'outburst');
    const scenario = loadScenario(renamed, 'x.yaml').scenario!;
    expect(errors(renamed)).toEqual([]);
    expect(scenario.start).toBe('outburst');
    expect(scenario.beats[0]!.options[1]!.next).toEqual([{ when: { mood: ['furious'] }, to: 'manager' }, { to: 'outburst' }]);
  });

  it('renames an ending the same way', () => {
    const renamed = rename(text, ['endings', 1, 'id'], 'supervisor');
    expect(errors(renamed)).toEqual([]);
    const targets = loadScenario(renamed, 'x.yaml').scenario!.beats.flatMap((b) => b.options.map((o) => JSON.stringify(o.next)));
    expect(targets.some((t) => t.includes('"supervisor"'))).toBe(true);
    expect(targets.some((t) => t.includes('"manager"'))).toBe(false);
  });

  it('changes nothing else when the new id is taken, the old one empty, or the path is not an id', () => {
    expect(followRename(text, ['beats', 2, 'id'], 'close')).toBeUndefined();
    expect(followRename(text, ['beats', 2, 'id'], 'fix')).toBeUndefined();
    expect(followRename(text, ['beats', 2, 'line', 'en'], 'check')).toBeUndefined();
    expect(followRename('not: [valid', ['beats', 0, 'id'], 'x')).toBeUndefined();
    expect(isTargetId(['customer', 'name', 'id'])).toBe(false);
    expect(isTargetId(['endings', 0, 'id'])).toBe(true);
  });
});
