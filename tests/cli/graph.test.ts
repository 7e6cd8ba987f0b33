/** `sabr graph`: a scenario as a Mermaid or DOT diagram. */
import { describe, expect, it } from 'vitest';
import { TINY_HEADER } from '../core/fixtures.ts';
import { sabr, workspace } from './support.ts';

const BRANCHING = `${TINY_HEADER}    line: { en: "This is \\"wrong\\"!", ar: "هذا خطأ!" }
    options:
      - text: { en: "I understand.", ar: "أفهمك." }
        techniques: [acknowledge, listen]
        sets: [solved]
        next: done
      - text: { en: "Not my problem.", ar: "ليست مشكلتي." }
        techniques: [dismiss]
        next:
          - when: { mood: [furious] }
            to: manager
          - to: open
endings:
  - id: done
    line: { en: "Fine.", ar: "طيب." }
  - id: manager
    line: { en: "Manager. Now.", ar: "المدير، الآن." }
`;

describe('sabr graph', () => {
  it('draws beats as nodes, replies as numbered edges with their techniques, endings apart (Mermaid)', async () => {
    const r = await sabr(['graph', 'tiny.yaml'], workspace({ 'tiny.yaml': BRANCHING }));
    expect(r.code).toBe(0);
    expect(r.out).toBe(`flowchart TD
  n0["open<br/>This is #quot;wrong#quot;!"]
  n1(["done<br/>Fine."])
  n2(["manager<br/>Manager. Now."])
  n0 -->|"1: acknowledge, listen"| n1
  n0 -->|"2: dismiss (if mood furious)"| n2
  n0 -->|"2: dismiss (otherwise)"| n0
  classDef ending fill:#e8f5e9,stroke:#2e7d32,stroke-width:2px
  classDef start stroke:#1565c0,stroke-width:3px
  class n1,n2 ending
  class n0 start
`);
  });

  it('writes Graphviz DOT, in Arabic with --lang ar', async () => {
    const r = await sabr(['graph', 'tiny.yaml', '--format', 'dot', '--lang', 'ar'], workspace({ 'tiny.yaml': BRANCHING }));
    expect(r.out).toBe(`digraph "tiny" {
  rankdir=TB;
  node [shape=box, style=rounded, fontname="IBM Plex Sans Arabic"];
  edge [fontname="IBM Plex Sans Arabic", fontsize=10];
  n0 [label="open\\nهذا خطأ!", penwidth=3];
  n1 [label="done\\nطيب.", shape=doubleoctagon, style=filled, fillcolor="#e8f5e9"];
  n2 [label="manager\\nالمدير، الآن.", shape=doubleoctagon, style=filled, fillcolor="#e8f5e9"];
  n0 -> n1 [label="1: acknowledge, listen"];
  n0 -> n2 [label="2: dismiss (إذا \u2068المزاج \u2068furious\u2069\u2069)"];
  n0 -> n0 [label="2: dismiss (وإلا)"];
}
`);
  });

  it('refuses an unknown format and a broken file with the check\'s messages', async () => {
    const dir = workspace({ 'tiny.yaml': BRANCHING, 'bad.yaml': BRANCHING.replace('to: manager', 'to: manger') });
    const format = await sabr(['graph', 'tiny.yaml', '--format', 'svg'], dir);
    expect(format.code).toBe(2);
    expect(format.err).toContain('--format takes mermaid or dot, not “svg”.');
    const bad = await sabr(['graph', 'bad.yaml'], dir);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('bad.yaml:24:17  error [unknown-target]  “manger” is not the id of any beat or ending. Did you mean “manager”?');
  });
});
