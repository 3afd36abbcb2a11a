// Renders images/icon.svg to images/icon.png (128×128) with the system chromium.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from './tools.mjs';

const svg = readFileSync(new URL('../../images/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.locator('svg').screenshot({ path: new URL('../../images/icon.png', import.meta.url).pathname, omitBackground: true });
await browser.close();
