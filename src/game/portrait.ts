/**
 * Customer portraits: a flat, friendly illustration of the person the trainee is talking to, drawn
 * as a standalone SVG string whose face and body language follow the customer's moods.
 *
 * Pure: no DOM, no Phaser, no randomness, nothing fetched. The same input always gives the same
 * string, so portraits can be cached, diffed and tested. The caller supplies the accessible name
 * (`aria-label`); the SVG only carries `role="img"`.
 *
 * The drawing is layered (back to front): background, hair/drape behind, torso, drape in front of
 * the torso (hijab, shemagh, ghutra), neck, head (face, features, age marks, hair or headwear), arms.
 * Three transforms carry the posture: the torso rises for raised shoulders, the head tilts, leans
 * forward (grows) or lifts its chin, and drapes follow halfway between the two.
 */
import type { AngerMood, BeliefMood, ConfusionMood, Outcome } from '../core/vocabulary.ts';
import { FIGURE_IDS } from '../core/figures.ts';

/** The drawn people: one list, the core's, so the check and the game never disagree. */
export const FIGURES = FIGURE_IDS;
export type Figure = (typeof FIGURES)[number];

export interface PortraitInput {
  figure: Figure | string;
  /** Years; moves hair to grey, adds lines and, from about 60, glasses. Defaults per figure. */
  age?: number;
  anger: AngerMood;
  confusion: ConfusionMood;
  belief?: BeliefMood;
  outcome?: Outcome;
  /** Leave out the mood-coloured card behind the person (the stage draws a setting instead). */
  bare?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Small helpers: numbers, colours, elements
// ---------------------------------------------------------------------------------------------

/** A number with at most one decimal, never "-0". */
function n(v: number): string {
  const r = Math.round(v * 10) / 10;
  return String(r === 0 ? 0 : r);
}

/** Path-data template: numbers are rounded to one decimal. */
function d(strings: TemplateStringsArray, ...vals: number[]): string {
  let out = strings[0] ?? '';
  vals.forEach((v, i) => {
    out += n(v) + (strings[i + 1] ?? '');
  });
  return out;
}

function rgb(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

function mix(a: string, b: string, t: number): string {
  const x = rgb(a);
  const y = rgb(b);
  return (
    '#' +
    x
      .map((c, i) => Math.round(c + ((y[i] ?? 0) - c) * t))
      .map((c) => Math.max(0, Math.min(255, c)).toString(16).padStart(2, '0'))
      .join('')
  );
}

const darken = (c: string, t: number): string => mix(c, '#1b1212', t);
const lighten = (c: string, t: number): string => mix(c, '#ffffff', t);

/** A filled path. */
const fp = (path: string, fill: string, extra = ''): string => `<path d="${path}" fill="${fill}"${extra}/>`;
/** A stroked path. */
const sp = (path: string, stroke: string, width: number, extra = ''): string =>
  `<path d="${path}" fill="none" stroke="${stroke}" stroke-width="${n(width)}"${extra}/>`;
const circle = (x: number, y: number, r: number, fill: string, extra = ''): string =>
  `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${fill}"${extra}/>`;
const ellipse = (x: number, y: number, rx: number, ry: number, fill: string, extra = ''): string =>
  `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(rx)}" ry="${n(ry)}" fill="${fill}"${extra}/>`;
const group = (body: string, transform = ''): string => (transform ? `<g transform="${transform}">${body}</g>` : body);
/** A thick stroke with a darker rim: arms, fingers, cords. */
const limb = (path: string, fill: string, rim: string, width: number): string =>
  sp(path, rim, width + 5) + sp(path, fill, width);

// ---------------------------------------------------------------------------------------------
// The look: every drawing decision that depends on mood
// ---------------------------------------------------------------------------------------------

type MouthKind = 'line' | 'grin' | 'grimace' | 'shout' | 'talk' | 'o' | 'hmm';
interface Mouth {
  kind: MouthKind;
  /** Width. */
  w: number;
  /** Curve: positive smiles, negative frowns. */
  c: number;
  /** Opening height for open mouths. */
  open: number;
  /** Extra drop of the viewer-right corner. */
  asym: number;
}
type Arms = 'none' | 'crossed' | 'chin' | 'phone' | 'palm' | 'heart';

interface Look {
  /** Brow height, inner-end drop (+ knits into a V, - lifts into worry), arch, one-brow lift. */
  brow: { y: number; inner: number; arch: number; asym: number };
  /** Lid opening 0..1+, lid slant (+ angry), lower-lid lift (smiling eyes), gaze. */
  eye: { open: number; tilt: number; lower: number; lookX: number; lookY: number };
  mouth: Mouth;
  /** Redness of the face 0..1, frown creases, warm happy blush 0..1. */
  flush: number;
  crease: number;
  blush: number;
  /** Head tilt (degrees), lean (scale), vertical shift (- chin up); shoulder raise. */
  tilt: number;
  scale: number;
  dy: number;
  shoulders: number;
  arms: Arms;
  back: boolean;
  /** Background tint. */
  bg: string;
}

const mouth = (kind: MouthKind, w: number, c: number, open = 0, asym = 0): Mouth => ({ kind, w, c, open, asym });

const ANGER_LOOK: Record<AngerMood, Omit<Look, 'blush' | 'back' | 'eye'> & { eye: Omit<Look['eye'], 'lookX' | 'lookY'> }> = {
  furious: {
    brow: { y: 178, inner: 12, arch: 1, asym: 0 },
    eye: { open: 0.55, tilt: 0.9, lower: 3 },
    mouth: mouth('shout', 50, -4, 30),
    flush: 1, crease: 2, tilt: 0, scale: 1.07, dy: 8, shoulders: 15, arms: 'crossed', bg: '#f4d3cd',
  },
  angry: {
    brow: { y: 176, inner: 9, arch: 2, asym: 0 },
    eye: { open: 0.72, tilt: 0.6, lower: 2 },
    mouth: mouth('grimace', 46, -6, 14),
    flush: 0.6, crease: 1, tilt: 0, scale: 1.035, dy: 4, shoulders: 8, arms: 'crossed', bg: '#f6ddd2',
  },
  upset: {
    brow: { y: 173, inner: 4, arch: 2, asym: 0 },
    eye: { open: 0.86, tilt: 0.2, lower: 1 },
    mouth: mouth('line', 40, -9),
    flush: 0.28, crease: 1, tilt: 0, scale: 1.01, dy: 1, shoulders: 3, arms: 'none', bg: '#f5e6d6',
  },
  calming: {
    brow: { y: 170, inner: 0, arch: 4, asym: 0 },
    eye: { open: 0.96, tilt: 0, lower: 1.5 },
    mouth: mouth('line', 38, 2.5),
    flush: 0.06, crease: 0, tilt: 0, scale: 1, dy: 0, shoulders: 0, arms: 'none', bg: '#e4eee6',
  },
  calm: {
    brow: { y: 167, inner: -1, arch: 6, asym: 0 },
    eye: { open: 1, tilt: 0, lower: 3.5 },
    mouth: mouth('line', 44, 11),
    flush: 0, crease: 0, tilt: 0, scale: 1, dy: 0, shoulders: 0, arms: 'none', bg: '#d9ece8',
  },
};

/** Works out the whole look from the moods; outcomes override the moods where they must. */
function lookFor(input: PortraitInput): Look {
  const base = ANGER_LOOK[input.anger] ?? ANGER_LOOK.calm;
  const look: Look = {
    brow: { ...base.brow },
    eye: { ...base.eye, lookX: 0, lookY: 0 },
    mouth: { ...base.mouth },
    flush: base.flush, crease: base.crease, blush: 0,
    tilt: base.tilt, scale: base.scale, dy: base.dy, shoulders: base.shoulders,
    arms: base.arms, back: false, bg: base.bg,
  };
  const relaxed = input.anger === 'calm' || input.anger === 'calming';

  // Confusion: one brow up, head tilted, gaze wandering; the hand goes to the chin.
  const puzzle = { lost: 12, unsure: 8, following: 3.5, understood: 0 }[input.confusion] ?? 0;
  if (puzzle > 0) {
    look.brow.asym = puzzle;
    look.tilt += { lost: 9, unsure: 5.5, following: 2.5, understood: 0 }[input.confusion] ?? 0;
  }
  if (input.confusion === 'lost' || input.confusion === 'unsure') {
    const lost = input.confusion === 'lost';
    look.eye.open = Math.min(1.12, look.eye.open + (lost ? 0.16 : 0.06));
    look.eye.lookX = lost ? -0.55 : -0.45;
    look.eye.lookY = lost ? -0.6 : -0.3;
    if (relaxed) look.mouth = lost ? mouth('o', 14, 0, 16) : mouth('hmm', 34, 0, 0, 5);
    else if (input.anger === 'upset') look.mouth.asym = 4;
    if (look.arms === 'none') look.arms = 'chin';
  }

  // Belief: the insisting lift their chin and look down their nose; the defensive pull back.
  if (input.belief === 'insisting' || input.belief === 'defensive') {
    const insisting = input.belief === 'insisting';
    look.brow.inner += 2;
    if (insisting) {
      look.dy -= 7;
      look.eye.lookY = Math.max(look.eye.lookY, 0.55);
      look.eye.open = Math.min(look.eye.open, 0.82);
    } else {
      look.scale *= 0.975;
      look.eye.lookX = look.eye.lookX || 0.35;
    }
    if (relaxed && look.mouth.kind === 'line') look.mouth = mouth('line', 34, insisting ? -2 : -4);
    if (look.arms === 'none') look.arms = 'crossed';
  } else if (input.belief === 'open') {
    look.brow.y -= 2;
  } else if (input.belief === 'accepting') {
    look.dy += 3;
    if (relaxed && look.mouth.kind === 'line') look.mouth.c += 2;
  }

  switch (input.outcome) {
    case 'satisfied':
      look.brow = { y: 166, inner: -2, arch: 6, asym: 0 };
      look.eye = { open: 0.92, tilt: 0, lower: 6.5, lookX: 0, lookY: 0 };
      look.mouth = mouth('grin', 52, 12, 12);
      Object.assign(look, { flush: 0, crease: 0, blush: 1, tilt: 3, scale: 1, dy: 0, shoulders: 0, arms: 'heart', bg: '#d6efdc' });
      break;
    case 'grudging':
      look.brow = { y: 173, inner: 2, arch: 2, asym: 3 };
      look.eye = { open: 0.64, tilt: -0.1, lower: 1, lookX: 0.6, lookY: 0.1 };
      look.mouth = mouth('line', 38, -1.5, 0, 5);
      Object.assign(look, { flush: Math.min(look.flush, 0.15), crease: 0, tilt: -3, scale: 1, dy: 0, shoulders: 2, arms: 'none', bg: '#eeeadb' });
      break;
    case 'business-lost':
      look.eye.lookX = 1;
      look.eye.lookY = 0;
      if (look.mouth.kind !== 'shout' && look.mouth.kind !== 'grimace') look.mouth = mouth('line', 38, -8);
      Object.assign(look, { tilt: -5, arms: 'palm', bg: '#e6e1ea' });
      look.brow.inner = Math.max(look.brow.inner, 4);
      break;
    case 'escalated':
      if (look.mouth.kind !== 'shout') look.mouth = mouth('talk', 36, -4, 14);
      look.brow.inner = Math.max(look.brow.inner, 8);
      look.eye.tilt = Math.max(look.eye.tilt, 0.5);
      look.eye.lookX = 0;
      look.flush = Math.max(look.flush, 0.5);
      look.crease = Math.max(look.crease, 1);
      Object.assign(look, { tilt: -4, arms: 'phone', bg: '#f2d6d2' });
      break;
    case 'walked-out':
      Object.assign(look, { back: true, bg: '#e3e3ea' });
      break;
    default:
      break;
  }
  return look;
}

// ---------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------

/** Colours handed to a figure's drawing functions (hair already greyed by age). */
interface Paint {
  skin: string;
  shadow: string;
  hair: string;
}

interface FigureDef {
  age: number;
  skin: string;
  hair: string;
  /** Main garment colour (torso and sleeves). */
  cloth: string;
  /** Narrower, softer face. */
  soft: boolean;
  ears: boolean;
  glasses?: boolean;
  /** A full beard: lips are drawn over it so the mouth stays readable. */
  fullBeard?: boolean;
  iris?: string;
  /** Behind the torso (long hair). */
  behind?: (p: Paint) => string;
  /** The torso with its clothes. */
  body: (p: Paint) => string;
  /** In front of the torso, behind the face (hijab, shemagh ends). */
  drape?: (p: Paint) => string;
  /** Over the face (hair, headwear). */
  top: (p: Paint) => string;
  /** Beard or moustache, drawn under the mouth. */
  beard?: (p: Paint) => string;
  /** Seen from behind (walked out). */
  backHead: (p: Paint) => string;
  backBody?: (p: Paint) => string;
}

const TORSO = 'M26 500L26 446C26 384 68 354 128 341C152 336 174 333 200 333C226 333 248 336 272 341C332 354 374 384 374 446L374 500Z';
const torso = (fill: string): string => fp(TORSO, fill);
const NECK = 'M174 250L226 250L228 346L172 346Z';

/** Face outline: half-width `w` at the cheekbones, chin at 296. */
function facePath(w: number): string {
  const j = w - 34;
  return d`M200 106C${200 + w * 0.6} 106 ${200 + w} 140 ${200 + w} 192C${200 + w} 238 ${200 + j + 22} 264 ${200 + j} 282C${200 + j - 13} 291 ${215} 296 200 296C185 296 ${200 - j + 13} 291 ${200 - j} 282C${200 - j - 22} 264 ${200 - w} 238 ${200 - w} 192C${200 - w} 140 ${200 - w * 0.6} 106 200 106Z`;
}

const FINGERS = 'M-15 -6L-16 -34M-5 -10L-5 -42M5 -10L6 -42M15 -6L16 -34M-20 6L-30 -10';

/** A hand: `fist`, `palm` (open, fingers up) or `flat` (lying on the chest), at x,y turned by rot. */
function hand(kind: 'fist' | 'chin' | 'grip' | 'palm' | 'flat', x: number, y: number, rot: number, skin: string): string {
  const rim = darken(skin, 0.28);
  let body: string;
  if (kind === 'chin') {
    body =
      `<rect x="-22" y="-16" width="44" height="34" rx="15" fill="${skin}" stroke="${rim}" stroke-width="2.5"/>` +
      sp('M-10 -16L-10 -5M1 -16L1 -5M12 -15L12 -5M-22 4Q-6 0 4 8', rim, 2);
  } else if (kind === 'fist') {
    body =
      `<rect x="-20" y="-16" width="40" height="32" rx="14" fill="${skin}" stroke="${rim}" stroke-width="2.5"/>` +
      sp('M-8 -16L-8 -4M3 -16L3 -4M13 -14L13 -4', rim, 2);
  } else if (kind === 'grip') {
    body =
      `<rect x="-14" y="-19" width="28" height="38" rx="12" fill="${skin}" stroke="${rim}" stroke-width="2.5"/>` +
      sp('M-14 -7L6 -7M-14 3L7 3M-14 12L5 12', rim, 2);
  } else if (kind === 'palm') {
    body =
      sp(FINGERS, rim, 16) +
      sp(FINGERS, skin, 11) +
      `<rect x="-22" y="-16" width="44" height="40" rx="15" fill="${skin}"/>` +
      sp('M-22 -4C-22 16 -14 24 0 24C14 24 22 16 22 -4', rim, 2.5);
  } else {
    // A flat hand, fingers together: outlined silhouette, then the skin, then the finger seams.
    const shape = '<rect x="-24" y="-17" width="36" height="34" rx="12"/><rect x="2" y="-15" width="32" height="29" rx="11"/><path d="M-10 -12L6 -26" stroke-width="11"/>';
    body =
      `<g fill="${rim}" stroke="${rim}" stroke-width="5">${shape.replace('stroke-width="11"', 'stroke-width="16"')}</g>` +
      `<g fill="${skin}" stroke="${skin}" stroke-width="0">${shape}</g>` +
      sp('M14 -7L32 -7M14 0L34 0M14 7L31 7', rim, 1.8);
  }
  return `<g transform="translate(${n(x)} ${n(y)}) rotate(${n(rot)})">${body}</g>`;
}

/** The hijab (shared by the two women who wear one): a drape over head, neck and chest, and a frame. */
function hijabDrape(col: string): string {
  const fold = darken(col, 0.16);
  return (
    fp('M200 88C254 88 290 128 291 192C292 246 292 286 308 322C330 364 322 410 292 430C254 450 146 450 108 430C78 410 70 364 92 322C108 286 108 246 109 192C110 128 146 88 200 88Z', col) +
    fp('M291 192C292 246 292 286 308 322C330 364 322 410 292 430C280 436 266 440 252 442C284 400 290 330 272 262C276 236 278 214 276 192Z', fold, ' opacity=".35"') +
    sp('M146 318Q200 352 254 318M122 362Q200 404 278 362M110 404Q200 440 290 404', fold, 3)
  );
}
function hijabFrame(col: string, trim: string): string {
  return (
    fp('M109 260L109 192C110 128 146 88 200 88C254 88 290 128 291 192L291 260L262 260C268 228 270 196 266 176C258 144 234 128 200 128C166 128 142 144 134 176C130 196 132 228 138 260Z', col) +
    sp('M137 220C132 170 156 134 200 134C244 134 268 170 263 220', trim, 6) +
    sp('M124 150C138 116 168 102 204 101', lighten(col, 0.18), 4)
  );
}
function hijabBack(col: string): string {
  const fold = darken(col, 0.16);
  return (
    fp('M200 88C254 88 290 128 291 192C292 262 306 326 330 392C296 428 104 428 70 392C94 326 108 262 109 192C110 128 146 88 200 88Z', col) +
    sp('M200 120L200 410M150 250Q140 330 120 400M250 250Q260 330 280 400', fold, 3)
  );
}

/** Shemagh parts: red-and-white cloth with the black agal on top. */
const SHEMAGH = '#f5f0ec';
const SHEMAGH_RED = '#c3353f';
const AGAL = '#1d1a1a';
/** The plain white ghutra worn in the Emirates, and the shade of its folds. */
const GHUTRA = '#fdfcf9';
const GHUTRA_FOLD = '#dcd7cf';
const DOTS = ' stroke-dasharray="0 8"';
type Pts = readonly (readonly [number, number])[];
/** Dotted lines between two edges of a cloth: rows of red dots read as the shemagh's check. */
function weave(a: Pts, b: Pts, count: number): string {
  let path = '';
  for (let i = 0; i < count; i++) {
    const t = (i + 0.5) / count;
    path += a.map(([x, y], j) => {
      const [x2, y2] = b[j] ?? [x, y];
      return (j ? 'L' : 'M') + n(x + (x2 - x) * t) + ' ' + n(y + (y2 - y) * t);
    }).join('');
  }
  return sp(path, SHEMAGH_RED, 4, DOTS);
}
const mirror = (pts: Pts): Pts => pts.map(([x, y]) => [400 - x, y] as const);
const CAP_OUT: Pts = [[110, 206], [108, 170], [114, 138], [130, 110], [162, 95], [200, 92], [238, 95], [270, 110], [286, 138], [292, 170], [290, 206]];
const CAP_IN: Pts = [[130, 204], [131, 184], [136, 164], [146, 150], [170, 140], [200, 133], [230, 140], [254, 150], [264, 164], [269, 184], [270, 204]];
const PANEL_OUT: Pts = [[108, 170], [102, 230], [97, 290], [93, 350], [89, 400], [86, 426]];
const PANEL_IN: Pts = [[126, 170], [128, 230], [140, 290], [156, 340], [154, 390], [150, 408]];
const BACK_L: Pts = [[112, 196], [112, 250], [100, 330], [86, 380], [84, 424]];
const BACK_R: Pts = mirror(BACK_L);
function agal(): string {
  return sp('M114 138Q200 110 286 138', AGAL, 7.5) + sp('M119 125Q200 97 281 125', AGAL, 7.5);
}

const FIGURE_DEFS: Record<Figure, FigureDef> = {
  'man-thobe': {
    age: 44, skin: '#c98f63', hair: '#2a211d', cloth: '#f6f5f1', soft: false, ears: false, fullBeard: true,
    body: () =>
      torso('#f6f5f1') +
      sp('M120 360Q112 420 118 500M280 360Q288 420 282 500', '#dcd8cf', 3) +
      sp('M174 334Q200 348 226 334', '#cfcac0', 4) +
      sp('M200 344L200 430', '#d6d1c8', 3) +
      circle(200, 366, 3.5, '#d6d1c8') + circle(200, 392, 3.5, '#d6d1c8'),
    drape: () => {
      const left = 'M110 150C100 230 94 300 92 344C90 380 86 410 82 436L150 414C156 380 160 350 158 330C150 312 136 290 128 240L124 160Z';
      const right = 'M290 150C300 230 306 300 308 344C310 380 314 410 318 436L250 414C244 380 240 350 242 330C250 312 264 290 272 240L276 160Z';
      return (
        fp(left, SHEMAGH) + fp(right, SHEMAGH) +
        weave(PANEL_OUT, PANEL_IN, 5) + weave(mirror(PANEL_OUT), mirror(PANEL_IN), 5) +
        sp('M84 432L150 412M316 432L250 412', SHEMAGH_RED, 4)
      );
    },
    beard: (p) =>
      fp('M126 196C126 252 150 302 200 308C250 302 274 252 274 196L264 196C262 232 250 244 228 242C214 240 206 236 200 236C194 236 186 240 172 242C150 244 138 232 136 196Z', p.hair),
    top: () =>
      fp('M106 212C100 150 128 90 200 88C272 90 300 150 294 212L272 206C270 168 262 150 246 142C228 136 214 134 200 130C186 134 172 136 154 142C138 150 130 168 128 206Z', SHEMAGH) +
      weave(CAP_OUT, CAP_IN, 5) +
      sp('M128 206C130 168 138 150 154 142C172 136 186 134 200 130C214 134 228 136 246 142C262 150 270 168 272 206', '#ddd3cc', 3) +
      agal(),
    backHead: () =>
      fp('M108 196C100 120 146 86 200 86C254 86 300 120 292 196C292 250 300 300 316 340C330 380 330 410 320 430L200 458L80 430C70 410 70 380 84 340C100 300 108 250 108 196Z', SHEMAGH) +
      weave(BACK_L, BACK_R, 10) +
      sp('M80 430L200 458L320 430', SHEMAGH_RED, 4) +
      agal(),
  },

  // Emirati: a collarless kandura with its tassel (tarboosha), and a plain white ghutra under the agal.
  'man-kandura': {
    age: 40, skin: '#c4895c', hair: '#241c18', cloth: '#fbfaf7', soft: false, ears: false, fullBeard: true,
    body: () =>
      torso('#fbfaf7') +
      sp('M120 360Q112 420 118 500M280 360Q288 420 282 500', '#e2ded6', 3) +
      sp('M180 338Q200 346 220 338', '#d8d3ca', 3) +
      sp('M200 342L200 388', '#d8d3ca', 2.5) +
      sp('M204 346Q214 372 210 414', '#e9e4da', 5) +
      ellipse(210, 420, 5, 9, '#e9e4da'),
    drape: () => {
      const left = 'M110 150C100 230 94 300 92 344C90 380 86 410 82 436L150 414C156 380 160 350 158 330C150 312 136 290 128 240L124 160Z';
      const right = 'M290 150C300 230 306 300 308 344C310 380 314 410 318 436L250 414C244 380 240 350 242 330C250 312 264 290 272 240L276 160Z';
      return (
        fp(left, GHUTRA, ` stroke="${GHUTRA_FOLD}" stroke-width="2.5"`) + fp(right, GHUTRA, ` stroke="${GHUTRA_FOLD}" stroke-width="2.5"`) +
        sp('M112 230Q110 320 100 420M130 300Q140 360 136 410M288 230Q290 320 300 420M270 300Q260 360 264 410', GHUTRA_FOLD, 3)
      );
    },
    beard: (p) =>
      fp('M130 200C132 252 154 300 200 304C246 300 268 252 270 200L262 200C260 232 248 246 228 244C214 242 206 238 200 238C194 238 186 242 172 244C152 246 140 232 138 200Z', p.hair),
    top: () =>
      fp('M106 212C100 150 128 90 200 88C272 90 300 150 294 212L272 206C270 168 262 150 246 142C228 136 214 134 200 130C186 134 172 136 154 142C138 150 130 168 128 206Z', GHUTRA) +
      sp('M150 104Q176 96 200 98M250 104Q224 96 200 98', GHUTRA_FOLD, 3) +
      sp('M128 206C130 168 138 150 154 142C172 136 186 134 200 130C214 134 228 136 246 142C262 150 270 168 272 206', GHUTRA_FOLD, 3) +
      agal(),
    backHead: () =>
      fp('M108 196C100 120 146 86 200 86C254 86 300 120 292 196C292 250 300 300 316 340C330 380 330 410 320 430L200 458L80 430C70 410 70 380 84 340C100 300 108 250 108 196Z', GHUTRA) +
      sp('M200 120L200 450M150 220Q136 330 110 420M250 220Q264 330 290 420', GHUTRA_FOLD, 3) +
      agal(),
  },

  'woman-hijab': {
    age: 32, skin: '#e2b08c', hair: '#2b1d17', cloth: '#2e2b33', soft: true, ears: false,
    body: () => torso('#2e2b33') + sp('M186 420L178 500M214 420L222 500', '#7fa9ad', 4),
    drape: () => hijabDrape('#3f7c85'),
    top: () => hijabFrame('#3f7c85', '#2f5f66'),
    backHead: () => hijabBack('#3f7c85'),
  },

  // Emirati: a black shayla over a black abaya with a thin embroidered edge down the front.
  'woman-shayla': {
    age: 38, skin: '#d9a47e', hair: '#231915', cloth: '#35313b', soft: true, ears: false,
    body: () => torso('#1d1b21') + sp('M188 400L182 500M212 400L218 500', '#b99a5b', 3),
    drape: () => hijabDrape('#2c2930'),
    top: () => hijabFrame('#2c2930', '#46414c'),
    backHead: () => hijabBack('#2c2930'),
  },

  'man-suit': {
    age: 38, skin: '#8a5a3c', hair: '#1c1513', cloth: '#2c3e5c', soft: false, ears: true,
    body: () =>
      torso('#2c3e5c') +
      fp('M166 334L200 420L234 334Z', '#f3f5f7') +
      fp('M190 338L210 338L207 352L193 352Z', '#8e2f3a') +
      fp('M193 352L207 352L212 404L200 418L188 404Z', '#8e2f3a') +
      fp('M166 333L138 350L160 374L148 384L200 462L168 348Z', '#22324d') +
      fp('M234 333L262 350L240 374L252 384L200 462L232 348Z', '#22324d') +
      fp('M168 332L182 360L196 342ZM232 332L218 360L204 342Z', '#ffffff') +
      fp('M264 396L290 396L290 402L264 402Z', '#f3f5f7'),
    top: (p) =>
      fp('M121 198C114 128 150 92 202 92C256 92 288 130 279 198L272 198C270 172 264 154 254 142C226 150 186 150 158 138C144 150 132 170 129 198Z', p.hair) +
      sp('M158 138C170 130 186 124 196 122', darken(p.hair, 0.3), 3),
    backHead: (p) => fp('M121 200C114 128 150 92 200 92C250 92 286 128 279 200C276 238 262 262 244 276C226 268 174 268 156 276C138 262 124 238 121 200Z', p.hair),
    backBody: () => sp('M200 340L200 500', '#22324d', 3),
  },

  'woman-blazer': {
    age: 35, skin: '#f1cbb0', hair: '#6b3f2a', cloth: '#2f5f7a', soft: true, ears: false, iris: '#4f6a3e',
    behind: (p) => fp('M112 184C106 250 110 304 126 334L274 334C290 304 294 250 288 184C286 124 250 88 200 88C150 88 114 124 112 184Z', p.hair),
    body: () =>
      torso('#2f5f7a') +
      fp('M164 334L200 412L236 334Z', '#f3e9dc') +
      sp('M176 346Q200 372 224 346', '#d9a441', 2.5) +
      fp('M164 333L140 350L162 378L150 388L196 470L170 346Z', '#264f66') +
      fp('M236 333L260 350L238 378L250 388L204 470L230 346Z', '#264f66'),
    top: (p) =>
      fp('M112 214C104 136 146 90 204 90C260 90 298 136 288 214C286 262 290 300 300 330L268 332C262 300 270 250 271 200C268 170 256 152 236 142C208 160 170 170 132 174C128 220 134 290 128 332L98 330C110 300 114 262 112 214Z', p.hair) +
      sp('M236 142C214 158 180 166 140 170M250 110C270 128 282 160 282 200', darken(p.hair, 0.25), 3),
    backHead: (p) =>
      fp('M112 214C104 136 146 90 200 90C254 90 296 136 288 214C286 262 292 306 300 336L100 336C108 306 114 262 112 214Z', p.hair) +
      sp('M200 100L200 330M160 120Q150 230 150 330M240 120Q250 230 250 330', darken(p.hair, 0.25), 3),
  },

  'young-man-casual': {
    age: 22, skin: '#6b4330', hair: '#15100e', cloth: '#e29a39', soft: false, ears: true,
    body: () =>
      torso('#e29a39') +
      fp('M132 346C130 306 168 292 200 292C232 292 270 306 268 346C250 364 230 366 222 352L178 352C170 366 150 364 132 346Z', '#c98128') +
      sp('M164 340Q200 380 236 340', '#f0b357', 5) +
      sp('M184 356L180 410M216 356L220 410', '#f7efe4', 4) +
      circle(180, 412, 4, '#f7efe4') + circle(220, 412, 4, '#f7efe4') +
      sp('M120 470Q200 456 280 470', '#c98128', 4),
    top: (p) => {
      let curls = '';
      for (let i = 0; i <= 10; i++) {
        const a = Math.PI * (1.06 + (i / 10) * 0.88);
        curls += circle(200 + Math.cos(a) * 70, 170 + Math.sin(a) * 66, 15, p.hair);
      }
      return fp('M124 190C118 126 156 98 200 98C244 98 282 126 276 190L270 190C268 166 260 150 246 144C220 138 180 138 154 144C140 150 132 166 130 190Z', p.hair) + curls;
    },
    backHead: (p) => {
      let curls = '';
      for (let i = 0; i <= 10; i++) {
        const a = Math.PI * (1.06 + (i / 10) * 0.88);
        curls += circle(200 + Math.cos(a) * 70, 170 + Math.sin(a) * 66, 15, p.hair);
      }
      return fp('M123 198C116 128 150 98 200 98C250 98 284 128 277 198C274 236 262 258 244 270C226 264 174 264 156 270C138 258 126 236 123 198Z', p.hair) + curls;
    },
    backBody: () => fp('M134 344C140 300 260 300 266 344C262 400 138 400 134 344Z', '#c98128'),
  },

  'older-woman-hijab': {
    age: 67, skin: '#d49b74', hair: '#3b2c25', cloth: '#45527a', soft: true, ears: false, glasses: true,
    body: () => torso('#45527a') + sp('M92 400Q88 450 92 500M308 400Q312 450 308 500', '#38446a', 3),
    drape: () => hijabDrape('#b3a8c0') + circle(246, 330, 7, '#d9b56a', ' stroke="#a8843e" stroke-width="2"'),
    top: () => hijabFrame('#b3a8c0', '#8f84a0'),
    backHead: () => hijabBack('#b3a8c0'),
  },

  'man-cap-uniform': {
    age: 30, skin: '#a56b45', hair: '#221a16', cloth: '#3b78a8', soft: false, ears: true,
    body: () =>
      torso('#3b78a8') +
      fp('M168 334L150 352L188 366L200 346ZM232 334L250 352L212 366L200 346Z', '#2d6390') +
      sp('M200 348L200 410', '#2d6390', 3) + circle(200, 372, 3.5, '#e7eef4') + circle(200, 394, 3.5, '#e7eef4') +
      `<rect x="232" y="380" width="40" height="26" rx="4" fill="#f4f6f8"/>` +
      `<rect x="232" y="380" width="40" height="8" rx="3" fill="#f2b84b"/>` +
      sp('M240 396L264 396M240 401L256 401', '#9aa7b2', 2),
    beard: (p) => fp('M174 247C182 237 194 237 200 241C206 237 218 237 226 247C218 251 210 249 200 247C190 249 182 251 174 247Z', p.hair),
    top: (p) =>
      fp('M123 146L133 150L133 208L126 206ZM277 146L267 150L267 208L274 206Z', p.hair) +
      fp('M121 146C119 98 156 76 200 76C244 76 281 98 279 146Z', '#24507a') +
      sp('M200 78L200 140', '#1d4266', 3) +
      fp('M112 144C150 130 250 130 288 144C294 154 280 162 200 160C120 162 106 154 112 144Z', '#1d4266') +
      circle(200, 112, 12, '#f2b84b') + fp('M194 112L200 105L206 112L200 119Z', '#24507a') +
      fp('M132 160C160 166 240 166 268 160L266 167C240 171 160 171 134 167Z', '#000000', ' opacity=".12"'),
    backHead: (p) =>
      fp('M123 198C116 128 150 100 200 100C250 100 284 128 277 198C274 236 262 258 244 270C226 264 174 264 156 270C138 258 126 236 123 198Z', p.hair) +
      fp('M116 176C114 114 154 84 200 84C246 84 286 114 284 176Z', '#24507a') +
      fp('M178 176C178 160 222 160 222 176Z', p.hair) +
      sp('M178 168L222 168', '#1d4266', 4),
  },

  'older-man-glasses': {
    age: 70, skin: '#eab896', hair: '#4a3b30', cloth: '#7a5b45', soft: false, ears: true, glasses: true,
    body: () =>
      torso('#7a5b45') +
      fp('M164 334L200 424L236 334Z', '#cfe0ec') +
      fp('M166 332L178 362L198 342ZM234 332L222 362L202 342Z', '#e8f0f6') +
      fp('M160 334L136 350L196 480L200 430Z', '#6a4d39') +
      fp('M240 334L264 350L204 480L200 430Z', '#6a4d39') +
      circle(206, 446, 4, '#e1c9a8') + circle(212, 470, 4, '#e1c9a8'),
    beard: (p) => fp('M172 248C180 236 194 236 200 241C206 236 220 236 228 248C220 253 210 250 200 247C190 250 180 253 172 248Z', p.hair),
    top: (p) =>
      fp('M121 214C114 176 120 150 138 136C136 160 136 186 140 214ZM279 214C286 176 280 150 262 136C264 160 264 186 260 214Z', p.hair) +
      sp('M172 112C186 104 214 104 228 112', lighten(p.hair, 0.2), 3) +
      ellipse(180, 124, 22, 10, '#ffffff', ' opacity=".22" transform="rotate(-18 180 124)"'),
    backHead: (p) => fp('M121 196C118 232 140 262 200 264C260 262 282 232 279 196C274 226 244 240 200 240C156 240 126 226 121 196Z', p.hair),
  },
};

// ---------------------------------------------------------------------------------------------
// Face features
// ---------------------------------------------------------------------------------------------

const EYE_Y = 200;
const MOUTH_Y = 262;

function eye(cx: number, side: -1 | 1, e: Look['eye'], face: string, iris: string, lash: string): string {
  const W = 15;
  const xo = cx + side * W;
  const xi = cx - side * W;
  const at = (t: number): number => xo + (xi - xo) * t;
  const up = 13 * e.open;
  const outerH = up * (1 + e.tilt * 0.3);
  const innerH = Math.max(0, up * (1 - e.tilt));
  const lowH = Math.max(1.5, 9 - e.lower);
  const y0 = EYE_Y;
  const tipY = y0 + 1 + e.tilt * 2;
  const upper = d`M${xo} ${y0 + 1}C${at(0.15)} ${y0 - outerH * 1.3} ${at(0.8)} ${y0 - innerH * 1.3} ${xi} ${tipY}`;
  const lower = d`C${at(0.8)} ${y0 + lowH * 1.25} ${at(0.2)} ${y0 + lowH * 1.25} ${xo} ${y0 + 1}`;
  const ix = cx + e.lookX * 5;
  const iy = y0 - 1 + e.lookY * 3.5;
  const ext = side * 4;
  return (
    ellipse(cx, y0, 16.5, 13, '#fbf8f4') +
    circle(ix, iy, 8.6, iris) + circle(ix, iy, 4.2, '#140c08') + circle(ix - 2.6, iy - 3, 2.2, '#ffffff') +
    fp(d`M${xo + ext} ${y0 + 2}L` + upper.slice(1) + d`L${xi - ext} ${y0 + 2}L${xi - ext} ${y0 - 24}L${xo + ext} ${y0 - 24}Z`, face) +
    fp(d`M${xi - ext} ${y0 - 1}L${xi} ${tipY}` + lower + d`L${xo + ext} ${y0 - 1}L${xo + ext} ${y0 + 22}L${xi - ext} ${y0 + 22}Z`, face) +
    sp(upper, lash, 3.4)
  );
}

function brow(cx: number, side: -1 | 1, b: Look['brow'], raise: number, colour: string, width: number): string {
  const xo = cx + side * 20;
  const xi = cx - side * 13;
  const yi = b.y + b.inner - raise;
  const yo = b.y - b.inner * 0.35 - raise * 1.1;
  const arch = b.arch + raise * 0.35;
  return sp(d`M${xo} ${yo}Q${cx - side * 2} ${Math.min(yi, yo) - arch} ${xi} ${yi}`, colour, width);
}

function mouthSvg(m: Mouth, skin: string, lips: string): string {
  const under = (path: string, w: number): string => (lips ? sp(path, lips, w) : '');
  const line = mix(darken(skin, 0.55), '#7a2424', 0.35);
  const inner = '#4a1b1f';
  const y = MOUTH_Y;
  const L = 200 - m.w / 2;
  const R = 200 + m.w / 2;
  const ly = y - m.c * 0.5;
  const ry = y - m.c * 0.5 + m.asym;
  switch (m.kind) {
    case 'line':
    case 'hmm': {
      const path =
        m.kind === 'line'
          ? d`M${L} ${ly}Q200 ${y + m.c * 1.1 + m.asym * 0.3} ${R} ${ry}`
          : d`M${L} ${ly + 2}C${L + 14} ${y - 4} ${R - 14} ${y + 5} ${R} ${ry - 6}`;
      return under(path, 12) + sp(path, line, 4.5);
    }
    case 'o':
      return (lips ? ellipse(201, y + 3, m.w / 2 + 4, m.open / 2 + 4, lips) : '') + ellipse(201, y + 3, m.w / 2, m.open / 2, inner, ` stroke="${line}" stroke-width="3"`);
    case 'grin': {
      const top = y + m.c * 0.15;
      const bottom = y + m.c + m.open;
      return (
        under(d`M${L} ${ly}Q200 ${top} ${R} ${ry}Q200 ${bottom + 8} ${L} ${ly}Z`, 10) +
        fp(d`M${L} ${ly}Q200 ${top} ${R} ${ry}Q200 ${bottom + 8} ${L} ${ly}Z`, inner) +
        fp(d`M${L + 3} ${ly + 1}Q200 ${top} ${R - 3} ${ry + 1}Q200 ${top + 16} ${L + 3} ${ly + 1}Z`, '#fffdf8') +
        ellipse(200, bottom - 1, m.w * 0.2, 5, '#c8605f') +
        sp(d`M${L} ${ly}Q200 ${top} ${R} ${ry}Q200 ${bottom + 8} ${L} ${ly}Z`, line, 2.5)
      );
    }
    case 'grimace': {
      const cornerY = y + 4;
      const body = d`M${L} ${cornerY}Q200 ${y - 8} ${R} ${cornerY}Q200 ${y + 20} ${L} ${cornerY}Z`;
      return (
        under(body, 10) +
        fp(body, '#fffdf8') +
        sp(d`M${L + 2} ${cornerY}Q200 ${y + 4} ${R - 2} ${cornerY}M188 ${y - 2}L188 ${y + 12}M200 ${y - 2}L200 ${y + 12}M212 ${y - 2}L212 ${y + 12}`, '#b9b0a6', 1.6) +
        sp(body, line, 3.5)
      );
    }
    case 'shout':
    case 'talk': {
      const top = y - 8;
      const cy = y + 3;
      const bottom = y + m.open;
      const shape = d`M${L} ${cy}Q200 ${top - 6} ${R} ${cy}C${R + 1} ${bottom} ${210} ${bottom + 4} 200 ${bottom + 4}C${190} ${bottom + 4} ${L - 1} ${bottom} ${L} ${cy}Z`;
      return (
        under(shape, 10) +
        fp(shape, inner) +
        fp(d`M${L + 4} ${cy - 1}Q200 ${top - 6} ${R - 4} ${cy - 1}Q200 ${top + 6} ${L + 4} ${cy - 1}Z`, '#fffdf8') +
        (m.kind === 'shout' ? ellipse(200, bottom - 3, m.w * 0.26, 6, '#c8605f') : '') +
        sp(shape, line, 3)
      );
    }
  }
}

function glasses(frame: string): string {
  return (
    `<g fill="#ffffff" fill-opacity=".16" stroke="${frame}" stroke-width="3.5">` +
    `<rect x="145" y="184" width="48" height="32" rx="11"/><rect x="207" y="184" width="48" height="32" rx="11"/></g>` +
    sp('M193 196Q200 191 207 196M145 194L124 190M255 194L276 190', frame, 3.5)
  );
}

function ageLines(age: number, shadow: string): string {
  if (age < 42) return '';
  const soft = age < 56;
  let s = sp('M155 214Q169 220 183 214M217 214Q231 220 245 214', shadow, 2, soft ? ' opacity=".5"' : '');
  s += sp('M176 244Q167 256 172 270M224 244Q233 256 228 270', shadow, 2.2, soft ? ' opacity=".35"' : ' opacity=".6"');
  if (!soft) {
    s += sp('M168 146Q200 138 232 146M174 156Q200 150 226 156', shadow, 2.2, ' opacity=".7"');
    s += sp('M144 196L136 192M144 203L136 205M256 196L264 192M256 203L264 205', shadow, 2);
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// Arms
// ---------------------------------------------------------------------------------------------

function arms(kind: Arms, sleeve: string, skin: string): { body: string; head: string } {
  const rim = darken(sleeve, 0.22);
  switch (kind) {
    case 'crossed':
      return {
        body:
          sp('M96 376Q80 420 86 480M304 376Q320 420 314 480', rim, 3) +
          limb('M66 452L300 420', sleeve, rim, 44) + hand('grip', 314, 410, 8, skin) +
          limb('M334 452L100 420', sleeve, rim, 44) + hand('grip', 86, 410, -8, skin),
        head: '',
      };
    case 'chin':
      return {
        body: '',
        head: limb('M296 540L224 338', sleeve, rim, 40) + hand('chin', 210, 306, -10, skin),
      };
    case 'phone':
      return {
        body: '',
        head:
          limb('M334 540L300 290', sleeve, rim, 40) +
          `<rect x="266" y="168" width="26" height="64" rx="7" fill="#2b2d36" transform="rotate(10 279 200)"/>` +
          hand('fist', 288, 230, 70, skin),
      };
    case 'palm':
      return { body: limb('M322 540L306 372', sleeve, rim, 40) + hand('palm', 304, 340, 6, skin), head: '' };
    case 'heart':
      return { body: limb('M110 540L214 420', sleeve, rim, 42) + hand('flat', 236, 398, -42, skin), head: '' };
    default:
      return { body: '', head: '' };
  }
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

function isFigure(id: string): id is Figure {
  return (FIGURES as readonly string[]).includes(id);
}

/** FNV-1a: a small stable string hash. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The figure to draw: `id` if it names one (case, spaces and underscores forgiven), else a stable
 * pick from `seed` (e.g. the scenario id), so a scenario keeps its face from run to run.
 */
export function figureFor(id: string | undefined, seed: string): Figure {
  if (id) {
    const norm = id.trim().toLowerCase().replace(/[\s_]+/g, '-');
    if (isFigure(norm)) return norm;
  }
  return FIGURES[hash(seed) % FIGURES.length]!;
}

/** A complete standalone SVG document (viewBox 0 0 400 480) of the customer in this mood. */
export function portraitSvg(input: PortraitInput): string {
  const figure = figureFor(input.figure, input.figure);
  const def = FIGURE_DEFS[figure];
  const look = lookFor(input);
  const age = Math.max(16, Math.min(99, Math.round(input.age ?? def.age)));

  const grey = age < 40 ? 0 : age < 50 ? 0.22 : age < 60 ? 0.5 : age < 72 ? 0.78 : 0.92;
  const hair = mix(def.hair, '#d8d5cf', grey);
  const face = mix(def.skin, '#e0473a', look.flush * 0.3);
  const paint: Paint = { skin: def.skin, shadow: darken(def.skin, 0.2), hair };

  // Posture transforms: torso (shoulders), head (tilt, lean, chin), drapes halfway.
  const lift = look.shoulders;
  const headT = (k: number): string => {
    const dy = -lift * (k === 1 ? 0.55 : 0.8) + look.dy * k;
    const s = 1 + (look.scale - 1) * k;
    const parts: string[] = [];
    if (dy) parts.push(`translate(0 ${n(dy)})`);
    if (look.tilt) parts.push(`rotate(${n(look.tilt * k)} 200 300)`);
    if (s !== 1) parts.push(`translate(200 300) scale(${Math.round(s * 1000) / 1000}) translate(-200 -300)`);
    return parts.join(' ');
  };
  const bodyT = lift ? `translate(0 ${n(-lift)})` : '';

  let art = '';
  if (look.back) {
    // Walked out: seen from behind, a step further away.
    const b =
      fp('M26 440L374 440L374 620L26 620Z', def.cloth) + torso(def.cloth) + (def.backBody?.(paint) ?? '') +
      fp(NECK, darken(def.skin, 0.08)) +
      fp(facePath(def.soft ? 74 : 78), def.skin) +
      (def.ears ? ellipse(122, 202, 11, 18, def.skin) + ellipse(278, 202, 11, 18, def.skin) : '') +
      def.backHead(paint);
    const chair = '#b4b7c6';
    art =
      sp('M0 430L400 430', '#d2d3dc', 3) +
      `<rect x="34" y="238" width="104" height="132" rx="18" fill="${chair}"/>` +
      `<rect x="26" y="364" width="122" height="22" rx="9" fill="${darken(chair, 0.12)}"/>` +
      sp('M40 386L36 452M134 386L138 452M88 386L88 446', darken(chair, 0.2), 7) +
      group(b, 'translate(128 66) scale(.76)');
  } else {
    const w = def.soft ? 74 : 78;
    const line = darken(def.skin, 0.55);
    const browCol = mix(def.hair, '#bdb7ae', grey * 0.8);
    const a = arms(look.arms, def.cloth, def.skin);
    const headless =
      fp(NECK, def.skin) + fp('M174 280Q200 312 226 280L226 300Q200 326 174 300Z', darken(def.skin, 0.14));
    const ears = def.ears
      ? ellipse(200 - w, 202, 11, 18, face) + ellipse(200 + w, 202, 11, 18, face) +
        sp(d`M${200 - w + 3} 194Q${200 - w - 4} 202 ${200 - w + 3} 212M${200 + w - 3} 194Q${200 + w + 4} 202 ${200 + w - 3} 212`, paint.shadow, 2.5)
      : '';
    const raise = look.brow.asym;
    const features =
      eye(169, -1, look.eye, face, def.iris ?? '#4a2c1c', line) +
      eye(231, 1, look.eye, face, def.iris ?? '#4a2c1c', line) +
      (look.flush > 0.1 ? ellipse(158, 240, 19, 10, '#e0473a', ` opacity="${n(look.flush * 0.35)}"`) + ellipse(242, 240, 19, 10, '#e0473a', ` opacity="${n(look.flush * 0.35)}"`) : '') +
      (look.blush ? ellipse(156, 238, 17, 9, '#f08a7a', ' opacity=".35"') + ellipse(244, 238, 17, 9, '#f08a7a', ' opacity=".35"') : '') +
      sp('M197 206Q193 226 188 233Q195 240 207 235', paint.shadow, 3.5) +
      ageLines(age, paint.shadow) +
      (look.crease ? sp(look.crease > 1 ? 'M195 178Q192 186 195 194M205 178Q208 186 205 194' : 'M200 180L200 192', paint.shadow, 2.5) : '') +
      (def.beard?.(paint) ?? '') +
      mouthSvg(look.mouth, face, def.fullBeard ? mix(def.skin, '#b0524c', 0.45) : '') +
      brow(169, -1, look.brow, -raise * 0.25, browCol, def.soft ? 6 : 7.5) +
      brow(231, 1, look.brow, raise, browCol, def.soft ? 6 : 7.5) +
      (def.glasses || age >= 60 ? glasses(age >= 60 ? '#5b4a3e' : '#2c2a2a') : '');
    const head = ears + fp(facePath(w), face) + features + def.top(paint);

    art =
      group((def.behind?.(paint) ?? ''), headT(0.5)) +
      group(def.body(paint) + headless, bodyT) +
      group(def.drape?.(paint) ?? '', headT(0.5)) +
      group(head + a.head, headT(1)) +
      group(a.body, bodyT);
  }

  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 480" width="400" height="480" role="img" stroke-linecap="round" stroke-linejoin="round">' +
    (input.bare ? '' : `<rect width="400" height="480" fill="${look.bg}"/>` + circle(200, 250, 170, '#ffffff', ' opacity=".35"')) +
    art +
    '</svg>'
  );
}
