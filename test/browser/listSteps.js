/**
 * Browser steps of issue 12 (the findings list): the order and the folded 尾差, 上一个/下一个 and the keyboard
 * selecting cells in the drawn workbook, the layout at the narrowest pane (320 px) and at 500 px, and an axe-core
 * scan of the pane. Called by run.js right after the first 校验工作簿, with its step runner.
 */
const assert = require('assert/strict');
const fs = require('fs');
const path = require('path');

const AXE = path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js');

/** The findings a user can see in the pane, top to bottom. */
function shownFindings(page) {
  return page.$$eval('.task-pane [data-rule]', (els) =>
    els
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({
        severity: el.dataset.severityLevel,
        cells: (el.dataset.cells || '').split(' ').filter(Boolean),
        text: el.textContent,
        current: el.getAttribute('aria-current') === 'true',
      })),
  );
}

/** The selected cells of the shown sheet, as 'sheet!A1'. */
function selectedCells(page) {
  return page.$$eval('table.sheet-grid td[data-selected="true"]', (tds) =>
    tds.map((td) => `${td.closest('table').dataset.sheet}!${td.dataset.address}`),
  );
}

/** The cells a finding names on the sheet Excel shows for it: its first cell's. */
function cellsOnFirstSheet(cells) {
  const sheet = cells[0].split('!')[0];
  return cells.filter((c) => c.startsWith(`${sheet}!`)).sort();
}

async function waitForSelection(page, cells) {
  const wanted = cellsOnFirstSheet(cells);
  await page.waitForFunction(
    (w) => {
      const got = [...document.querySelectorAll('table.sheet-grid td[data-selected="true"]')]
        .map((td) => `${td.closest('table').dataset.sheet}!${td.dataset.address}`)
        .sort();
      return got.length === w.length && got.every((c, i) => c === w[i]);
    },
    wanted,
    { timeout: 30_000 },
  );
  assert.deepEqual((await selectedCells(page)).sort(), wanted);
}

/** Serious or critical axe-core violations inside the task pane. */
async function axeViolations(page) {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    // Fluent's Tabster focus sentinels (<i tabindex=0 aria-hidden data-tabster-dummy>) pass focus on the moment they
    // get it and are never where focus rests; axe flags them as aria-hidden-focus, so they are left out.
    const context = { include: [['.task-pane']], exclude: [['[data-tabster-dummy]']] };
    const result = await window.axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Sets the pane's width as Excel would and checks that nothing sticks out or overlaps. */
async function layoutAt(page, width, file) {
  await page.$eval('.task-pane', (el, w) => (el.style.width = `${w}px`), width);
  const problems = await page.$eval('.task-pane', (pane) => {
    const out = [];
    if (pane.scrollWidth > pane.clientWidth + 1)
      out.push(`the pane scrolls sideways (${pane.scrollWidth} > ${pane.clientWidth})`);
    const right = pane.getBoundingClientRect().right + 1;
    for (const el of pane.querySelectorAll('[data-rule], [data-fold], .fui-Badge')) {
      if (el.offsetParent === null) continue;
      if (el.getBoundingClientRect().right > right) out.push(`${el.textContent.slice(0, 20)} passes the pane's edge`);
    }
    for (const item of pane.querySelectorAll('[data-rule]')) {
      if (item.offsetParent === null) continue;
      const badge = item.querySelector('.fui-Badge').getBoundingClientRect();
      const text = badge && item.querySelector('.fui-Badge + span').getBoundingClientRect();
      if (text && badge.right > text.left + 0.5) out.push(`badge over the text of ${item.textContent.slice(0, 20)}`);
    }
    return out;
  });
  await page.locator('.task-pane').screenshot({ path: file });
  assert.deepEqual(problems, [], `layout at ${width} px`);
}

async function listSteps({ page, step, report, screenshots }) {
  const roundingGaps = report.findings.filter((f) => f.severity === 'info' && f.message.includes('尾差')).length;

  await step('the list shows the error first, and no 尾差 before its fold is opened', async () => {
    const shown = await shownFindings(page);
    assert.ok(shown.length >= 3, 'the error and the warnings are shown');
    assert.equal(shown[0].severity, 'error', 'the first finding shown is the error');
    assert.deepEqual(
      shown.filter((f) => f.text.includes('尾差')),
      [],
      'no 尾差 item is visible',
    );
    const folds = await page.$$eval('.task-pane [data-fold]', (els) =>
      els.map((el) => ({ expanded: el.getAttribute('aria-expanded'), text: el.textContent })),
    );
    assert.ok(folds.length > 0, 'the 尾差 fold into one line per table');
    for (const f of folds) {
      assert.equal(f.expanded, 'false');
      assert.match(f.text, /尾差 \d+ 处，均在容许范围内/);
    }
    const folded = folds.reduce((n, f) => n + Number(/尾差 (\d+) 处/.exec(f.text)[1]), 0);
    assert.equal(folded, roundingGaps, 'every 尾差 the command line reports is in a fold');
  });

  await step('下一个 twice selects the second finding’s cells; ↑ goes back from the keyboard', async () => {
    const shown = await shownFindings(page);
    const next = page.getByRole('button', { name: '下一个' });
    await next.click();
    await waitForSelection(page, shown[0].cells);
    await next.click();
    await waitForSelection(page, shown[1].cells);
    const after = await shownFindings(page);
    assert.ok(after[1].current, 'the second finding is the current one');
    await page.getByText(`第 2 / `).waitFor();
    await page.locator('.task-pane [aria-current="true"]').focus();
    await page.keyboard.press('ArrowUp');
    await waitForSelection(page, shown[0].cells);
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return {
        rule: el.dataset.rule,
        current: el.getAttribute('aria-current'),
        outline: style.outlineStyle,
        width: style.outlineWidth,
      };
    });
    assert.equal(focus.current, 'true', 'the focus moved with ↑');
    assert.notEqual(focus.outline, 'none', 'the focus is visible');
    assert.notEqual(focus.width, '0px', 'the focus is visible');
    await page.locator('.task-pane').screenshot({ path: path.join(screenshots, 'list-stepped.png') });
  });

  await step('a fold opens on click and shows its 尾差', async () => {
    const fold = page.locator('.task-pane [data-fold]').first();
    await fold.click();
    assert.equal(await fold.getAttribute('aria-expanded'), 'true');
    const count = Number(/尾差 (\d+) 处/.exec(await fold.textContent())[1]);
    const shown = (await shownFindings(page)).filter((f) => f.text.includes('尾差'));
    assert.equal(shown.length, count);
  });

  await step('axe-core finds no serious or critical violation in the pane', async () => {
    assert.deepEqual(await axeViolations(page), []);
  });

  await step('the list lays out cleanly at 320 px and at 500 px (screenshots)', async () => {
    fs.mkdirSync(screenshots, { recursive: true });
    await layoutAt(page, 320, path.join(screenshots, 'list-320.png'));
    await layoutAt(page, 500, path.join(screenshots, 'list-500.png'));
    await page.locator('.task-pane [data-fold][aria-expanded="true"]').first().click();
    await page.$eval('.task-pane', (el) => (el.style.width = ''));
  });
}

module.exports = { listSteps };
