// Makes the document icons the file associations name (build/panelpkg.{png,ico,icns},
// build/scores.{png,ico,icns}) from build/icon.png: a page with the app mark on it. Run by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, loadImage } from '@napi-rs/canvas';

const here = dirname(fileURLToPath(import.meta.url));
const mark = await loadImage(readFileSync(join(here, 'icon.png')));

/** A page of `size` px with the app mark and a coloured band naming the file kind. */
function page(size, band, label) {
  const canvas = createCanvas(size, size);
  const g = canvas.getContext('2d');
  const s = size / 512;
  const fold = 110 * s;
  const left = 72 * s, right = 440 * s, top = 24 * s, bottom = 488 * s;
  g.fillStyle = '#ffffff';
  g.strokeStyle = '#1f4e79';
  g.lineWidth = Math.max(1, 14 * s);
  g.beginPath();
  g.moveTo(left, top);
  g.lineTo(right - fold, top);
  g.lineTo(right, top + fold);
  g.lineTo(right, bottom);
  g.lineTo(left, bottom);
  g.closePath();
  g.fill();
  g.stroke();
  g.beginPath();
  g.moveTo(right - fold, top);
  g.lineTo(right - fold, top + fold);
  g.lineTo(right, top + fold);
  g.stroke();
  g.drawImage(mark, 140 * s, 150 * s, 232 * s, 232 * s);
  g.fillStyle = band;
  g.fillRect(left + 7 * s, 400 * s, right - left - 14 * s, 80 * s);
  if (size >= 48) {
    g.fillStyle = '#ffffff';
    g.font = `bold ${Math.round(54 * s)}px sans-serif`;
    g.textAlign = 'center';
    g.textBaseline = 'middle';
    g.fillText(label, 256 * s, 442 * s);
  }
  return canvas.toBuffer('image/png');
}

/** An .ico whose entries are PNGs (Windows Vista and later), one per size; 256 is written as 0. */
function ico(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.png)]);
}

/** An .icns of PNG entries: ic07 (128), ic08 (256), ic09 (512). */
function icns(pngs) {
  const types = { 128: 'ic07', 256: 'ic08', 512: 'ic09' };
  const entries = pngs.map(({ size, png }) => {
    const head = Buffer.alloc(8);
    head.write(types[size], 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(entries);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

for (const [name, band, label] of [
  ['panelpkg', '#1f4e79', 'PACKAGE'],
  ['scores', '#b7791f', 'SCORES'],
]) {
  const at = (size) => ({ size, png: page(size, band, label) });
  writeFileSync(join(here, `${name}.png`), page(512, band, label));
  writeFileSync(join(here, `${name}.ico`), ico([16, 32, 48, 256].map(at)));
  writeFileSync(join(here, `${name}.icns`), icns([128, 256, 512].map(at)));
}
