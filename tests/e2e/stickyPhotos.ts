/**
 * Photos of sticky walls made on the spot for the photo tests and the recognition benchmark: text drawn in
 * Chromium's canvas with fonts installed on the machine (DejaVu Sans for print, DejaVu Sans Bold in capitals for
 * block letters), each sticky turned a little, camera noise and light falling off across the wall. Nothing is
 * checked in: the same seed draws the same photo. `withExifGps` then writes into a JPEG the EXIF block a phone
 * writes, with a GPS position, to prove the app leaves it behind.
 */
import type { Page } from '@playwright/test';

export interface StickyPhotoSpec {
  lines: string[];
  style: 'printed' | 'block';
  /** Largest turn of a sticky, in degrees (each sticky gets a turn up to this, left or right). */
  rotation: number;
  /** Camera noise: the largest change of a pixel's brightness, 0–255. */
  noise: number;
  /** How much darker the far corner is than the lit one, 0–1. */
  shade: number;
  width?: number;
  height?: number;
  seed?: number;
}

const DRAW_WALL = `(s) => {
    const width = s.width ?? 1600;
    const height = s.height ?? 1200;
    let seed = s.seed ?? 7;
    const random = () => {
      seed = (seed * 1664525 + 1013904223) % 4294967296;
      return seed / 4294967296;
    };
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const g = canvas.getContext('2d');
    g.fillStyle = '#d9d4c7';
    g.fillRect(0, 0, width, height);
    const columns = s.lines.length > 4 ? 2 : 1;
    const rows = Math.ceil(s.lines.length / columns);
    const cellW = width / columns;
    const cellH = height / rows;
    const font = s.style === 'block' ? 'bold' : 'normal';
    s.lines.forEach((raw, i) => {
      const text = s.style === 'block' ? raw.toUpperCase() : raw;
      const cx = (i % columns) * cellW + cellW / 2;
      const cy = Math.floor(i / columns) * cellH + cellH / 2;
      let size = cellH * 0.3;
      g.font = font + ' ' + size + 'px "DejaVu Sans"';
      while (g.measureText(text).width > cellW * 0.82 && size > 10) {
        size -= 2;
        g.font = font + ' ' + size + 'px "DejaVu Sans"';
      }
      g.save();
      g.translate(cx, cy);
      g.rotate((((random() * 2 - 1) * s.rotation) / 180) * Math.PI);
      g.fillStyle = ['#fff59d', '#ffd0e0', '#c8f7c5', '#fff59d'][i % 4];
      g.fillRect(-cellW * 0.45, -cellH * 0.4, cellW * 0.9, cellH * 0.8);
      g.fillStyle = '#1f2430';
      g.textAlign = 'center';
      g.textBaseline = 'middle';
      g.fillText(text, 0, 0);
      g.restore();
    });
    const image = g.getImageData(0, 0, width, height);
    const px = image.data;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const light = 1 - s.shade * ((x / width + y / height) / 2);
        const grain = (random() * 2 - 1) * s.noise;
        const at = (y * width + x) * 4;
        for (let c = 0; c < 3; c++) px[at + c] = Math.max(0, Math.min(255, px[at + c] * light + grain));
      }
    }
    g.putImageData(image, 0, 0);
    return canvas.toDataURL('image/jpeg', 0.92);
}`;

/** Draws the wall in the page's canvas and returns it as JPEG bytes (quality 0.92, as a phone saves). */
export async function renderStickyPhoto(page: Page, spec: StickyPhotoSpec): Promise<Buffer> {
  // Sent as source text: the page runs it as written, whatever transform the caller's runner applies.
  const dataUrl = (await page.evaluate(`(${DRAW_WALL})(${JSON.stringify(spec)})`)) as string;
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

/** Latitude 45° 25' 17.1" N, longitude 75° 41' 42.6" W, as EXIF rationals: what the tests look for afterwards. */
export const GPS_LATITUDE = [45, 1, 25, 1, 171, 10];

/** The JPEG with an APP1 EXIF block (big-endian TIFF: IFD0 with a GPS pointer, a GPS IFD with a latitude). */
export function withExifGps(jpeg: Buffer): Buffer {
  const tiff = Buffer.alloc(8 + 18 + 4 + 30 + 24);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  // IFD0: one entry, GPSInfo (0x8825, LONG) pointing at the GPS IFD.
  tiff.writeUInt16BE(1, 8);
  tiff.writeUInt16BE(0x8825, 10);
  tiff.writeUInt16BE(4, 12);
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt32BE(30, 18);
  tiff.writeUInt32BE(0, 22);
  // GPS IFD at 30: GPSLatitudeRef "N" and GPSLatitude (3 RATIONALs at 60).
  tiff.writeUInt16BE(2, 30);
  tiff.writeUInt16BE(1, 32);
  tiff.writeUInt16BE(2, 34);
  tiff.writeUInt32BE(2, 36);
  tiff.write('N\0', 40, 'latin1');
  tiff.writeUInt16BE(2, 44);
  tiff.writeUInt16BE(5, 46);
  tiff.writeUInt32BE(3, 48);
  tiff.writeUInt32BE(60, 52);
  tiff.writeUInt32BE(0, 56);
  GPS_LATITUDE.forEach((value, i) => tiff.writeUInt32BE(value, 60 + i * 4));
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.from([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff]);
  return Buffer.concat([jpeg.subarray(0, 2), header, body, jpeg.subarray(2)]);
}
