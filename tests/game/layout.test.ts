import { describe, expect, it } from 'vitest';
import { customerBox, pixelSize, PORTRAIT_ASPECT } from '../../src/game/stage/layout.ts';
import { SETTINGS, scenerySvg } from '../../src/game/scenery/index.ts';

describe('the stage layout', () => {
  it.each([[360, 192], [390, 253], [486, 800], [730, 1080], [973, 1440]])('keeps the customer inside a %i×%i stage, large and behind the foreground', (w, h) => {
    for (const id of SETTINGS) {
      const { floor } = scenerySvg(id, w, h);
      const box = customerBox(w, h, floor);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.w).toBeLessThanOrEqual(w);
      expect(box.y + box.h).toBeGreaterThan(floor); // the drawing's lower edge is hidden
      expect(box.w / box.h).toBeCloseTo(PORTRAIT_ASPECT, 5);
      expect(box.h).toBeGreaterThan(Math.min(h, w / PORTRAIT_ASPECT) * 0.6);
    }
  });

  it('draws at device pixels, capped at 3×', () => {
    expect(pixelSize(390, 253.2, 3)).toEqual({ w: 1170, h: 760, ratio: 3 });
    expect(pixelSize(730, 1080, 1)).toEqual({ w: 730, h: 1080, ratio: 1 });
    expect(pixelSize(400, 300, 4).ratio).toBe(3);
    expect(pixelSize(400, 300, 0).ratio).toBe(1);
  });
});

describe('the settings behind the customer', () => {
  it('draws a different place for every setting, each a well-formed pair of layers with no stray numbers', async () => {
    const seen = new Set<string>();
    for (const id of SETTINGS) {
      const s = scenerySvg(id, 390, 253);
      for (const layer of [s.back, s.front]) {
        expect(layer).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*>.*<\/svg>$/s);
        expect(layer).not.toMatch(/NaN|Infinity|undefined/);
      }
      seen.add(s.back);
    }
    expect(seen.size).toBe(SETTINGS.length);
  });

  it('uses the scenario\'s setting, else one that fits the customer', async () => {
    const { settingFor } = await import('../../src/game/scenery/index.ts');
    expect(settingFor({ archetype: 'angry', look: { setting: 'workshop' } })).toBe('workshop');
    expect(settingFor({ archetype: 'angry', traits: ['internal'] })).toBe('office');
    expect(settingFor({ archetype: 'angry' })).toBe('counter');
    expect(settingFor({ archetype: 'confused' })).toBe('phone');
    expect(settingFor({ archetype: 'mistaken' })).toBe('shop-floor');
  });
});
