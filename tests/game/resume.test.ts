import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../src/core/load.ts';
import type { Scenario } from '../../src/core/schema.ts';
import { breathe, choose, customerState, startSession } from '../../src/core/session.ts';
import { CONVERSATION_KEY, clearConversation, loadConversation, resumeSession, saveConversation } from '../../src/game/resume.ts';
import type { KeyValueStore } from '../../src/game/storage.ts';

function loadScenarioText(id: string): Scenario {
  const file = new URL(`../../scenarios/${id}.yaml`, import.meta.url).pathname;
  return loadScenario(readFileSync(file, 'utf8'), file).scenario!;
}

const data = new Map<string, string>();
const store: KeyValueStore = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };

describe('the conversation in progress', () => {
  it('comes back at the same turn with the same meters after a reload', () => {
    const scenario = loadScenarioText('late-router');
    let s = startSession(scenario, { timeLimit: 30 });
    s = choose(s, 1, { seconds: 12 });
    s = breathe(s);
    s = choose(s, 3, { seconds: 40 }); // slow: costs (P3), and must cost again on resume
    expect(saveConversation(store, s, '2026-11-22T10:00:00.000Z')).toBe(true);
    const saved = loadConversation(store)!;
    const back = resumeSession(scenario, saved)!;
    expect(back.turn).toBe(s.turn);
    expect(customerState(back).meters).toEqual(customerState(s).meters);
    expect(back.at).toEqual(s.at);
    expect(saved.startedAt).toBe('2026-11-22T10:00:00.000Z');
    clearConversation(store);
    expect(loadConversation(store)).toBeUndefined();
  });

  it('ignores what it cannot read or replay', () => {
    data.set(CONVERSATION_KEY, '{"version":1');
    expect(loadConversation(store)).toBeUndefined();
    data.set(CONVERSATION_KEY, JSON.stringify({ version: 1, scenario: 'late-router', moves: [9], seconds: [0], startedAt: 'x' }));
    expect(resumeSession(loadScenarioText('late-router'), loadConversation(store)!)).toBeUndefined();
  });
});
