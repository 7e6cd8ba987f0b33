import { describe, expect, it } from 'vitest';
import { TINY_SCENARIO as VALID } from './fixtures.ts';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { readFileSync } from 'node:fs';
import { analyzeScenario } from '../../src/core/analyze.ts';
import { loadScenario } from '../../src/core/load.ts';
import { describeDiagnostic, formatDiagnostic } from '../../src/core/diagnostics.ts';
import { scenarioJsonSchemaText } from '../../src/core/jsonSchema.ts';


const codes = (text: string) => loadScenario(text, 'x.yaml').diagnostics.map((d) => d.code);

describe('loading a scenario', () => {
  it('accepts a valid file with no diagnostics', () => {
    const r = loadScenario(VALID, 'tiny.yaml');
    expect(r.diagnostics).toEqual([]);
    expect(r.scenario?.beats[0]?.options[0]?.techniques).toEqual(['acknowledge']);
  });

  it('accepts the same scenario written as JSON', () => {
    const json = JSON.stringify(loadScenario(VALID, 'tiny.yaml').scenario, null, 2);
    const r = loadScenario(json, 'tiny.json');
    expect(r.diagnostics).toEqual([]);
    expect(r.scenario?.id).toBe('tiny');
  });

  it('points at the line and column of a misspelt technique and suggests the right one', () => {
    const r = loadScenario(VALID.replace('techniques: [acknowledge]', 'techniques: [acknowlege]'), 'tiny.yaml');
    expect(r.scenario).toBeUndefined();
    const [d] = r.diagnostics;
    expect(d).toMatchObject({ code: 'not-one-of', file: 'tiny.yaml', line: 17, column: 22, path: 'beats[0].options[0].techniques[0]' });
    const { message, hint } = describeDiagnostic(d!, 'en');
    expect(message).toContain('acknowlege');
    expect(`${message} ${hint}`).toContain('acknowledge');
    expect(formatDiagnostic(d!, 'en')).toMatch(/^tiny\.yaml:17:22 /);
  });

  it('names an unknown field where it stands, with a suggestion', () => {
    const r = loadScenario(VALID.replace('  archetype: angry', '  archtype: angry'), 'tiny.yaml');
    const unknown = r.diagnostics.find((d) => d.code === 'unknown-field');
    expect(unknown).toMatchObject({ line: 11, column: 3, params: expect.objectContaining({ field: 'archtype', suggestion: 'archetype' }) });
    expect(r.diagnostics.find((d) => d.code === 'missing-field')).toMatchObject({ path: 'customer.archetype' });
  });

  it('reports YAML syntax errors with their position instead of throwing', () => {
    const r = loadScenario('id: x\ntitle: { en: "open\n', 'bad.yaml');
    expect(r.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', file: 'bad.yaml' });
    expect(r.diagnostics[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('finds unknown targets, duplicate ids, unreachable beats and beats with no way out', () => {
    expect(codes(VALID.replace('next: done', 'next: dne'))).toContain('unknown-target');
    const dup = VALID.replace('  - id: done', '  - id: open');
    expect(codes(dup)).toContain('duplicate-id');
    const orphan = `${VALID.replace('endings:', `  - id: orphan
    line: { en: "Hello?", ar: "مرحبا؟" }
    options:
      - text: { en: "Hi", ar: "أهلًا" }
        techniques: [listen]
        next: done
endings:`)}`;
    expect(loadScenario(orphan, 'x.yaml').diagnostics).toContainEqual(expect.objectContaining({ code: 'unreachable-beat', severity: 'warning', params: { id: 'orphan' } }));
    const loop = VALID.replace('next: done', 'next: open');
    expect(loadScenario(loop, 'x.yaml').diagnostics).toContainEqual(expect.objectContaining({ code: 'no-ending-path', severity: 'error' }));
  });

  it('refuses a customer who starts past breaking point', () => {
    const hot = VALID.replace('  archetype: angry', '  archetype: angry\n  traits: [short-fused]\n  start: { anger: 95 }');
    expect(loadScenario(hot, 'x.yaml').diagnostics).toContainEqual(expect.objectContaining({ code: 'start-breaks-down', severity: 'error', path: 'customer.start' }));
    expect(codes(VALID.replace('  archetype: angry', '  archetype: angry\n  start: { anger: 90 }'))).toEqual([]);
  });

  it('warns on a missing translation and on an effect override', () => {
    const r = loadScenario(VALID.replace('line: { en: "Fine.", ar: "طيب." }', 'line: { en: "Fine." }'), 'x.yaml');
    expect(r.scenario).toBeDefined();
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'missing-translation', severity: 'warning', path: 'endings[0].line', params: { lang: 'ar' } }));
    const o = loadScenario(VALID.replace('sets: [solved]', 'sets: [solved]\n        effect: { anger: -50 }'), 'x.yaml');
    expect(o.diagnostics).toContainEqual(expect.objectContaining({ code: 'effect-override', severity: 'warning' }));
  });

  it('writes every message and hint in Arabic too, isolating the values', () => {
    const r = loadScenario(VALID.replace('techniques: [acknowledge]', 'techniques: [acknowlege]'), 'tiny.yaml');
    const { message, hint } = describeDiagnostic(r.diagnostics[0]!, 'ar');
    expect(message).toMatch(/[\u0600-\u06FF]/);
    expect(hint).toMatch(/[\u0600-\u06FF]/);
    expect(`${message}${hint}`).toContain('\u2068acknowlege\u2069');
  });

  it('never throws, whatever the bytes: every failure is a located error', () => {
    const located = (text: string) => {
      const r = loadScenario(text, 'fuzz.yaml');
      if (r.scenario) return;
      expect(r.diagnostics.length).toBeGreaterThan(0);
      for (const d of r.diagnostics.filter((x) => x.severity === 'error')) {
        expect(d.file).toBe('fuzz.yaml');
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.column).toBeGreaterThanOrEqual(1);
        expect(describeDiagnostic(d, 'en').message.length).toBeGreaterThan(0);
        expect(describeDiagnostic(d, 'en').message).not.toMatch(/^check:/);
      }
      expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    };
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), located), { numRuns: 300 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => located(new TextDecoder().decode(bytes))), { numRuns: 200 });
  });

  it('never throws on random YAML documents', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const r = loadScenario(stringify(value), 'fuzz.yaml');
        expect(r.scenario === undefined ? r.diagnostics.length > 0 : true).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on mutations of a valid file, and locates each error', () => {
    const lines = VALID.split('\n');
    const mutation = fc.record({
      line: fc.nat({ max: lines.length - 1 }),
      kind: fc.constantFrom('delete', 'duplicate', 'replace', 'indent', 'truncate'),
      text: fc.string({ maxLength: 20 }),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const mutated = [...lines];
        for (const m of mutations) {
          const i = Math.min(m.line, mutated.length - 1);
          if (m.kind === 'delete') mutated.splice(i, 1);
          else if (m.kind === 'duplicate') mutated.splice(i, 0, mutated[i] ?? '');
          else if (m.kind === 'replace') mutated[i] = (mutated[i] ?? '').replace(/:\s.*/, `: ${m.text}`);
          else if (m.kind === 'indent') mutated[i] = ` ${mutated[i] ?? ''}`;
          else mutated[i] = (mutated[i] ?? '').slice(0, m.text.length);
        }
        const r = loadScenario(mutated.join('\n'), 'm.yaml');
        const total = mutated.length + 1;
        for (const d of r.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(total);
        }
        if (!r.scenario) expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe('the JSON Schema', () => {
  it('is committed and up to date (regenerate with `npm run schema`)', () => {
    const committed = readFileSync(new URL('../../scenarios/scenario.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(scenarioJsonSchemaText());
  });
});

describe('the README', () => {
  it('shows a scenario example that passes the check, and analyze, which trainers run next', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const example = readme.match(/```yaml\n([\s\S]*?)```/)![1]!;
    const r = loadScenario(example, 'README.md');
    expect(r.diagnostics).toEqual([]);
    expect(r.scenario?.beats.length).toBeGreaterThan(1);
    // A copied example whose best reply came first and longest taught the habit the shape warnings fight.
    expect(analyzeScenario(r.scenario!).warnings).toEqual([]);
  });
});
