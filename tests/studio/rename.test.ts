/**
 * Renaming a beat or an ending in the studio renames what points at it, so the trainer is not
 * left with one error per reply that led there.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/core/load.ts';
import { templateFor } from '../../src/studio/templates.ts';
import { applyEdit } from '../../src/studio/yamlEdit.ts';
import { isRename, renameWithReferences } from '../../src/studio/rename.ts';

const template = templateFor('confused').text;
const errors = (text: string) => loadScenario(text, 'x.yaml').diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
const endingAt = (text: string, id: string) => loadScenario(text, 'x.yaml').scenario!.endings.findIndex((e) => e.id === id);

describe('renaming a beat or an ending', () => {
  it('knows a rename from other edits', () => {
    expect(isRename({ op: 'set', path: ['endings', 0, 'id'], value: 'relieved' })).toBe(true);
    expect(isRename({ op: 'set', path: ['beats', 1, 'id'], value: 'story' })).toBe(true);
    expect(isRename({ op: 'set', path: ['id'], value: 'x' })).toBe(false);
    expect(isRename({ op: 'set', path: ['beats', 1, 'line', 'en'], value: 'x' })).toBe(false);
  });

  it('carries every reply that led to the old ending over to the new name, and nothing else changes', () => {
    const index = endingAt(template, 'clear');
    const edit = { op: 'set' as const, path: ['endings', index, 'id'], value: 'relieved' };
    // Without following the references, the plain edit breaks each reply that ended there.
    expect(errors(applyEdit(template, edit)).length).toBeGreaterThan(0);
    const text = renameWithReferences(template, edit);
    expect(errors(text)).toEqual([]);
    expect(text).not.toMatch(/\bclear\b/);
    expect(text.replace(/relieved/g, 'clear')).toBe(template);
  });

  it('follows branches and the first beat too', () => {
    let text = applyEdit(template, { op: 'set', path: ['start'], value: 'explain' });
    text = applyEdit(text, { op: 'set', path: ['beats', 0, 'options', 1, 'next'], value: [{ when: { mood: ['lost'] }, to: 'explain' }, { to: 'opening' }] });
    const beat = loadScenario(text, 'x.yaml').scenario!.beats.findIndex((b) => b.id === 'explain');
    text = renameWithReferences(text, { op: 'set', path: ['beats', beat, 'id'], value: 'story' });
    expect(errors(text)).toEqual([]);
    const s = loadScenario(text, 'x.yaml').scenario!;
    expect(s.start).toBe('story');
    expect(s.beats[0]!.options[1]!.next).toEqual([{ when: { mood: ['lost'] }, to: 'story' }, { to: 'opening' }]);
  });

  it('leaves the references alone when the new name is taken, so the check reports the clash', () => {
    const index = endingAt(template, 'clear');
    const text = renameWithReferences(template, { op: 'set', path: ['endings', index, 'id'], value: 'opening' });
    expect(text).toMatch(/next: clear/);
    expect(errors(text)).toContain('duplicate-id');
  });
});
