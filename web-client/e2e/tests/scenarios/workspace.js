// Item 11 of issue 14: named saved views per user (the explorer's canvas, an analytics view's period and
// segment), stored in the graph through the API and seen by their owner only; the recruiting team's
// shortlist of prospects with status and notes, exported with the ranking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { env } from '../env.js';
import { newPage, signIn, shot } from '../harness.js';

const hashOf = (page) => page.evaluate(() => location.hash);

async function openSavedViews(page) {
  await page.click('[data-testid=saved-views]');
  await page.waitForSelector('dialog.saved-views[open]');
  await page.waitForSelector('[data-testid=saved-views-list], [data-testid=saved-views-empty]', { timeout: 60_000 });
}

async function saveAs(page, name) {
  await openSavedViews(page);
  await page.fill('dialog.saved-views input[name=view-name]', name);
  await page.click('dialog.saved-views button[type=submit]');
  await page.waitForSelector(`[data-testid=saved-views-list] tr[data-name="${name}"]`, { timeout: 30_000 });
  assert.match(await page.textContent('[data-testid=saved-views-status]'), new RegExp(`Saved as “${name}”`));
}

test('saved views: a canvas and a period are saved by name, reopened exactly, and only their owner sees them', async () => {
  const { context, page, problems } = await newPage(env.browser);
  await signIn(page, env.base, 'viewer', 'viewer-demo');
  const canvas = '#/explorer?color=score&depth=2&ids=Partner%3AP0002&kinds=PARTNER%2CCUSTOMER&labels=pagerank&sel=Partner%3AP0002';
  await page.goto(`${env.base}/?saved=1${canvas}`);
  await page.waitForFunction(() => window.__explorer?.metrics, null, { timeout: 120_000 });
  await saveAs(page, 'P0002 two hops by score');
  await shot(page, '30-saved-views-dialog');
  await page.keyboard.press('Escape');
  await page.click('header.top nav a:has-text("Portfolio")');
  await page.waitForSelector('[data-testid=analytics-filter]');
  await page.check('[data-testid=analytics-filter] [data-filter=regions] label:has-text("EMEA") input');
  await page.waitForFunction(() => location.hash.includes('regions=emea'));
  await page.check('[data-testid=analytics-filter] [data-filter=tiers] label:has-text("Gold") input');
  await page.waitForFunction(() => location.hash.includes('tiers=GOLD'));
  const portfolio = await hashOf(page);
  await saveAs(page, 'EMEA gold');
  await page.keyboard.press('Escape');

  // Elsewhere, then back through the list: the same URL, the same canvas.
  await page.goto(`${env.base}/?saved=2#/model`);
  await page.waitForSelector('#view section.model');
  await openSavedViews(page);
  const names = await page.$$eval('[data-testid=saved-views-list] tbody tr', (rs) => rs.map((r) => r.dataset.name));
  assert.deepEqual(names, ['EMEA gold', 'P0002 two hops by score'], 'newest first');
  assert.match(await page.textContent('dialog.saved-views'), /This view \(Model\) is not saved/);
  await page.click('[data-testid=saved-views-list] tr[data-name="P0002 two hops by score"] td:first-child button');
  await page.waitForFunction(() => window.__explorer?.metrics, null, { timeout: 120_000 });
  assert.equal(await hashOf(page), canvas);
  assert.ok(await page.evaluate(() => window.__explorer.graph.hasNode('Partner:P0002')));
  await page.waitForSelector('[data-testid=score-legend]');
  await openSavedViews(page);
  await page.click('[data-testid=saved-views-list] tr[data-name="EMEA gold"] td:first-child button');
  await page.waitForSelector('[data-testid=analytics-filter]');
  assert.equal(await hashOf(page), portfolio);
  assert.match(await page.textContent('[data-testid=filter-summary]'), /EMEA.*Gold/);
  assert.deepEqual(problems, []);
  await context.close();

  // Another user sees none of them; the owner deletes one.
  const other = await newPage(env.browser);
  await signIn(other.page, env.base, 'recruiter', 'recruiter-demo');
  await openSavedViews(other.page);
  assert.ok(await other.page.$('[data-testid=saved-views-empty]'), 'the recruiter has no saved view');
  assert.deepEqual(other.problems, []);
  await other.context.close();
  const again = await newPage(env.browser);
  await signIn(again.page, env.base, 'viewer', 'viewer-demo');
  await openSavedViews(again.page);
  await again.page.click('[data-testid=saved-views-list] tr[data-name="EMEA gold"] button[aria-label="Delete EMEA gold"]');
  // the list comes back from the service without it
  await again.page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-testid=saved-views-list] tbody tr')].map((r) => r.dataset.name).join('|') ===
      'P0002 two hops by score',
  );
  assert.match(await again.page.textContent('[data-testid=saved-views-status]'), /Deleted “EMEA gold”/);
  assert.deepEqual(again.problems, []);
  await again.context.close();
});

