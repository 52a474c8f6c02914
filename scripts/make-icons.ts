/**
 * `node scripts/make-icons.ts`: draws the app icons in public/ (icon-192.png, icon-512.png) from
 * the logo, with headless Chromium. Run it again only when the logo changes; the PNGs are kept in
 * the repository.
 */
import { chromium } from '@playwright/test';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  // The logo on a white tile, with room around it so that a round mask keeps it whole.
  await page.setContent(`<body style="margin:0;background:#fff;display:grid;place-items:center;height:100vh">
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${size * 0.62}" height="${size * 0.62}">
      <circle cx="16" cy="16" r="13" fill="none" stroke="#0b5cad" stroke-width="4"/><circle cx="16" cy="16" r="5" fill="#1a7f37"/>
    </svg></body>`);
  await page.screenshot({ path: `public/icon-${size}.png` });
  await page.close();
}
await browser.close();
console.log('public/icon-192.png, public/icon-512.png');
