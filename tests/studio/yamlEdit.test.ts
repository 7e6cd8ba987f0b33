/**
 * The studio's edits through the yaml Document: a file opened and saved unchanged keeps every
 * byte; an edit changes its own lines and keeps the trainer's comments and key order elsewhere.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdit } from '../../src/studio/yamlEdit.ts';
import { scenarioFiles } from '../../src/cli/files.ts';

const root = new URL('../..', import.meta.url).pathname;
const shipped = scenarioFiles(['scenarios'], root).files;

const sample = `# A trainer's note at the top
id: late-order # the file name, too
title:
  en: "The late order"
  ar: "الطلب المتأخر"
beats:
  - id: opening
    line: { en: "Where is it?", ar: "وينه؟" }
    options:
      - text: { en: "Sorry.", ar: "آسف." }
        techniques: [apologize]
        next: done
  # the second beat
  - id: second
    line:
      en: >-
        A folded line that the trainer
        wrapped by hand.
      ar: "سطر"
    options: []
endings:
  - id: done
    line: { en: "Fine.", ar: "طيب." }
`;

/** Lines of `after` that are not in `before`. */
const changed = (before: string, after: string) => after.split('\n').filter((l) => !before.split('\n').includes(l));

describe('editing YAML through the document', () => {
  it.each(shipped)('%s: the text the studio holds is the file, byte for byte', (file) => {
    const text = readFileSync(`${root}/${file}`, 'utf8');
    // An edit and its inverse bring back the same bytes, through the same splice the forms use.
    const data = parse(text) as { title: { en: string } };
    const edited = applyEdit(text, { op: 'set', path: ['title', 'en'], value: 'Changed' });
    expect(edited).not.toBe(text);
    expect(applyEdit(edited, { op: 'set', path: ['title', 'en'], value: data.title.en })).toBe(text);
  });

  it('changes one text on its own line and keeps comments, quotes and order', () => {
    const after = applyEdit(sample, { op: 'set', path: ['title', 'en'], value: 'The very late order' });
    expect(changed(sample, after)).toEqual(['  en: "The very late order"']);
    expect(after).toContain("# A trainer's note at the top");
    expect(after).toContain('id: late-order # the file name, too');
  });

  it('edits inside a flow mapping and keeps it on one line', () => {
    const after = applyEdit(sample, { op: 'set', path: ['beats', 0, 'line', 'ar'], value: 'وين طلبي؟' });
    expect(changed(sample, after)).toEqual(['    line: { en: "Where is it?", ar: "وين طلبي؟" }']);
  });

  it('adds a key where the format puts it among its siblings, without touching the rest', () => {
    // A reply's flags before where it goes, as the guide and every shipped file write them.
    const sets = applyEdit(sample, { op: 'set', path: ['beats', 0, 'options', 0, 'sets'], value: ['solved'] });
    expect(changed(sample, sets)).toEqual(['        sets: [solved]']);
    expect(sets).toContain('        techniques: [apologize]\n        sets: [solved]\n        next: done\n');
    expect(parse(sets).beats[0].options[0].sets).toEqual(['solved']);
    // A beat's hostility right after its id.
    const hostility = applyEdit(sample, { op: 'set', path: ['beats', 0, 'hostility'], value: 2 });
    expect(hostility).toContain('  - id: opening\n    hostility: 2\n    line:');
    // A scenario's region among the scenario's own fields, above the comment of the key after it.
    const commented = sample.replace('beats:\n', '# the conversation\nbeats:\n');
    const region = applyEdit(commented, { op: 'set', path: ['region'], value: 'gulf' });
    expect(changed(commented, region)).toEqual(['region: gulf']);
    expect(region).toContain('  ar: "الطلب المتأخر"\nregion: gulf\n# the conversation\nbeats:');
  });

  it('writes a new nested key alone, in its place, and leaves keys the trainer ordered otherwise where they are', () => {
    const file = 'id: x\ncustomer:\n  name: { en: Sami, ar: سامي }\n  archetype: mistaken\n  traits: [proud]\nbeats: []\n';
    const gender = applyEdit(file, { op: 'set', path: ['customer', 'gender'], value: 'male' });
    expect(gender).toBe('id: x\ncustomer:\n  name: { en: Sami, ar: سامي }\n  archetype: mistaken\n  gender: male\n  traits: [proud]\nbeats: []\n');
    const look = applyEdit(file, { op: 'set', path: ['customer', 'look', 'setting'], value: 'office' });
    expect(look).toBe('id: x\ncustomer:\n  name: { en: Sami, ar: سامي }\n  archetype: mistaken\n  traits: [proud]\n  look:\n    setting: office\nbeats: []\n');
    const start = applyEdit(file, { op: 'set', path: ['customer', 'start', 'anger'], value: 60 });
    expect(start).toBe('id: x\ncustomer:\n  name: { en: Sami, ar: سامي }\n  archetype: mistaken\n  traits: [proud]\n  start:\n    anger: 60\nbeats: []\n');
    // A key the trainer placed out of the format's order stays; the new one goes before the first that follows it.
    const shuffled = 'beats: []\nid: x\n';
    expect(applyEdit(shuffled, { op: 'set', path: ['difficulty'], value: 'easy' })).toBe('difficulty: easy\nbeats: []\nid: x\n');
  });

  it('inserts a beat between two and keeps the comment of the one after', () => {
    const beat = { id: 'middle', line: { en: 'Hm.', ar: 'همم.' }, options: [{ text: { en: 'Ok', ar: 'حسنًا' }, techniques: ['listen'], next: 'done' }] };
    const after = applyEdit(sample, { op: 'insert', path: ['beats'], index: 1, value: beat });
    expect(parse(after).beats.map((b: { id: string }) => b.id)).toEqual(['opening', 'middle', 'second']);
    expect(after).toContain('  # the second beat\n');
    expect(after).toContain('wrapped by hand.');
  });

  it('rewrites a folded block in place when its text changes', () => {
    const after = applyEdit(sample, { op: 'set', path: ['beats', 1, 'line', 'en'], value: 'Short now.' });
    expect(parse(after).beats[1].line).toEqual({ en: 'Short now.', ar: 'سطر' });
    expect(changed(sample, after)).toEqual(['        Short now.']);
    expect(after).toContain('  # the second beat\n');
  });

  it('turns a single next into branches and removes a key', () => {
    let after = applyEdit(sample, { op: 'set', path: ['beats', 0, 'options', 0, 'next'], value: [{ when: { mood: ['furious'] }, to: 'second' }, { to: 'done' }] });
    expect(parse(after).beats[0].options[0].next).toEqual([{ when: { mood: ['furious'] }, to: 'second' }, { to: 'done' }]);
    after = applyEdit(after, { op: 'delete', path: ['beats', 1] });
    expect(parse(after).beats).toHaveLength(1);
    expect(after).toContain("# A trainer's note at the top");
  });

  it('on a shipped file, each kind of edit changes only its own lines', () => {
    const file = readFileSync(`${root}/scenarios/late-router.yaml`, 'utf8');
    const removedOnly = (after: string) => file.split('\n').length - after.split('\n').length;
    // A folded text keeps its style; its Arabic neighbour keeps its line breaks.
    const briefing = applyEdit(file, { op: 'set', path: ['briefing', 'en'], value: 'Short now.' });
    expect(changed(file, briefing)).toEqual(['    Short now.']);
    // Lists of words stay on one line.
    const techniques = applyEdit(file, { op: 'set', path: ['beats', 1, 'options', 0, 'techniques'], value: ['listen', 'thank'] });
    expect(changed(file, techniques)).toEqual(['        techniques: [listen, thank]']);
    // Removing a beat removes its lines and nothing else.
    const beats = (parse(file) as { beats: unknown[] }).beats;
    const removed = applyEdit(file, { op: 'delete', path: ['beats', 3] });
    expect(changed(file, removed)).toEqual([]);
    expect(removedOnly(removed)).toBeGreaterThan(10);
    expect((parse(removed) as { beats: unknown[] }).beats).toEqual(beats.filter((_, i) => i !== 3));
  });

  it('leaves a file that is not valid YAML as it is', () => {
    const broken = 'id: [unclosed\n';
    expect(applyEdit(broken, { op: 'set', path: ['id'], value: 'x' })).toBe(broken);
  });
});
