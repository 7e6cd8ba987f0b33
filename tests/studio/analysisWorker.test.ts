import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { answers } from '../../src/studio/analysisWorker.ts';
import { loadScenario } from '../../src/core/load.ts';

const name = 'scenarios/warranty-misuse.yaml';
const text = readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8');

describe('the analysis worker', () => {
  it('maps the page\'s own load of the text when the page sends it, without loading the text again', () => {
    const loaded = loadScenario(text, name);
    expect(loaded.scenario).toBeDefined();
    const own = [...answers({ id: 1, text, name, loaded })].at(-1)!;
    expect(own.map?.analysis?.complete).toBe(true);
    // A load that says the file does not load wins over the text, which would: the worker read no text.
    const refused = { diagnostics: [{ ...loaded.diagnostics[0], severity: 'error' as const, code: 'yaml-syntax' as const, file: name, line: 1, column: 1, path: '', params: {} }] };
    expect([...answers({ id: 2, text, name, loaded: refused })]).toEqual([{ id: 2, stage: 'analysed' }]);
    expect([...answers({ id: 3, text, name })].at(-1)!.map).toEqual(own.map);
  });
});
