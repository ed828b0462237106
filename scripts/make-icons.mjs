#!/usr/bin/env node
// Draws the Tidings icons (icons/icon-{16,32,48,128}.png): a deep-teal rounded square with a white
// "T" whose stem divides two columns of text lines. Pure Node: shapes are sampled 4×4 per pixel for
// anti-aliasing and written by a tiny PNG encoder (zlib + CRC-32). Usage: node scripts/make-icons.mjs
import { deflateSync } from "node:zlib";
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 48, 128];
const TEAL_TOP = [18, 128, 118];
const TEAL_BOTTOM = [10, 82, 76];
const WHITE = [255, 255, 255];

/** Signed-distance test for a rounded rectangle in unit coordinates. */
function inRoundRect(x, y, [x0, y0, x1, y1], r) {
  const cx = Math.max(x0 + r, Math.min(x, x1 - r));
  const cy = Math.max(y0 + r, Math.min(y, y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** The drawing: returns [r, g, b, a] (0–255, a 0–1) at a unit-square point. Small sizes get fewer lines. */
function shade(x, y, size) {
  if (!inRoundRect(x, y, [0.02, 0.02, 0.98, 0.98], 0.22)) return null;
  const t = y;
  const teal = TEAL_TOP.map((c, i) => c + (TEAL_BOTTOM[i] - c) * t);
  const bar = inRoundRect(x, y, [0.2, 0.2, 0.8, 0.33], 0.04);
  const stem = inRoundRect(x, y, [0.435, 0.2, 0.565, 0.8], 0.04);
  if (bar || stem) return [...WHITE, 1];
  const rows = size < 32 ? [0.5, 0.68] : [0.45, 0.57, 0.69];
  const h = size < 32 ? 0.1 : 0.065;
  for (const [i, top] of rows.entries()) {
    const short = i === rows.length - 1 ? 0.06 : 0;
    const left = inRoundRect(x, y, [0.2, top, 0.375 - short, top + h], h / 2);
    const right = inRoundRect(x, y, [0.625, top, 0.8 - short, top + h], h / 2);
    if (left || right) return [...WHITE.map((c, k) => Math.round(c * 0.78 + teal[k] * 0.22)), 1];
  }
  return [...teal.map(Math.round), 1];
}

function render(size) {
  const px = new Uint8Array(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let pxX = 0; pxX < size; pxX++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = shade((pxX + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size, size);
          if (!c) continue;
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const o = (py * size + pxX) * 4;
      if (a > 0) [px[o], px[o + 1], px[o + 2]] = [r / a, g / a, b / a].map(Math.round);
      px[o + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.subarray(y * size * 4, (y + 1) * size * 4)).copy(raw, y * (size * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const dir = fileURLToPath(new URL("../icons/", import.meta.url));
await mkdir(dir, { recursive: true });
for (const size of SIZES) {
  await writeFile(`${dir}icon-${size}.png`, encodePng(size, render(size)));
}
console.log(`wrote ${SIZES.map((s) => `icons/icon-${s}.png`).join(", ")}`);
