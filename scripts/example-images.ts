/**
 * Draws the example site's images (content/img/): an article hero, three staff portraits and two
 * fictional insurers' logos. All are illustrations drawn here as SVG and rasterised with sharp, so
 * the example carries no copied photos. Usage: tsx scripts/example-images.ts
 */
import { writeFile } from "node:fs/promises";
import sharp from "sharp";

const OUT = "content/img";

/** A calm room at dawn: window, plant, armchair, the light of a treatment room. 1600 × 900. */
const hero = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f6d7b0"/><stop offset="1" stop-color="#fbeee0"/></linearGradient>
<linearGradient id="wall" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#d9ebe6"/><stop offset="1" stop-color="#c4ddd6"/></linearGradient></defs>
<rect width="1600" height="900" fill="url(#wall)"/>
<rect x="880" y="120" width="520" height="460" rx="12" fill="url(#sky)" stroke="#8fb5aa" stroke-width="18"/>
<line x1="1140" y1="120" x2="1140" y2="580" stroke="#8fb5aa" stroke-width="12"/>
<circle cx="1010" cy="420" r="70" fill="#f3b27a" opacity=".8"/>
<path d="M880 520 Q1000 430 1140 500 T1400 470 V580 H880 Z" fill="#9cc3a5"/>
<rect y="700" width="1600" height="200" fill="#b7a48a"/>
<rect x="250" y="430" width="460" height="300" rx="60" fill="#0f5f5c"/>
<rect x="210" y="560" width="540" height="170" rx="50" fill="#17736f"/>
<rect x="250" y="720" width="40" height="80" fill="#5d4a36"/><rect x="670" y="720" width="40" height="80" fill="#5d4a36"/>
<rect x="1280" y="620" width="120" height="110" rx="10" fill="#c8643c"/>
<path d="M1340 620 C1290 520 1250 470 1200 440 M1340 620 C1350 520 1380 460 1420 430 M1340 620 C1320 540 1330 480 1340 400" stroke="#3f7d4f" stroke-width="16" fill="none" stroke-linecap="round"/>
<ellipse cx="1200" cy="440" rx="40" ry="18" fill="#5a9a62"/><ellipse cx="1420" cy="430" rx="40" ry="18" fill="#5a9a62"/><ellipse cx="1340" cy="400" rx="18" ry="40" fill="#5a9a62"/>
<rect x="820" y="640" width="200" height="20" rx="8" fill="#7a6450"/><rect x="900" y="660" width="40" height="80" fill="#7a6450"/>
<rect x="850" y="600" width="60" height="40" rx="6" fill="#f4f1ea"/>
</svg>`;

/** A head-and-shoulders portrait drawn from a few shapes: hair behind the face, then a fringe over it. 600 × 600. */
function portrait(skin: string, hair: string, shirt: string, background: string, back: string, fringe: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600">
<rect width="600" height="600" fill="${background}"/>
<path d="${back}" fill="${hair}"/>
<path d="M90 600 C110 450 200 400 300 400 S490 450 510 600 Z" fill="${shirt}"/>
<rect x="262" y="330" width="76" height="90" rx="30" fill="${skin}"/>
<ellipse cx="300" cy="255" rx="108" ry="128" fill="${skin}"/>
<path d="${fringe}" fill="${hair}"/>
<circle cx="258" cy="262" r="10" fill="#2b2b2b"/><circle cx="342" cy="262" r="10" fill="#2b2b2b"/>
<path d="M262 320 Q300 345 338 320" stroke="#7a3b2e" stroke-width="8" fill="none" stroke-linecap="round"/>
</svg>`;
}

const people = {
  "priya-raman": portrait("#b57a55", "#1f1a17", "#2f5d8a", "#e4eef6",
    "M170 250 C160 90 440 90 430 250 L440 450 L160 450 Z",
    "M190 225 C200 120 400 120 410 225 C360 170 260 160 190 225 Z"),
  "jordan-whitfield": portrait("#f0c9a4", "#8a5a2b", "#5b7f3a", "#eef3e4",
    "M188 240 C180 110 420 110 412 240 Z",
    "M190 215 C200 110 400 100 412 215 C380 180 300 150 230 185 Z"),
  "marisol-ortega": portrait("#d39a6c", "#3a2418", "#8a3f5f", "#f6e8ee",
    "M180 260 C165 110 435 110 420 260 L415 330 L185 330 Z M300 60 A45 45 0 1 1 299 60 Z",
    "M192 230 C195 125 405 125 408 230 C380 165 250 150 192 230 Z"),
};

/** Fictional insurers' logos: a wordmark as SVG (passed through) and a mark as PNG (converted). */
const harborline = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="64" viewBox="0 0 240 64">
<path d="M8 44 Q20 30 32 44 T56 44" stroke="#1d4e89" stroke-width="6" fill="none" stroke-linecap="round"/>
<path d="M8 30 Q20 16 32 30 T56 30" stroke="#3f8fcf" stroke-width="6" fill="none" stroke-linecap="round"/>
<text x="66" y="42" font-family="sans-serif" font-size="24" font-weight="700" fill="#1d4e89">Harborline</text>
</svg>`;
const sierra = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="128" viewBox="0 0 480 128">
<path d="M16 112 L64 24 L92 72 L112 44 L152 112 Z" fill="#5a3e85"/><path d="M64 24 L76 46 L52 46 Z" fill="#ffffff"/>
<text x="170" y="82" font-family="sans-serif" font-size="48" font-weight="700" fill="#5a3e85">Sierra Mutual</text>
</svg>`;

await sharp(Buffer.from(hero)).jpeg({ quality: 90 }).toFile(`${OUT}/ketamine-therapy-room.jpg`);
for (const [name, svg] of Object.entries(people)) await sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toFile(`${OUT}/people/${name}.jpg`);
await writeFile(`${OUT}/insurers/harborline-health.svg`, harborline);
await sharp(Buffer.from(sierra)).png().toFile(`${OUT}/insurers/sierra-mutual.png`);
console.log(`Wrote the example images into ${OUT}/`);
