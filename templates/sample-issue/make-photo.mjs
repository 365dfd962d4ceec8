// Draws the sample issue's photo (metro-line5.png): a metro train crossing a river bridge at
// dawn, procedurally, and writes it as an RGB PNG with node:zlib. Run: node make-photo.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const W = 1200;
const H = 680;
const px = Buffer.alloc(W * H * 3);
const set = (x, y, [r, g, b]) => {
  const i = (y * W + x) * 3;
  px[i] = r; px[i + 1] = g; px[i + 2] = b;
};
const mix = (a, b, t) => a.map((v, i) => Math.round(v + (b[i] - v) * t));

for (let y = 0; y < H; y++) {
  for (let x = 0; x < W; x++) {
    const horizon = 400 + 30 * Math.sin(x / 140) + 18 * Math.sin(x / 37);
    let c;
    if (y < horizon - 80 + 40 * Math.sin(x / 90 + 1)) c = mix([255, 196, 140], [120, 160, 210], 1 - y / 400); // sky
    else if (y < horizon) c = mix([90, 110, 120], [60, 80, 90], (y - horizon + 80) / 80); // hills
    else c = mix([70, 110, 140], [30, 60, 90], (y - horizon) / (H - horizon)); // river
    if (y > horizon && (x + y * 3) % 97 < 3) c = mix(c, [250, 220, 180], 0.5); // ripples
    set(x, y, c);
  }
}
const fill = (x0, y0, x1, y1, c) => {
  for (let y = Math.max(0, y0); y < Math.min(H, y1); y++) for (let x = Math.max(0, x0); x < Math.min(W, x1); x++) set(x, y, c);
};
fill(0, 352, W, 370, [70, 70, 75]); // bridge deck
for (let x = 60; x < W; x += 180) fill(x, 370, x + 24, 560, [80, 80, 85]); // piers
fill(180, 300, 1020, 352, [225, 230, 235]); // train body
fill(180, 336, 1020, 344, [200, 40, 50]); // livery stripe
for (let x = 200; x < 1000; x += 60) fill(x, 310, x + 40, 330, [50, 70, 100]); // windows
for (let x = 330; x < 1020; x += 210) fill(x, 300, x + 4, 352, [120, 120, 125]); // car joints

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc(body));
  return Buffer.concat([len, body, sum]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(W, 0);
ihdr.writeUInt32BE(H, 4);
ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
const raw = Buffer.alloc((W * 3 + 1) * H);
for (let y = 0; y < H; y++) px.copy(raw, y * (W * 3 + 1) + 1, y * W * 3, (y + 1) * W * 3);
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(new URL('./metro-line5.png', import.meta.url), png);
