// Drives the dashboard in headless Chromium (Debian's, through playwright-core) the way a supervisor would:
// the public grid, sign-in, the plan grid, a part, a project, an indicator, the as-of date, the attention list,
// a department and the English labels. Takes a screenshot of each and runs axe-core (WCAG 2.1 A/AA) on each page.
// It asserts what only the browser can see and writes what it read off the pages to RESULT (JSON) for
// DashboardBrowserIT to compare with the REST API. Exits non-zero on the first failure.
//
// Environment: DASHBOARD_URL (…/dashboard/), CHROMIUM (/usr/bin/chromium), CLIENT_ID, CLIENT_SECRET, PROJECT_ID,
// INDICATOR_CODE, AS_OF (a past date), SCREENSHOTS (directory), RESULT (file).
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const env = (name, fallback) => {
  const v = process.env[name] ?? fallback;
  if (v === undefined) throw new Error(`set ${name}`);
  return v;
};
const URL_ = env('DASHBOARD_URL');
const SHOTS = env('SCREENSHOTS');
const PROJECT = env('PROJECT_ID');
const INDICATOR = env('INDICATOR_CODE');
const AS_OF = env('AS_OF');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
mkdirSync(SHOTS, { recursive: true });

const result = { grid: [], glGrid: [], gridAsOf: [], publicCards: 0, axe: {}, steps: [], consoleErrors: [] };
const started = Date.now();
const step = (name) => { result.steps.push({ name, ms: Date.now() - started }); console.log(`browser: ${name} (${Date.now() - started} ms)`); };
const check = (ok, message) => { if (!ok) throw new Error(message); };

