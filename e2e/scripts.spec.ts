// Thai, Japanese and Arabic feedback is drawn in the queue on a machine with no fonts for those scripts (this
// one has none for Thai or Japanese). Each text cell is photographed twice: as it is, and with every character
// swapped for one no font has (U+E000, drawn as the missing-glyph box). Without the bundled faces the two
// pictures are the same boxes; with them they differ. Arabic also has a system face here (DejaVu Sans), so every
// script must in addition be drawn by its bundled Noto face.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ElementHandle, Page } from '@playwright/test';
import { ARTIFACTS, expect, test } from './console-fixture';

const SCRIPTS = [
  { lang: 'th', word: 'ล่าช้า', face: 'Noto Sans Thai', letters: '\\p{Script=Thai}' },
  { lang: 'ja', word: '遅れて', face: 'Noto Sans JP', letters: '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef]' },
  { lang: 'ar', word: 'الطلب', face: 'Noto Sans Arabic', letters: '\\p{Script=Arabic}' },
] as const;

async function search(page: Page, text: string) {
  const box = page.getByRole('searchbox', { name: 'Search feedback' });
  await box.fill(text);
  await box.press('Enter');
}

/** The share of pixels that differ between two PNG pictures of the same size, compared on a blank page. */
async function differingShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  const scratch = await page.context().newPage();
  try {
    return await scratch.evaluate(
      async ([first, second]) => {
        const pixels = async (base64: string) => {
          const image = new Image();
          image.src = `data:image/png;base64,${base64}`;
          await image.decode();
          const canvas = new OffscreenCanvas(image.width, image.height);
          const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, image.width, image.height);
        };
        const [x, y] = [await pixels(first), await pixels(second)];
        if (x.width !== y.width || x.height !== y.height) return 1;
        let differing = 0;
        for (let i = 0; i < x.data.length; i += 4) {
          const delta = Math.abs(x.data[i]! - y.data[i]!) + Math.abs(x.data[i + 1]! - y.data[i + 1]!) + Math.abs(x.data[i + 2]! - y.data[i + 2]!);
          if (delta > 48) differing++;
        }
        return differing / (x.width * y.height);
      },
      [a.toString('base64'), b.toString('base64')] as const,
    );
  } finally {
    await scratch.close();
  }
}

/** The cell's text as drawn, and the same text with a missing-glyph box for each letter of the script (the Latin
 * words and digits in it stay, so only the script's own letters can make the two pictures differ). */
async function drawnAndBoxes(text: ElementHandle<HTMLElement>, name: string, letters: string): Promise<[Buffer, Buffer]> {
  const drawn = await text.screenshot({ path: path.join(ARTIFACTS, `script-${name}.png`) });
  await text.evaluate((span, pattern) => {
    const letter = new RegExp(pattern, 'u');
    span.dataset.original = span.textContent ?? '';
    // A box per glyph: a letter the shaper draws as two (Thai SARA AM, its compatibility decomposition) gets two.
    span.textContent = (span.textContent ?? '').replace(new RegExp(pattern, 'gu'), (c) =>
      '\uE000'.repeat(Math.max(1, [...c.normalize('NFKD')].filter((part) => letter.test(part)).length)),
    );
  }, letters);
  const boxes = await text.screenshot({ path: path.join(ARTIFACTS, `script-${name}-boxes.png`) });
  await text.evaluate((span) => {
    span.textContent = span.dataset.original ?? '';
  });
  return [drawn, boxes];
}

test('Thai, Japanese and Arabic feedback is drawn in the queue with the bundled faces', async ({ console: app }) => {
  const page = app.page;
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.getByRole('checkbox', { name: 'Include resolved' }).check();
  for (const script of SCRIPTS) {
    await search(page, script.word);
    const text = page.getByRole('region', { name: 'Feedback queue' }).locator(`span[lang="${script.lang}"]`).filter({ hasText: script.word }).first();
    await expect(text).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    const content = (await text.textContent()) ?? '';

    const faces = await page.evaluate((family) => {
      let loaded = 0;
      document.fonts.forEach((face) => {
        if (face.family.replace(/"/g, '') === family && face.status === 'loaded') loaded++;
      });
      return loaded;
    }, script.face);
    expect(faces, `${script.face} loaded for "${content}"`).toBeGreaterThan(0);

    // A handle, not the locator: once its text is boxes the locator would find the next cell instead.
    const [drawn, boxes] = await drawnAndBoxes((await text.elementHandle()) as ElementHandle<HTMLElement>, script.lang, script.letters);
    await expect(text).toHaveText(content);
    expect(await differingShare(page, drawn, boxes), `"${content}" is drawn as missing-glyph boxes`).toBeGreaterThan(0.05);
  }
  await page.screenshot({ path: path.join(ARTIFACTS, 'scripts-queue.png') });
});
