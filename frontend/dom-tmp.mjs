import { chromium } from 'playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true })).newPage();
await page.goto(process.argv[2], { waitUntil: 'networkidle' });
const html = await page.evaluate(() => document.getElementById('root').innerHTML);
console.log(html.slice(0, Number(process.argv[3] || 4000)));
const boxes = await page.evaluate(() => [...document.querySelectorAll('h1, .lead, header, main')].map((e) => `${e.tagName}.${e.className} ${JSON.stringify(e.getBoundingClientRect())}`));
console.log(boxes.join('\n'));
await browser.close();