const browser = await chromium.launch({
  executablePath: env('CHROMIUM', '/usr/bin/chromium'),
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'zh-CN', deviceScaleFactor: 1 });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') result.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => result.consoleErrors.push(String(e)));

  /** Waits until the page rendered the route (main[data-rendered] starts with it) and nothing is loading. */
  const rendered = async (prefix) => {
    await page.waitForFunction((p) => {
      const m = document.getElementById('main');
      return m && m.getAttribute('aria-busy') === 'false' && (m.getAttribute('data-rendered') ?? '').startsWith(p);
    }, prefix);
  };
  // The whole page where it is short enough to read in docs (project, indicator), else what a screen shows.
  const shot = async (name, fullPage = false) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
  const axe = async (name) => {
    await page.addScriptTag({ path: axePath });
    const r = await page.evaluate(async () => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
    result.axe[name] = r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  };
  const readGrid = () => page.$$eval('[data-testid=scope-card]', (cards) => cards.map((c) => ({
    number: Number(c.dataset.number),
    level: c.dataset.level,
    projects: Number(c.querySelector('[data-testid=card-projects]')?.textContent),
    due: Number(/\d+/.exec(c.querySelector('[data-testid=card-due]')?.textContent ?? '')?.[0]),
    achieved: Number(/\d+/.exec(c.querySelector('[data-testid=card-achieved]')?.textContent ?? '')?.[0]),
    overdue: Number(/\d+/.exec(c.querySelector('[data-testid=card-overdue]')?.textContent ?? '')?.[0]),
    indicators: Number(/\d+/.exec(c.querySelector('[data-testid=card-indicators]')?.textContent ?? '')?.[0]),
    alarms: Number(/\d+$/.exec(c.querySelector('[data-testid=card-alarms]')?.textContent ?? '')?.[0]),
    text: c.innerText,
  })));

  // 1. The public grid, without a token: the plan dashboard is a public read, so the cards carry their figures.
  await page.goto(URL_);
  await rendered('/plans/FZ-15||zh|public');
  result.publicCards = await page.locator('[data-testid=scope-card]').count();
  result.publicGrid = await readGrid();
  result.publicIndicatorRows = await page.locator('[data-testid=indicator-table] tbody tr').count();
  check(result.publicCards === 18, `public grid: ${result.publicCards} parts`);
  await shot('01-public-grid');
  await axe('public-grid');
  // Keyboard: the first Tab lands on the skip link, which is visible when focused.
  await page.keyboard.press('Tab');
  result.firstTab = await page.evaluate(() => document.activeElement?.textContent ?? '');
  check(result.firstTab.includes('Skip'), `first Tab focused "${result.firstTab}"`);
  step('public grid');

  // 2. Sign in with the supervise client, by keyboard: Tab to the button, Enter, type, Enter.
  const signInButton = page.locator('#sign-in-open');
  for (let i = 0; i < 15 && !(await signInButton.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  check(await signInButton.evaluate((b) => b === document.activeElement), 'the sign-in button is reachable by Tab');
  result.focusOutline = await signInButton.evaluate((b) => getComputedStyle(b).outlineStyle + ' ' + getComputedStyle(b).outlineWidth);
  check(!result.focusOutline.startsWith('none'), `focused button shows no outline (${result.focusOutline})`);
  await page.keyboard.press('Enter');
  await page.locator('#client-id').fill(env('CLIENT_ID'));
  await page.locator('#client-secret').fill(env('CLIENT_SECRET'));
  await shot('02-sign-in');
  await page.keyboard.press('Enter');
  await rendered('/plans/FZ-15||zh|signed-in');
  step('signed in');

  // 3. The plan grid with the figures.
  result.grid = await readGrid();
  check(result.grid.length === 18, `grid: ${result.grid.length} parts`);
  result.planProjects = Number(await page.locator('[data-testid=plan-projects]').textContent());
  await shot('03-plan-grid');
  await axe('plan-grid');
  // GL-15 has no parts: its 12 chapters are the grid.
  await page.locator('header .nav a[href^="#/plans/GL-15"]').click();
  await rendered('/plans/GL-15|');
  result.glGrid = await readGrid();
  await shot('03b-gl15-grid');
  await page.locator('header .nav a[href^="#/plans/FZ-15"]').click();
  await rendered('/plans/FZ-15|');
  step('plan grids');

  // 4. Drill into the part holding the project: focus its card's link and press Enter.
  const partNumber = Number(env('PART'));
  const partLink = page.locator(`[data-testid=scope-card][data-number="${partNumber}"] h3 a`);
  await partLink.focus();
  await page.keyboard.press('Enter');
  await rendered(`/plans/FZ-15/parts/${partNumber}|`);
  result.part = {
    heading: await page.locator('h1').textContent(),
    projects: Number(await page.locator('[data-testid=scope-projects]').textContent()),
    overdue: Number(await page.locator('[data-testid=scope-overdue]').textContent()),
    rows: await page.locator('[data-testid=project-table] tbody tr').count(),
  };
  await shot('04-part');
  await axe('part');
  step('part');

  // 5. The project, from the part's project table.
  await page.locator(`[data-testid=project-table] a[href*="${PROJECT}"]`).click();
  await rendered(`/projects/${PROJECT}|`);
  const readProject = async () => ({
    heading: await page.locator('h1').textContent(),
    timelineRows: await page.locator('[data-testid=timeline] g.row').count(),
    statuses: await page.$$eval('[data-testid=timeline] g.row', (gs) => gs.map((g) => g.getAttribute('data-status'))),
    history: await page.locator('[data-testid=history-table] tbody tr').count(),
  });
  result.project = await readProject();
  await shot('05-project', true);
  await axe('project');
  step('project');

  // 6. The indicator, from the plan page's indicator table.
  await page.locator('header .nav a[href^="#/plans/FZ-15"]').click();
  await rendered('/plans/FZ-15|');
  await page.locator(`[data-testid=indicator-table] a[href*="${INDICATOR}"]`).click();
  await rendered(`/indicators/${INDICATOR}|`);
  result.indicator = {
    heading: await page.locator('h1').textContent(),
    observedPoints: await page.locator('[data-testid=observed-point]').count(),
    revisedPoints: await page.locator('[data-testid=revised-point]').count(),
    expectedLine: await page.locator('[data-testid=trajectory] polyline.expected').count(),
    years: await page.locator('[data-testid=evaluation-table] tbody tr').count(),
  };
  await shot('06-indicator', true);
  await axe('indicator');
  step('indicator');

  // 7. As of an earlier date: the project, then the grid, re-rendered as of that day.
  await page.goto(`${URL_}#/projects/${PROJECT}`);
  await rendered(`/projects/${PROJECT}||`);
  await page.locator('#as-of').fill(AS_OF);
  await rendered(`/projects/${PROJECT}|${AS_OF}|`);
  result.projectAsOf = await readProject();
  await shot('07-project-as-of', true);
  await page.locator('header .nav a[href^="#/plans/FZ-15"]').click();
  await rendered(`/plans/FZ-15|${AS_OF}|`);
  result.gridAsOf = await readGrid();
  result.asOfNote = await page.locator('.asof-note').textContent();
  await shot('08-plan-grid-as-of');
  step('as of');

  // 8. The attention list and a department's scorecard (as of today again), then the English labels.
  await page.goto(`${URL_}#/attention`);
  await rendered('/attention||');
  result.attentionRows = await page.locator('[data-testid=attention-table] tbody tr').count();
  await shot('09-attention');
  await axe('attention');
  await page.goto(`${URL_}#/departments/${env('DEPARTMENT')}`);
  await rendered(`/departments/${env('DEPARTMENT')}||`);
  result.department = { led: Number(await page.locator('[data-testid=dept-led]').textContent()) };
  await shot('10-department');
  await axe('department');
  await page.locator('button.lang').click();
  await rendered(`/departments/${env('DEPARTMENT')}||en|`);
  await page.goto(`${URL_}#/plans/FZ-15`);
  await rendered('/plans/FZ-15||en|');
  result.englishHeading = await page.locator('#grid-title').textContent();
  await shot('11-plan-grid-english');
  step('attention, department, English');
} finally {
  writeFileSync(env('RESULT'), JSON.stringify(result, null, 2));
  await browser.close();
}
