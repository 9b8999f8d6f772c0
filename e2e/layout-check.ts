// One geometry check for every dialog and screen: a control a person cannot see or reach, a dialog that
// scrolls sideways or text cut off by its box fails the test, whatever the words or the window size.
import { expect, type Locator } from '@playwright/test';

/** What a person can press, type into or pick. */
const CONTROLS = 'button, input:not([type="hidden"]), select, textarea, a[href], [role="button"], [role="checkbox"], [role="link"], [role="tab"], [role="combobox"]';

/** Runs in the page: returns each problem in words naming the element, or nothing. */
function problemsIn(root: Element, controlSelector: string): string[] {
  const problems: string[] = [];
  const slack = 1;
  const name = (element: Element) => {
    const label = element.getAttribute('aria-label') ?? (element.textContent ?? '').trim().slice(0, 40);
    const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
    return `<${element.tagName.toLowerCase()}${classes}>${label ? ` "${label}"` : ''}`;
  };
  const shown = (element: Element) => {
    const rect = element.getBoundingClientRect();
    return rect.width > 1 && rect.height > 1 && element.checkVisibility({ visibilityProperty: true });
  };
  type Span = [number, number];
  const span = (rect: DOMRect, axis: 'x' | 'y'): Span => (axis === 'x' ? [rect.left, rect.right] : [rect.top, rect.bottom]);
  const inside = (inner: Span, outer: Span) => inner[0] >= outer[0] - slack && inner[1] <= outer[1] + slack;
  const viewport = { x: [0, window.innerWidth] as Span, y: [0, window.innerHeight] as Span };

  if (root.scrollWidth > root.clientWidth + slack) {
    problems.push(`${name(root)} scrolls sideways: ${root.scrollWidth}px of content in ${root.clientWidth}px`);
  }
  const rootRect = root.getBoundingClientRect();
  for (const axis of ['x', 'y'] as const) {
    if (!inside(span(rootRect, axis), viewport[axis])) problems.push(`${name(root)} lies outside the window (${axis})`);
  }

  for (const control of Array.from(root.querySelectorAll(controlSelector))) {
    if (!shown(control)) continue;
    for (const axis of ['x', 'y'] as const) {
      // A control inside a box that scrolls on this axis is reachable when that box is: from there on,
      // the box stands for it. Sideways, only boxes inside the root may scroll (the root scrolling is a fault).
      let reach = span(control.getBoundingClientRect(), axis);
      let at: Element | null = control.parentElement;
      let blocker: string | null = null;
      while (at && blocker === null) {
        const style = getComputedStyle(at);
        const overflow = axis === 'x' ? style.overflowX : style.overflowY;
        const box = span(at.getBoundingClientRect(), axis);
        const scrolls = (overflow === 'auto' || overflow === 'scroll') && !(axis === 'x' && at === root);
        if (scrolls) reach = box;
        else if ((overflow !== 'visible' || at === root) && !inside(reach, box)) blocker = name(at);
        if (at === root) break;
        at = at.parentElement;
      }
      if (blocker === null && !inside(reach, viewport[axis])) blocker = 'the window';
      if (blocker !== null) problems.push(`${name(control)} lies outside ${blocker} (${axis})`);
    }
  }

  // Text cut off by a box that hides what overflows it. An ellipsis says so on purpose.
  const clips = (style: CSSStyleDeclaration, axis: 'x' | 'y') => {
    const overflow = axis === 'x' ? style.overflowX : style.overflowY;
    return overflow === 'hidden' || overflow === 'clip';
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const parent = text.parentElement;
    if (!parent || !(text.textContent ?? '').trim() || !shown(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(text);
    const drawn = range.getBoundingClientRect();
    for (let box: Element | null = parent; box; box = box === root ? null : box.parentElement) {
      const style = getComputedStyle(box);
      if (style.textOverflow === 'ellipsis') break;
      const rect = box.getBoundingClientRect();
      // A 1px box is one for screen readers only.
      if (rect.width <= 1 || rect.height <= 1) break;
      const cut = (['x', 'y'] as const).filter((axis) => clips(style, axis) && !inside(span(drawn, axis), span(rect, axis)));
      if (cut.length > 0) {
        problems.push(`${name(box)} cuts off "${(text.textContent ?? '').trim().slice(0, 40)}" (${cut.join(', ')})`);
        break;
      }
    }
  }
  return problems;
}

/** Fails, listing every fault, unless everything a person may use in `root` fits in it and in the window. */
export async function expectToFit(root: Locator, what: string): Promise<void> {
  await expect(root).toBeVisible();
  // Fonts and late layout settle before the boxes are read.
  await root.page().evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(resolve))));
  const size = root.page().viewportSize();
  const problems = await root.evaluate(problemsIn, CONTROLS);
  expect(problems, `${what} at ${size?.width}x${size?.height}`).toEqual([]);
}

/** Clicks a button only if a person can see all of it where it is: a button pushed out of sight fails here. */
export async function clickAsSeen(button: Locator): Promise<void> {
  await expect(button).toBeInViewport({ ratio: 1 });
  await button.click();
}
