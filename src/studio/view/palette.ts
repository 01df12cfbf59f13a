// Colours of the canvas: Okabe–Ito hues (safe for the common colour-vision deficiencies) over a dark ground.
import { STATE_NAMES } from '../run/displayStates';

export type Rgb = readonly [number, number, number];

/** Member fill by state code: unaware, exposed, shared, complaint. */
export const STATE_COLORS: readonly string[] = ['#5c6878', '#56b4e9', '#f0e442', '#d55e00'];
export const STATE_LABELS: readonly string[] = ['unaware', 'seen it', 'shared', 'complaint'];
export const STATE_HINTS: readonly string[] = [
  'has not seen the item',
  'saw the item and has not passed it on',
  'passed the item on',
  'passed a complaint on (an item of negative valence)',
];

export const COLORS = {
  background: '#0d1117',
  tie: '#8b9bb4',
  pulse: '#ffffff',
  path: '#cc79a7',
  below: '#009e73',
  seedRing: '#ffffff',
  /** Ties made during the run (introductions). */
  madeTie: '#e69f00',
} as const;

export function hexToRgb(hex: string): Rgb {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** Unit-range RGB triples per state, ready for a vertex buffer. */
export function stateRgbUnit(): Float32Array {
  const out = new Float32Array(STATE_COLORS.length * 3);
  STATE_COLORS.forEach((hex, s) => {
    const [r, g, b] = hexToRgb(hex);
    out[s * 3] = r / 255;
    out[s * 3 + 1] = g / 255;
    out[s * 3 + 2] = b / 255;
  });
  return out;
}

if (STATE_COLORS.length !== STATE_NAMES.length) throw new Error('studio/palette: one colour per member state');
