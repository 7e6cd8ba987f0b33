/** The scenarios shipped with the game, loaded through the core at start-up. */
import { loadScenario } from '../core/load';
import type { Diagnostic } from '../core/diagnostics';
import type { Scenario } from '../core/schema';

const files = import.meta.glob('../../scenarios/*.{yaml,yml,json}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export interface Library {
  scenarios: Scenario[];
  problems: Diagnostic[];
}

export function loadLibrary(): Library {
  const scenarios: Scenario[] = [];
  const problems: Diagnostic[] = [];
  for (const [path, source] of Object.entries(files)) {
    if (path.endsWith('scenario.schema.json')) continue;
    const result = loadScenario(source, path.replace(/^(\.\.\/)+/, ''));
    if (result.scenario) scenarios.push(result.scenario);
    else problems.push(...result.diagnostics.filter((d) => d.severity === 'error'));
  }
  const order = { easy: 0, medium: 1, hard: 2 };
  scenarios.sort((a, b) => order[a.difficulty] - order[b.difficulty] || a.id.localeCompare(b.id));
  return { scenarios, problems };
}
