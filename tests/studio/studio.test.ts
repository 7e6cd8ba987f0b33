/**
 * The studio's pure parts: undo and redo over texts, the draft kept across a reload, templates
 * that load cleanly, the branch map built from the core's own check and analysis, its layout,
 * and its words in both languages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/core/load.ts';
import { analyzeScenario, EMPATHY_MARGIN, SHAPE_BOT_MARGIN } from '../../src/core/analyze.ts';
import { ARCHETYPES } from '../../src/core/vocabulary.ts';
import { History, keepHistory, keptHistory, loadDraft, saveDraft, DRAFT_KEY, HISTORY_KEY } from '../../src/studio/draft.ts';
import { templateFor } from '../../src/studio/templates.ts';
import { buildMap } from '../../src/studio/map/graph.ts';
import { layout } from '../../src/studio/map/layout.ts';
import { markFor, targetOfPath } from '../../src/studio/map/marks.ts';
import { applyEdit } from '../../src/studio/yamlEdit.ts';
import enStudio from '../../locales/en/studio.json' with { type: 'json' };
import arStudio from '../../locales/ar/studio.json' with { type: 'json' };

const memoryStore = () => {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
};

describe('history and draft', () => {
  it('undoes and redoes whole texts, and a new edit forgets what was undone', () => {
    const h = new History('a');
    h.push('b');
    h.push('c');
    expect(h.undo()).toBe('b');
    expect(h.undo()).toBe('a');
    expect(h.undo()).toBeUndefined();
    expect(h.redo()).toBe('b');
    h.push('d');
    expect(h.canRedo).toBe(false);
    expect(h.text).toBe('d');
  });

  it('makes one step of one field\'s typing, until it is sealed, undone or another field is typed in', () => {
    const h = new History('a');
    h.push('T', '["title"]');
    h.push('Ti', '["title"]');
    h.push('Tit', '["title"]');
    expect(h.undo()).toBe('a');
    expect(h.redo()).toBe('Tit');
    // After an undo or a redo, typing on in the same field is a step of its own.
    h.push('Titl', '["title"]');
    expect(h.undo()).toBe('Tit');
    h.push('Title', '["title"]');
    h.push('Title x', '["id"]');
    h.seal();
    h.push('Title xy', '["id"]');
    expect(h.undo()).toBe('Title x');
    expect(h.undo()).toBe('Title');
    expect(h.undo()).toBe('Tit');
  });

  it('keeps the undo history for the tab, and takes it back only for the same draft', () => {
    const h = new History('a');
    h.push('b');
    h.push('c');
    h.undo();
    const store = memoryStore();
    keepHistory(store, h);
    const back = keptHistory(store, 'b')!;
    expect(back.canUndo && back.canRedo).toBe(true);
    expect(back.redo()).toBe('c');
    expect(back.undo()).toBe('b');
    expect(back.undo()).toBe('a');
    // Another draft (a file opened in another tab, a draft edited since) starts a history of its own.
    expect(keptHistory(store, 'z')).toBeUndefined();
    store.map.set(HISTORY_KEY, '{broken');
    expect(keptHistory(store, 'b')).toBeUndefined();
    expect(() => keepHistory({ getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } }, h)).not.toThrow();
  });

  it('keeps the draft in storage and ignores one it cannot read', () => {
    const store = memoryStore();
    expect(saveDraft(store, { name: 'x.yaml', text: 'id: x\n' })).toBe(true);
    expect(loadDraft(store)).toEqual({ name: 'x.yaml', text: 'id: x\n' });
    store.map.set(DRAFT_KEY, '{broken');
    expect(loadDraft(store)).toBeUndefined();
    const full = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(saveDraft(full, { name: 'x', text: '' })).toBe(false);
  });
});

describe('templates', () => {
  // A trainer who keeps a template's structure inherits it: each one holds the library's bar.
  it.each(ARCHETYPES)('the %s template passes the check and the analysis with no warning, and cannot be won by shape', (archetype) => {
    const { name, text } = templateFor(archetype);
    const loaded = loadScenario(text, name);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.scenario!.customer.archetype).toBe(archetype);
    const analysis = analyzeScenario(loaded.scenario!);
    expect(analysis.best.outcome).toBe('satisfied');
    expect(analysis.warnings).toEqual([]);
    const bot = (name: string) => analysis.bots.find((b) => b.bot === name)!;
    expect(bot('empathetic').score - bot('defensive').score).toBeGreaterThanOrEqual(EMPATHY_MARGIN);
    const shapes = analysis.bots.filter((b) => /^(first|last|longest|shortest)(:|$)/.test(b.bot));
    expect(shapes.length).toBeGreaterThanOrEqual(4);
    for (const b of shapes) {
      expect(b.outcome, b.bot).not.toBe('satisfied');
      expect(analysis.best.score - b.score, b.bot).toBeGreaterThan(SHAPE_BOT_MARGIN);
    }
  });

  it('writes its header comment in the trainer\'s language, and the same scenario under it', () => {
    const en = templateFor('confused', 'en').text;
    const ar = templateFor('confused', 'ar').text;
    expect(en).toMatch(/^# yaml-language-server: \$schema=\.\/scenario\.schema\.json\n# A new scenario\./);
    expect(ar).toMatch(/^# yaml-language-server: \$schema=\.\/scenario\.schema\.json\n# سيناريو جديد\./);
    expect(ar.split('\n').filter((l) => l.startsWith('#')).length).toBe(en.split('\n').filter((l) => l.startsWith('#')).length);
    expect(JSON.stringify(loadScenario(ar, 'x.yaml').scenario)).toBe(JSON.stringify(loadScenario(en, 'x.yaml').scenario));
  });
});

describe('the branch map', () => {
  it('draws every beat and reply of a shipped scenario and follows the best route from the start', () => {
    const text = readFileSync(new URL('../../scenarios/sixty-days.yaml', import.meta.url), 'utf8');
    const { scenario, diagnostics } = loadScenario(text, 'sixty-days.yaml');
    const analysis = analyzeScenario(scenario!);
    const map = buildMap(scenario!, diagnostics, analysis);
    expect(map.nodes.map((n) => n.id)).toEqual([...scenario!.beats.map((b) => b.id), ...scenario!.endings.map((e) => e.id)]);
    const best = map.edges.filter((e) => e.marks.includes('best'));
    expect(best.length).toBeGreaterThan(0);
    expect(best[0]!.from).toBe(map.start);
    const { placed } = layout(map);
    expect(placed.size).toBe(map.nodes.length);
    const spots = new Set([...placed.values()].map((p) => `${p.x},${p.y}`));
    expect(spots.size).toBe(placed.size);
  });

  it('marks a beat no reply leads to, and a reply whose branches can all fail', () => {
    let { text } = templateFor('angry');
    text = applyEdit(text, { op: 'insert', path: ['beats'], index: 2, value: { id: 'lonely', line: { en: 'Hm', ar: 'همم' }, options: [{ text: { en: 'Ok', ar: 'حسنًا' }, techniques: ['listen'], next: 'thanks' }] } });
    text = applyEdit(text, { op: 'set', path: ['beats', 0, 'options', 1, 'next'], value: [{ when: { mood: ['calm'] }, to: 'manager' }] });
    const { scenario, diagnostics } = loadScenario(text, 't.yaml');
    const map = buildMap(scenario!, diagnostics, analyzeScenario(scenario!));
    expect(map.nodes.find((n) => n.id === 'lonely')!.marks).toContain('unreachable');
    expect(map.edges.find((e) => e.from === 'opening' && e.option === 1)!.marks).toContain('deadEnd');
  });

  it('colours codes from its table, and any other finding as a warning', () => {
    expect(markFor('dead-end')).toBe('deadEnd');
    expect(markFor('a-code-added-later')).toBe('warning');
    expect(targetOfPath('beats[1].options[2].next', ['a', 'b'], ['end'])).toEqual({ beat: 'b', option: 2 });
    expect(targetOfPath('endings[0].line', ['a'], ['end'])).toEqual({ beat: 'end' });
  });
});

describe('the studio in both languages', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, '')}`]));
  it('has every English key in Arabic and no other', () => {
    expect([...new Set(keys(arStudio))].sort()).toEqual([...new Set(keys(enStudio))].sort());
  });
});