test('shortlist: a recruiter shortlists prospects, sets status and notes, the admin sees them, the CSV has the ranking', async () => {
  const { context, page, problems } = await newPage(env.browser);
  await signIn(page, env.base, 'recruiter', 'recruiter-demo');
  await page.click('header.top nav a:has-text("Recruiting")');
  await page.waitForSelector('[data-testid=ranking] tbody tr[data-id]', { timeout: 180_000 });
  await page.waitForSelector('[data-testid=shortlist-empty], [data-testid=shortlist-table]', { timeout: 60_000 });
  const rows = await page.$$eval('[data-testid=ranking] tbody tr[data-id]', (rs) =>
    rs.slice(0, 2).map((r) => ({ id: r.dataset.id, rank: Number(r.children[0].textContent) })),
  );
  for (const r of rows) {
    await page.click(`[data-testid=ranking] tr[data-id="${r.id}"] [data-testid=shortlist-toggle]`);
    await page.waitForSelector(`[data-testid=ranking] tr[data-id="${r.id}"] [data-testid=shortlist-toggle][aria-pressed=true]`);
    await page.waitForSelector(`[data-testid=shortlist-table] tr[data-id="${r.id}"]`);
  }
  const first = rows[0].id;
  await page.selectOption(`[data-testid=shortlist-table] tr[data-id="${first}"] [data-testid=shortlist-status]`, 'IN_TALKS');
  await page.waitForFunction(
    (id) => document.querySelector(`[data-testid=shortlist-table] tr[data-id="${id}"] td.small`)?.textContent.includes('recruiter'),
    first,
  );
  await page.fill(`[data-testid=shortlist-table] tr[data-id="${first}"] [data-testid=shortlist-notes]`, 'Intro call booked, "Monday"');
  await page.click(`[data-testid=shortlist-table] tr[data-id="${first}"] [data-testid=shortlist-save-notes]`);
  await page.waitForFunction(
    (id) => !document.querySelector(`[data-testid=shortlist-table] tr[data-id="${id}"] [data-testid=shortlist-save-notes]`),
    first,
  );
  assert.equal(
    Number(await page.getAttribute(`[data-testid=shortlist-table] tr[data-id="${first}"] td[data-rank]`, 'data-rank')),
    rows[0].rank,
  );
  // each row keeps its own status when the list reorders (the changed entry moves to the top)
  assert.equal(
    await page.$eval(`[data-testid=shortlist-table] tr[data-id="${first}"] [data-testid=shortlist-status]`, (s) => s.value),
    'IN_TALKS',
  );
  assert.equal(
    await page.$eval(`[data-testid=shortlist-table] tr[data-id="${rows[1].id}"] [data-testid=shortlist-status]`, (s) => s.value),
    'TO_CONTACT',
  );
  assert.equal(
    await page.$eval(`[data-testid=shortlist-table] tr[data-id="${rows[1].id}"] [data-testid=shortlist-notes]`, (t) => t.value),
    '',
  );
  await page.locator('[data-testid=shortlist]').scrollIntoViewIfNeeded();
  await shot(page, '31-recruiting-shortlist');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=shortlist-csv]')]);
  assert.equal(download.suggestedFilename(), 'prospect-shortlist.csv');
  const csv = readFileSync(await download.path(), 'utf8')
    .trim()
    .split(/\r\n/);
  assert.match(csv[0], /^prospectId,name,status,notes,addedBy,addedAt,updatedBy,updatedAt,rank,blend,ippProbability,/);
  const line = csv.find((l) => l.startsWith(`${first},`));
  assert.ok(line, `${first} in the CSV`);
  assert.match(line, /,In talks,"Intro call booked, ""Monday""",recruiter,/);
  assert.equal(line.split(',').length, csv[0].split(',').length + 1, 'one quoted comma in the notes');
  assert.equal(csv.length - 1, rows.length);
  assert.deepEqual(problems, []);
  await context.close();

  // The team shares one list: the admin sees the status and notes, and takes the second prospect off it.
  const admin = await newPage(env.browser);
  await signIn(admin.page, env.base, 'admin', 'admin-demo');
  await admin.page.goto(`${env.base}/?shortlist=admin#/recruiting`);
  await admin.page.waitForSelector(`[data-testid=shortlist-table] tr[data-id="${first}"]`, { timeout: 180_000 });
  assert.equal(
    await admin.page.$eval(`[data-testid=shortlist-table] tr[data-id="${first}"] [data-testid=shortlist-status]`, (s) => s.value),
    'IN_TALKS',
  );
  assert.equal(
    await admin.page.$eval(`[data-testid=shortlist-table] tr[data-id="${first}"] [data-testid=shortlist-notes]`, (t) => t.value),
    'Intro call booked, "Monday"',
  );
  await admin.page.click(`[data-testid=shortlist-table] tr[data-id="${rows[1].id}"] [data-testid=shortlist-remove]`);
  await admin.page.waitForFunction((id) => !document.querySelector(`[data-testid=shortlist-table] tr[data-id="${id}"]`), rows[1].id);
  // The audit trail has each change, by whom.
  await admin.page.goto(`${env.base}/?shortlist=audit#/audit?node=${encodeURIComponent(first)}`);
  await admin.page.waitForSelector('[data-testid=audit-table] tbody tr', { timeout: 60_000 });
  const ops = await admin.page.$$eval('[data-testid=audit-table] tbody tr', (rs) =>
    rs.map((r) => r.children[3].textContent.trim() + ' ' + r.children[1].textContent.trim()),
  );
  assert.ok(ops.filter((o) => o.startsWith('shortlistProspect recruiter')).length >= 3, ops.join(' | '));
  assert.deepEqual(admin.problems, []);
  await admin.context.close();
});
