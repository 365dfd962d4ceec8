/**
 * CMYK on screen as the proof PDF shows it: the same conversion poppler (pdftoppm) and Acrobat
 * use for DeviceCMYK without a profile, a weighted blend of the 16 ink corners (100 % K is a
 * newsprint-like dark grey, not pure black). One function for fills and image pixels alike.
 */

/** Red, green and blue (0–255) of the corners, indexed by the bits c m y k. */
const CORNERS: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, 1], [0.1373, 0.1216, 0.1255], [1, 0.949, 0], [0.1098, 0.102, 0],
  [0.9255, 0, 0.549], [0.1412, 0, 0], [0.9294, 0.1098, 0.1412], [0.1333, 0, 0],
  [0, 0.6784, 0.9373], [0, 0.0588, 0.1412], [0, 0.651, 0.3137], [0, 0.0745, 0],
  [0.1804, 0.1922, 0.5725], [0, 0, 0.0078], [0.2118, 0.2119, 0.2235], [0, 0, 0],
];

/** Inks 0–1 each → red, green, blue 0–255. */
export function cmykToRgb(c: number, m: number, y: number, k: number): [number, number, number] {
  let r = 0;
  let g = 0;
  let b = 0;
  for (let bits = 0; bits < 16; bits++) {
    const w = (bits & 8 ? c : 1 - c) * (bits & 4 ? m : 1 - m) * (bits & 2 ? y : 1 - y) * (bits & 1 ? k : 1 - k);
    if (w === 0) continue;
    const corner = CORNERS[bits] as readonly [number, number, number];
    r += w * corner[0];
    g += w * corner[1];
    b += w * corner[2];
  }
  const byte = (v: number): number => Math.round(Math.min(1, Math.max(0, v)) * 255);
  return [byte(r), byte(g), byte(b)];
}

/** A display-list colour (percent inks) as CSS. */
export function cssColour(cmyk: readonly number[]): string {
  const [c = 0, m = 0, y = 0, k = 0] = cmyk;
  const [r, g, b] = cmykToRgb(c / 100, m / 100, y / 100, k / 100);
  return `rgb(${r},${g},${b})`;
}

/** CMYK pixels (0–255 ink each, 4 bytes a pixel) → RGB pixels, 3 bytes a pixel. */
export function cmykPixelsToRgb(cmyk: Uint8Array): Uint8Array {
  const out = new Uint8Array((cmyk.length / 4) * 3);
  const memo = new Map<number, [number, number, number]>();
  for (let i = 0, o = 0; i < cmyk.length; i += 4, o += 3) {
    const key = ((cmyk[i] as number) << 24) | ((cmyk[i + 1] as number) << 16) | ((cmyk[i + 2] as number) << 8) | (cmyk[i + 3] as number);
    let rgb = memo.get(key);
    if (!rgb) {
      rgb = cmykToRgb((cmyk[i] as number) / 255, (cmyk[i + 1] as number) / 255, (cmyk[i + 2] as number) / 255, (cmyk[i + 3] as number) / 255);
      if (memo.size < 1 << 16) memo.set(key, rgb);
    }
    out[o] = rgb[0];
    out[o + 1] = rgb[1];
    out[o + 2] = rgb[2];
  }
  return out;
}
