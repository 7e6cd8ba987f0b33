import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const coreDir = new URL('../../src/core', import.meta.url).pathname;

describe('the core stays headless', () => {
  it('never imports Phaser or Node built-ins, and never touches the DOM', () => {
    const offences: string[] = [];
    for (const file of readdirSync(coreDir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(coreDir, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      if (/from ['"]phaser['"]/.test(source)) offences.push(`${file}: imports phaser`);
      if (/from ['"]node:/.test(source)) offences.push(`${file}: imports a Node built-in`);
      if (/\b(document|window|localStorage|navigator)\./.test(source)) offences.push(`${file}: touches the DOM`);
      if (/Math\.random|Date\.now|new Date\(/.test(source)) offences.push(`${file}: reads randomness or time`);
    }
    expect(offences).toEqual([]);
  });
});
