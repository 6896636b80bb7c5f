/**
 * Makes the sample site's one photograph, content/culture/skerry-head-at-dusk.jpg: Skerry Head
 * lighthouse against a dusk sky, drawn as an SVG, softened, grained and saved as a camera
 * would (2400 × 1600 JPEG, quality 88), so the sample site has a real-sized raster photo for
 * responsive images and Lighthouse to work on. Skerry Bay is invented, and so is its photo: made
 * here, owned by the project, the same bytes on every run (a seeded generator, one sharp version).
 *
 *   node --import tsx bench/sample-photo.ts [OUT]
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";

const width = 2400;
const height = 1600;
const horizon = Math.round(height * 0.6);

/** mulberry32: a small seeded generator, so the photo is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function scene(rnd: () => number): string {
  const clouds = Array.from({ length: 14 }, () => {
    const cx = rnd() * width;
    const cy = height * (0.08 + rnd() * 0.38);
    return `<ellipse cx="${cx.toFixed(0)}" cy="${cy.toFixed(0)}" rx="${(180 + rnd() * 420).toFixed(0)}" ry="${(18 + rnd() * 40).toFixed(0)}" fill="#2b2440" opacity="${(0.25 + rnd() * 0.35).toFixed(2)}" filter="url(#soft)"/>`;
  }).join("");
  const ripples = Array.from({ length: 160 }, () => {
    const y = horizon + 6 + rnd() ** 1.6 * (height - horizon);
    const x = rnd() * width;
    const w = 40 + rnd() * 260 * (1 + (y - horizon) / 300);
    const near = 1 - Math.abs(x - width * 0.68) / width;
    return `<rect x="${(x - w / 2).toFixed(0)}" y="${y.toFixed(0)}" width="${w.toFixed(0)}" height="${(1 + (y - horizon) / 160).toFixed(1)}" fill="#f3b27a" opacity="${(0.08 + near * 0.3 * rnd()).toFixed(2)}"/>`;
  }).join("");
  // the headland: a ragged silhouette rising from the sea on the left
  const ridge = [`0,${horizon + 40}`];
  for (let x = 0; x <= 1100; x += 50) ridge.push(`${x},${Math.min(horizon + 4, horizon - 150 + Math.sin(x / 190) * 40 - (x < 700 ? 40 : (x - 700) * -0.45) + rnd() * 18).toFixed(0)}`);
  ridge.push(`1160,${horizon + 4}`, `1160,${horizon + 8}`, `0,${horizon + 8}`);
  const towerX = 520;
  const towerBase = horizon - 160;
  const towerTop = towerBase - 430;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#141c38"/><stop offset="0.45" stop-color="#3b3f6b"/>
      <stop offset="0.78" stop-color="#b56a5c"/><stop offset="1" stop-color="#f2a65e"/>
    </linearGradient>
    <linearGradient id="sea" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#4d4660"/><stop offset="1" stop-color="#0b0f1c"/>
    </linearGradient>
    <radialGradient id="sun" cx="0.68" cy="${(horizon / height).toFixed(3)}" r="0.35">
      <stop offset="0" stop-color="#ffd9a0" stop-opacity="0.95"/><stop offset="0.25" stop-color="#f7a35c" stop-opacity="0.45"/>
      <stop offset="1" stop-color="#f7a35c" stop-opacity="0"/>
    </radialGradient>
    <radialGradient id="lamp"><stop offset="0" stop-color="#fffbe8"/><stop offset="0.3" stop-color="#ffe79a" stop-opacity="0.8"/><stop offset="1" stop-color="#ffd36a" stop-opacity="0"/></radialGradient>
    <linearGradient id="beam" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#fff3c4" stop-opacity="0.55"/><stop offset="1" stop-color="#fff3c4" stop-opacity="0"/></linearGradient>
    <filter id="soft"><feGaussianBlur stdDeviation="14"/></filter>
    <filter id="glow"><feGaussianBlur stdDeviation="6"/></filter>
  </defs>
  <rect width="${width}" height="${horizon}" fill="url(#sky)"/>
  ${clouds}
  <rect y="${horizon}" width="${width}" height="${height - horizon}" fill="url(#sea)"/>
  <rect width="${width}" height="${height}" fill="url(#sun)"/>
  <ellipse cx="${width * 0.68}" cy="${horizon + 260}" rx="70" ry="300" fill="#f6b070" opacity="0.35" filter="url(#soft)"/>
  ${ripples}
  <polygon points="${ridge.join(" ")}" fill="#0d0c16"/>
  <rect x="${towerX - 170}" y="${towerBase - 50}" width="150" height="60" fill="#100e18"/>
  <polygon points="${towerX - 185},${towerBase - 50} ${towerX - 95},${towerBase - 95} ${towerX - 5},${towerBase - 50}" fill="#100e18"/>
  <rect x="${towerX - 140}" y="${towerBase - 30}" width="18" height="16" fill="#f5c46a" opacity="0.85"/>
  <rect x="${towerX - 70}" y="${towerBase - 30}" width="18" height="16" fill="#f5c46a" opacity="0.6"/>
  <polygon points="${towerX + 20},${towerBase} ${towerX + 100},${towerBase} ${towerX + 82},${towerTop} ${towerX + 38},${towerTop}" fill="#120f1a"/>
  <rect x="${towerX + 22}" y="${towerTop - 12}" width="76" height="12" fill="#120f1a"/>
  <polygon points="${towerX + 60},${towerTop - 20} ${width},${towerTop - 170} ${width},${towerTop + 120}" fill="url(#beam)" filter="url(#glow)"/>
  <circle cx="${towerX + 60}" cy="${towerTop - 32}" r="90" fill="url(#lamp)"/>
  <rect x="${towerX + 40}" y="${towerTop - 46}" width="40" height="28" fill="#fff6d2"/>
  <polygon points="${towerX + 34},${towerTop - 48} ${towerX + 60},${towerTop - 74} ${towerX + 86},${towerTop - 48}" fill="#120f1a"/>
</svg>`;
}

/** The photo's bytes: the scene softened, with film grain and a vignette, as a camera's JPEG. */
export async function samplePhoto(): Promise<Buffer> {
  const rnd = random(1887);
  const drawn = await sharp(Buffer.from(scene(rnd))).blur(1.6).removeAlpha().raw().toBuffer();
  const out = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const dx = x / width - 0.5;
      const dy = y / height - 0.5;
      const vignette = 1 - 0.55 * (dx * dx + dy * dy);
      const grain = (rnd() + rnd() + rnd() - 1.5) * 14;
      for (let c = 0; c < 3; c++) out[i + c] = Math.max(0, Math.min(255, Math.round((drawn[i + c] as number) * vignette + grain)));
    }
  return sharp(out, { raw: { width, height, channels: 3 } }).jpeg({ quality: 88 }).withMetadata({ density: 300 }).toBuffer();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv[2] ?? join(import.meta.dirname, "..", "content", "culture", "skerry-head-at-dusk.jpg");
  const bytes = await samplePhoto();
  writeFileSync(path, bytes);
  console.log(`${path}: ${width}×${height}, ${(bytes.length / 1024).toFixed(0)} KiB`);
}
