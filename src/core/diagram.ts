/**
 * A scenario drawn as a diagram for documentation: beats as nodes, each reply as an edge labelled
 * with its number and techniques (and, for a branch, its condition), endings drawn apart. Written
 * as Mermaid (renders in GitHub and most wikis) or Graphviz DOT.
 */
import type { Condition, Language, Scenario } from './schema.ts';
import { text } from './session.ts';
import type { Translate } from './i18n.ts';

export const DIAGRAM_FORMATS = ['mermaid', 'dot'] as const;
export type DiagramFormat = (typeof DIAGRAM_FORMATS)[number];

interface Node {
  key: string;
  id: string;
  line: string;
  ending: boolean;
  start: boolean;
}

interface Edge {
  from: string;
  to: string;
  label: string;
}

const EXCERPT = 40;

function excerpt(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

/** `if mood furious; flags solved`: a branch's condition in a few words (the ids as written in the file). */
export function describeCondition(when: Condition, t: Translate): string {
  const parts = [
    when.mood && t('cli:graph.mood', { list: when.mood.join('/') }),
    when.flags && t('cli:graph.flags', { list: when.flags.join(', ') }),
    when.notFlags && t('cli:graph.notFlags', { list: when.notFlags.join(', ') }),
    when.outcome && t('cli:graph.outcome', { list: when.outcome.join('/') }),
  ].filter(Boolean);
  return t('cli:graph.if', { parts: parts.join('; ') });
}

/** The nodes and edges, in file order; node keys are safe in both formats (n0, n1…). */
function graphOf(scenario: Scenario, lang: Language, t: Translate): { nodes: Node[]; edges: Edge[] } {
  const start = scenario.start ?? scenario.beats[0]!.id;
  const keys = new Map<string, string>();
  const nodes: Node[] = [];
  const add = (id: string, line: string, ending: boolean) => {
    const key = `n${nodes.length}`;
    keys.set(id, key);
    nodes.push({ key, id, line: excerpt(line), ending, start: id === start });
  };
  for (const beat of scenario.beats) add(beat.id, text(beat.line, lang), false);
  for (const ending of scenario.endings) add(ending.id, text(ending.line, lang), true);
  const edges: Edge[] = [];
  for (const beat of scenario.beats) {
    beat.options.forEach((option, i) => {
      const reply = `${i + 1}: ${option.techniques.join(', ')}`;
      const from = keys.get(beat.id)!;
      if (typeof option.next === 'string') {
        edges.push({ from, to: keys.get(option.next)!, label: reply });
        return;
      }
      for (const branch of option.next) {
        edges.push({ from, to: keys.get(branch.to)!, label: `${reply} (${branch.when ? describeCondition(branch.when, t) : t('cli:graph.otherwise')})` });
      }
    });
  }
  return { nodes, edges: edges.filter((e) => e.to !== undefined) };
}

/**
 * The scenario as a Mermaid flowchart. `t` must know the `cli` namespace (the CLI's translator);
 * the customer's lines are taken in `lang`.
 */
export function toMermaid(scenario: Scenario, lang: Language, t: Translate): string {
  const { nodes, edges } = graphOf(scenario, lang, t);
  const q = (s: string) => s.replace(/"/g, '#quot;').replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;'));
  const lines = ['flowchart TD'];
  for (const n of nodes) {
    const label = `"${q(n.id)}<br/>${q(n.line)}"`;
    lines.push(`  ${n.key}${n.ending ? `([${label}])` : `[${label}]`}`);
  }
  for (const e of edges) lines.push(`  ${e.from} -->|"${q(e.label)}"| ${e.to}`);
  const endings = nodes.filter((n) => n.ending).map((n) => n.key);
  const start = nodes.find((n) => n.start)!.key;
  lines.push('  classDef ending fill:#e8f5e9,stroke:#2e7d32,stroke-width:2px');
  lines.push('  classDef start stroke:#1565c0,stroke-width:3px');
  if (endings.length) lines.push(`  class ${endings.join(',')} ending`);
  lines.push(`  class ${start} start`);
  return `${lines.join('\n')}\n`;
}

/** The scenario as a Graphviz DOT digraph; `t` and `lang` as for `toMermaid`. */
export function toDot(scenario: Scenario, lang: Language, t: Translate): string {
  const { nodes, edges } = graphOf(scenario, lang, t);
  const q = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const lines = [
    `digraph ${q(scenario.id)} {`,
    '  rankdir=TB;',
    '  node [shape=box, style=rounded, fontname="IBM Plex Sans Arabic"];',
    '  edge [fontname="IBM Plex Sans Arabic", fontsize=10];',
  ];
  for (const n of nodes) {
    const label = `${n.id}\\n${n.line.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}`;
    const look = n.ending ? ', shape=doubleoctagon, style=filled, fillcolor="#e8f5e9"' : n.start ? ', penwidth=3' : '';
    lines.push(`  ${n.key} [label="${label}"${look}];`);
  }
  for (const e of edges) lines.push(`  ${e.from} -> ${e.to} [label=${q(e.label)}];`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
