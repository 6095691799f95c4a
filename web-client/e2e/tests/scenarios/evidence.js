// Item 7 of issue 14: a figure opens the deals behind it (dealEvidence), paged and sortable, exported as
// CSV, shown in the explorer; the exported amounts add up to the figure as the chart draws it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { env } from '../env.js';
import { newPage, signIn, shot } from '../harness.js';

/** The amounts column of an exported evidence CSV (quoted fields are only names and partners, never amounts). */
function csvAmounts(text) {
  const lines = text.trim().split(/\r\n/);
  const header = lines[0].split(',');
  const at = header.indexOf('amount');
  return lines.slice(1).map((l) => {
    // split on commas outside quotes
    const cells = l.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, ''));
    return Number(cells[at]);
  });
}

test('evidence: a won figure opens its deals; the list adds up to the figure; CSV and explorer', async () => {
  const { context, page, problems } = await newPage(env.browser);
  await signIn(page, env.base, 'viewer', 'viewer-demo');
  await page.click('header.top nav a:has-text("Portfolio")');
  await page.waitForSelector('[data-evidence=WON-PARTNER_SOURCED]', { timeout: 120_000 });
  await page.waitForSelector('[data-testid=chart-attribution][data-points]');
  // The figure as the chart draws it: the won bar of partner-sourced deals.
  const figure = await page.evaluate(() => {
    const option = window.__charts.get('ch-attribution').getOption();
    const i = option.xAxis[0].data.indexOf('Partner-sourced');
    return option.series[1].data[i];
  });
  await page.click('[data-evidence=WON-PARTNER_SOURCED]');
  await page.waitForSelector('[data-testid=evidence-deals] tbody tr', { timeout: 60_000 });
  const total = Number(await page.getAttribute('[data-testid=evidence-totals]', 'data-total'));
  assert.ok(Math.abs(total - figure) < 0.01, `the list's total ${total} is the figure ${figure}`);
  // Largest first, then smallest first after a click on the column.
  const amounts = () => page.$$eval('[data-testid=evidence-deals] tbody td[data-amount]', (tds) => tds.map((td) => Number(td.dataset.amount)));
  const first = await amounts();
  for (let i = 1; i < first.length; i++) assert.ok(first[i - 1] >= first[i], 'by amount, largest first');
  await shot(page, '22-evidence-partner-sourced');
  await page.click('[data-testid=evidence] button[data-sort=AMOUNT]');
  await page.waitForFunction((top) => { const td = document.querySelector('[data-testid=evidence-deals] tbody td[data-amount]'); return td && Number(td.dataset.amount) < top; }, first[0]);
  // The next page continues the list.
  const ids = await page.$$eval('[data-testid=evidence-deals] tbody tr', (trs) => trs.map((t) => t.dataset.id));
  await page.click('[data-testid=evidence] button:has-text("Next")');
  await page.waitForFunction((seen) => { const tr = document.querySelector('[data-testid=evidence-deals] tbody tr'); return tr && !seen.includes(tr.dataset.id); }, ids);
  // The CSV holds every deal of the figure, and its amounts add up to it.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=evidence-csv]')]);
  const listed = csvAmounts(readFileSync(await download.path(), 'utf8'));
  assert.equal(listed.length, Number(await page.getAttribute('[data-testid=evidence-totals]', 'data-count')));
  const sum = listed.reduce((a, b) => a + b, 0);
  assert.ok(Math.abs(sum - figure) < 0.01, `the exported deals add up to ${sum}, the figure is ${figure}`);
  console.log(`# evidence: partner-sourced won ${figure.toFixed(2)} = ${listed.length} exported deals adding up to ${sum.toFixed(2)}`);
  // Show them in the explorer.
  await page.click('[data-testid=evidence-explorer]');
  await page.waitForFunction(() => location.hash.startsWith('#/explorer') && (window.__explorer?.metrics?.nodes ?? 0) > 1, null, { timeout: 60_000 });
  const opened = new URLSearchParams((await page.evaluate(() => location.hash)).split('?')[1]).get('ids').split(',');
  assert.ok(opened.length > 0 && opened.every((id) => id.startsWith('Deal:')), `deals on the canvas: ${opened.slice(0, 3)}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('evidence: a value combination opens its joint deals', async () => {
  const { context, page, problems } = await newPage(env.browser);
  await signIn(page, env.base, 'viewer', 'viewer-demo');
  await page.click('header.top nav a:has-text("Value combinations")');
  await page.waitForSelector('[data-testid=combinations] tbody tr [data-evidence=joint]', { timeout: 120_000 });
  const support = Number(await page.textContent('[data-testid=combinations] tbody tr:first-child [data-evidence=joint]'));
  await page.click('[data-testid=combinations] tbody tr:first-child [data-evidence=joint]');
  await page.waitForSelector('[data-testid=evidence-deals] tbody tr', { timeout: 60_000 });
  assert.equal(Number(await page.getAttribute('[data-testid=evidence-totals]', 'data-count')), support, 'as many joint deals as the table says');
  const partners = await page.$$eval('[data-testid=evidence-deals] tbody tr td:last-child', (tds) => tds.map((t) => t.textContent));
  const names = (await page.textContent('#evidence-title')).replace('Joint deals of ', '').split(' + ');
  for (const p of partners) for (const n of names) assert.ok(p.includes(n), `${n} is on every joint deal: ${p}`);
  await shot(page, '23-evidence-joint-deals');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog.evidence[open]'));
  assert.deepEqual(problems, []);
  await context.close();
});
