import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test } from './console-fixture';
import { expectToFit } from './layout-check';

const SPANISH_DATE = /\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic) \d{4}/;

function languageButton(page: Page, name: 'English' | 'Español'): Locator {
  return page.getByRole('group', { name: /^(Language|Idioma)$/ }).getByRole('button', { name, exact: true });
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('element has no box');
  return found;
}

test('a person switches the console to Spanish by mouse and by keyboard, and it stays Spanish after a reload', async ({ console: app }) => {
  let page = app.page;
  await expect(page.getByRole('heading', { name: 'Regional Ops Console' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await languageButton(page, 'Español').click();
  await expect(page.getByRole('heading', { name: 'Consola de Operaciones Regionales' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(languageButton(page, 'Español')).toHaveAttribute('aria-pressed', 'true');

  // The queue's own words, a count said with Spanish plural rules and a date in Spanish.
  const views = page.getByRole('navigation', { name: 'Vistas' });
  await expect(views.getByRole('button', { name: 'Todos los abiertos' })).toBeVisible();
  await expect(views.getByRole('button', { name: 'Quejas logísticas' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Buscar comentarios' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Prioridad' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^[\d.\s]+ comentarios$/ })).toBeVisible();
  await page.locator('body').press('j');
  const detail = page.getByRole('complementary', { name: 'Detalle del comentario' });
  await expect(detail).toContainText('Recibido');
  await expect(detail.locator('dd').filter({ hasText: SPANISH_DATE }).first()).toBeVisible();
  await page.getByRole('checkbox', { name: /^Seleccionar el comentario #\d+$/ }).first().check();
  await expect(page.getByRole('toolbar', { name: 'Acciones en bloque' })).toContainText('1 seleccionado');
  await screenshot(page, 'queue-spanish');

  // Back to English and to Spanish again with the keyboard alone.
  await languageButton(page, 'English').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Regional Ops Console' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'All open' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(languageButton(page, 'Español')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { name: 'Consola de Operaciones Regionales' })).toBeVisible();

  await page.reload();
  page = app.page;
  await expect(page.getByRole('heading', { name: 'Consola de Operaciones Regionales' })).toBeVisible();
  await expect(languageButton(page, 'Español')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: /^[\d.\s]+ comentarios$/ })).toBeVisible();
});

test('a right-to-left language mirrors the layout, and the grid and dialogs still fit', async ({ console: app }) => {
  const page = app.page;
  await expect(page.getByRole('heading', { name: 'Regional Ops Console' })).toBeVisible();
  // The test-only pseudo-locale: English words, laid out right to left as an Arabic catalogue would be.
  await page.evaluate(() => localStorage.setItem('ops-console.ui-locale', 'ar-XB'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { name: 'Regional Ops Console' })).toBeVisible();

  const viewport = page.viewportSize()!;
  const sidebar = await box(page.getByRole('navigation', { name: 'Views' }));
  const grid = await box(page.getByRole('region', { name: 'Feedback queue' }));
  const detail = await box(page.getByRole('complementary', { name: 'Feedback detail' }));
  // Sidebar at the right edge, the detail pane at the left, the grid between them.
  expect(sidebar.x + sidebar.width).toBeGreaterThan(viewport.width - 4);
  expect(sidebar.x).toBeGreaterThanOrEqual(grid.x + grid.width - 1);
  expect(detail.x).toBeLessThan(4);
  expect(detail.x + detail.width).toBeLessThanOrEqual(grid.x + 1);
  // The grid runs right to left too: its first column, the row checkboxes, sits at its right edge.
  const firstCheck = await box(page.getByRole('checkbox', { name: /^Select feedback #\d+$/ }).first());
  expect(firstCheck.x).toBeGreaterThan(grid.x + grid.width - 60);
  await expectToFit(page.locator('.app'), 'the queue right to left');
  await screenshot(page, 'queue-rtl');

  await page.locator('body').press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expectToFit(dialog, 'the keyboard shortcuts right to left');
  await screenshot(page, 'shortcuts-rtl');
  await page.keyboard.press('Escape');

  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Reports' }).click();
  await expect(page.getByRole('region', { name: 'Headline KPIs', exact: true })).toBeVisible();
  await expectToFit(page.locator('.app'), 'Reports right to left');
  await screenshot(page, 'reports-rtl');
});
