// The studio as a person sees it at 1024×700, 1280×720, 1440×900 and 1920×1080: screenshots, no control
// clipped or covered, the results reachable, legends small beside the canvas, the canvas the state.
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expectCanvasIsState, open, quiet, root, SMALL, useBrowser } from './studioPage';

useBrowser();

const SIZES = [
  [1024, 700],
  [1280, 720],
  [1440, 900],
  [1920, 1080],
] as const;

/** Controls in a region that are hidden, outside the window, or under something else at their centre. */
async function blocked(page: Page, selector: string, scroll = false): Promise<string[]> {
  return page.evaluate(
    ([sel, scrollTo]) => {
      const out: string[] = [];
      const W = window.innerWidth;
      const H = window.innerHeight;
      for (const node of document.querySelectorAll<HTMLElement>(sel)) {
        if (node.closest('[hidden]') || getComputedStyle(node).visibility === 'hidden') continue;
        // A control in a panel that scrolls is in reach once scrolled to (as a person would).
        if (scrollTo) node.scrollIntoView({ block: 'nearest' });
        const name = `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''} "${(node.textContent ?? '').trim().slice(0, 30)}"`;
        const r = node.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) {
          out.push(`${name}: not shown`);
          continue;
        }
        if (r.left < 0 || r.top < 0 || r.right > W + 0.5 || r.bottom > H + 0.5) {
          out.push(`${name}: outside the window (${Math.round(r.left)},${Math.round(r.top)})–(${Math.round(r.right)},${Math.round(r.bottom)})`);
          continue;
        }
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (!top || !(node === top || node.contains(top) || top.contains(node)))
          out.push(`${name}: covered by ${top ? top.tagName.toLowerCase() + (top.id ? `#${top.id}` : '') + '.' + top.className : 'nothing'}`);
      }
      return out;
    },
    [selector, scroll] as const,
  );
}

/** The Results button exists for narrow windows only (checked on its own below). */
const CONTROLS =
  '.topbar button:not(#results-toggle), .topbar select, .transport button, .transport select, .transport output, #compare-bar select, #compare-bar input, #compare-bar button';

describe('the studio at the sizes people use', () => {
  it.each(SIZES)(
    '%i×%i: every control in view and uncovered, the results reachable, the canvas the state',
    async (width, height) => {
      const { page, errors } = await open(`${SMALL}&compare=sharing.p%3D0.4`);
      await page.setViewportSize({ width, height });
      await quiet(page);
      mkdirSync(join(root, 'test-results'), { recursive: true });
      await page.screenshot({ path: join(root, 'test-results', `studio-${width}x${height}.png`) });
      expect(await blocked(page, CONTROLS)).toEqual([]);
      // The charts, results and exports: beside the canvas, or behind the Results button in a narrow window.
      const right = page.locator('aside.sidebar.right');
      expect(await page.locator('#results-toggle').isVisible()).toBe(width <= 1100);
      if (!(await right.isVisible())) {
        await page.click('#results-toggle');
        await right.waitFor();
        await page.screenshot({ path: join(root, 'test-results', `studio-${width}x${height}-results.png`) });
      }
      expect(await blocked(page, 'aside.sidebar.right #paired-run, aside.sidebar.right .export-buttons button', true)).toEqual([]);
      if (await page.locator('#results-toggle').isVisible()) await page.click('#results-toggle');
      // Each legend takes a small corner of its pane.
      for (const p of ['A', 'B']) {
        const pane = (await page.locator(`#pane-${p} [data-role="canvas"]`).boundingBox())!;
        const legend = (await page.locator(`#pane-${p} [data-role="legend"]`).boundingBox())!;
        expect((legend.width * legend.height) / (pane.width * pane.height), `legend of ${p} at ${width}×${height}`).toBeLessThan(0.2);
        await expectCanvasIsState(page, p as 'A' | 'B', `${width}×${height}`);
      }
      expect(errors).toEqual([]);
      await page.close();
    },
    180_000,
  );
});
