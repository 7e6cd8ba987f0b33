import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURES, figureFor, portraitSvg, type PortraitInput } from '../../src/game/portrait.ts';
import { ANGER_MOODS, BELIEF_MOODS, CONFUSION_MOODS, OUTCOMES } from '../../src/core/vocabulary.ts';

/**
 * A small XML well-formedness check (no parser dependency, no browser): tags nest and close,
 * attributes are quoted and unique, `&` only starts an entity, only whitespace between tags.
 * Returns the element names in document order, or throws with the position of the first fault.
 */
function checkXml(xml: string): string[] {
  const names: string[] = [];
  const stack: string[] = [];
  const nameChar = (c: string) => /[A-Za-z0-9_:.-]/.test(c);
  const entity = /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${i}: …${xml.slice(Math.max(0, i - 40), i + 40)}…`);
  };
  while (i < xml.length) {
    const c = xml[i]!;
    if (c !== '<') {
      if (c === '&' && !entity.test(xml.slice(i))) fail('bare &');
      if (c === '>') fail('stray >');
      if (!/\s/.test(c)) fail('text outside an element');
      i++;
      continue;
    }
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) fail('unclosed comment');
      i = end + 3;
      continue;
    }
    if (xml[i + 1] === '/') {
      let j = i + 2;
      while (j < xml.length && nameChar(xml[j]!)) j++;
      const name = xml.slice(i + 2, j);
      while (/\s/.test(xml[j] ?? '')) j++;
      if (xml[j] !== '>') fail('bad closing tag');
      if (stack.pop() !== name) fail(`mismatched </${name}>`);
      i = j + 1;
      continue;
    }
    let j = i + 1;
    while (j < xml.length && nameChar(xml[j]!)) j++;
    const name = xml.slice(i + 1, j);
    if (!name || !/^[A-Za-z_]/.test(name)) fail('bad tag name');
    if (stack.length === 0 && names.length > 0) fail('second root element');
    names.push(name);
    const seen = new Set<string>();
    for (;;) {
      const ws = j;
      while (/\s/.test(xml[j] ?? '')) j++;
      if (xml[j] === '>') {
        stack.push(name);
        j++;
        break;
      }
      if (xml[j] === '/' && xml[j + 1] === '>') {
        j += 2;
        break;
      }
      if (j === ws) fail('attributes must be separated by whitespace');
      const a = j;
      while (j < xml.length && nameChar(xml[j]!)) j++;
      const attr = xml.slice(a, j);
      if (!attr) fail('bad attribute');
      if (seen.has(attr)) fail(`duplicate attribute ${attr}`);
      seen.add(attr);
      if (xml[j] !== '=') fail(`attribute ${attr} without a value`);
      const q = xml[j + 1];
      if (q !== '"' && q !== "'") fail(`unquoted attribute ${attr}`);
      const end = xml.indexOf(q!, j + 2);
      if (end < 0) fail('unclosed attribute value');
      const value = xml.slice(j + 2, end);
      if (value.includes('<')) fail('< in attribute value');
      const amp = value.indexOf('&');
      if (amp >= 0 && !entity.test(value.slice(amp))) fail('bare & in attribute value');
      j = end + 1;
    }
    if (stack.length === 0 && xml.slice(j).trim()) fail('content after the root element');
    i = j;
  }
  if (stack.length) throw new Error(`unclosed <${stack.join('><')}>`);
  if (!names.length) throw new Error('no root element');
  return names;
}

const input = (figure: string, anger: PortraitInput['anger'], extra: Partial<PortraitInput> = {}): PortraitInput => ({
  figure, anger, confusion: 'understood', ...extra,
});

/** Every combination the game can ask for: figures × moods × beliefs × outcomes (600 portraits per figure). */
function* everyInput(): Generator<PortraitInput> {
  for (const figure of FIGURES)
    for (const anger of ANGER_MOODS)
      for (const confusion of CONFUSION_MOODS)
        for (const belief of [undefined, ...BELIEF_MOODS])
          for (const outcome of [undefined, ...OUTCOMES]) {
            const i: PortraitInput = { figure, anger, confusion };
            if (belief) i.belief = belief;
            if (outcome) i.outcome = outcome;
            yield i;
          }
}

describe('checkXml (the test helper itself)', () => {
  it('accepts well-formed and rejects broken documents', () => {
    expect(checkXml('<svg a="1"><g><path d="M0 0"/></g></svg>')).toEqual(['svg', 'g', 'path']);
    for (const bad of ['<svg><g></svg>', '<svg a=1/>', '<svg a="1" a="2"/>', '<svg>hi</svg>', '<svg/><svg/>', '<svg><g>', '<svg a="&"/>'])
      expect(() => checkXml(bad), bad).toThrow();
  });
});

describe('FIGURES', () => {
  it('offers at least six distinct people', () => {
    expect(new Set(FIGURES).size).toBe(FIGURES.length);
    expect(FIGURES.length).toBeGreaterThanOrEqual(6);
    for (const id of ['man-thobe', 'woman-hijab', 'man-suit', 'woman-blazer', 'young-man-casual', 'older-woman-hijab', 'man-cap-uniform', 'man-kandura', 'woman-shayla'])
      expect(FIGURES).toContain(id);
  });

  it('covers every figure the scenarios ask for', () => {
    const dir = join(import.meta.dirname, '../../scenarios');
    const asked = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/^\s*figure:\s*["']?([\w-]+)/gm)].map((m) => m[1]!));
    for (const figure of asked) expect(FIGURES, figure).toContain(figure);
  });
});

describe('portraitSvg', () => {
  it('draws every figure in every anger mood differently', () => {
    const all = FIGURES.flatMap((f) => ANGER_MOODS.map((a) => portraitSvg(input(f, a))));
    expect(new Set(all).size).toBe(FIGURES.length * ANGER_MOODS.length);
  });

  it('shows confusion, belief and outcome on top of the anger mood', () => {
    for (const figure of FIGURES) {
      const base = portraitSvg(input(figure, 'calm'));
      const variants = [
        ...CONFUSION_MOODS.filter((c) => c !== 'understood').map((confusion) => portraitSvg(input(figure, 'calm', { confusion }))),
        ...(['insisting', 'defensive'] as const).map((belief) => portraitSvg(input(figure, 'calm', { belief }))),
        ...OUTCOMES.map((outcome) => portraitSvg(input(figure, 'calm', { outcome }))),
      ];
      expect(new Set([base, ...variants]).size, figure).toBe(variants.length + 1);
    }
  });

  it('is deterministic', () => {
    for (const i of [input('man-thobe', 'furious'), input('woman-hijab', 'calm', { confusion: 'lost', belief: 'insisting' }), input('older-man-glasses', 'upset', { outcome: 'walked-out', age: 81 })])
      expect(portraitSvg(i)).toBe(portraitSvg(structuredClone(i)));
  });

  it('is a small, well-formed, self-contained SVG for every combination', () => {
    let largest = 0;
    let count = 0;
    for (const i of everyInput()) {
      const svg = portraitSvg(i);
      count++;
      largest = Math.max(largest, svg.length);
      expect(svg.length, JSON.stringify(i)).toBeLessThan(12 * 1024);
      const names = checkXml(svg);
      expect(names[0]).toBe('svg');
      expect(names).not.toContain('text');
      expect(names).not.toContain('image');
      expect(names).not.toContain('script');
      expect(names).not.toContain('foreignObject');
    }
    expect(count).toBe(FIGURES.length * 600);
    expect(largest).toBeGreaterThan(1000);
  });

  it('has the root the caller expects and nothing that reaches out', () => {
    const svg = portraitSvg(input('woman-blazer', 'angry', { confusion: 'lost' }));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" ')).toBe(true);
    expect(svg).toContain('viewBox="0 0 400 480"');
    expect(svg).toContain('role="img"');
    expect(svg).not.toContain('<title');
    for (const i of everyInput()) {
      if (i.confusion !== 'lost' || i.belief) continue;
      const body = portraitSvg(i).replace('xmlns="http://www.w3.org/2000/svg"', '');
      // No links, no url() references, and no ids, so many portraits can be inlined on one page.
      expect(body).not.toMatch(/href|url\(|https?:|\bid=|@import|NaN|undefined|Infinity/);
    }
  });

  it('shows age: grey hair and glasses for the old, not for the young', () => {
    for (const figure of ['man-suit', 'woman-blazer', 'young-man-casual', 'man-cap-uniform'] as const) {
      const young = portraitSvg(input(figure, 'calm', { age: 24 }));
      const old = portraitSvg(input(figure, 'calm', { age: 72 }));
      expect(old).not.toBe(young);
      expect(old).toContain('<rect x="145" y="184"'); // the glasses' left lens
      expect(young).not.toContain('<rect x="145" y="184"');
    }
    // Out-of-range ages are clamped, not drawn strangely.
    expect(portraitSvg(input('man-suit', 'calm', { age: 400 }))).toBe(portraitSvg(input('man-suit', 'calm', { age: 99 })));
  });

  it('draws an unknown figure as the seeded pick for that name', () => {
    const svg = portraitSvg(input('wizard-with-hat', 'upset'));
    expect(svg).toBe(portraitSvg(input(figureFor('wizard-with-hat', 'wizard-with-hat'), 'upset')));
    expect(checkXml(svg)[0]).toBe('svg');
  });
});

describe('figureFor', () => {
  it('returns a known figure as it is, forgiving case and separators', () => {
    for (const f of FIGURES) expect(figureFor(f, 'any-seed')).toBe(f);
    expect(figureFor('Man_Thobe', 'x')).toBe('man-thobe');
    expect(figureFor(' woman hijab ', 'x')).toBe('woman-hijab');
  });

  it('picks a stable figure from the seed for unknown or missing ids', () => {
    for (const seed of ['late-router', 'oil-in-the-bill', 'sixty-days', '', 'عربي']) {
      const pick = figureFor(undefined, seed);
      expect(FIGURES).toContain(pick);
      expect(figureFor(undefined, seed)).toBe(pick);
      expect(figureFor('', seed)).toBe(pick);
      expect(figureFor('no-such-figure', seed)).toBe(pick);
    }
  });

  it('spreads different seeds over the figures', () => {
    const picks = new Set(Array.from({ length: 200 }, (_, k) => figureFor(undefined, `scenario-${k}`)));
    expect(picks.size).toBe(FIGURES.length);
  });
});
