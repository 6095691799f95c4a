// Starts the service jar on a free port with a fresh data directory (the first start generates and imports
// the demo ecosystem), and Debian's Chromium through playwright-core. E2E_BASE_URL skips the start and
// uses a running service instead (e.g. `npm run dev` of the client against a service).
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, existsSync, createWriteStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const SCREENSHOTS = resolve(here, '..', 'screenshots');
const JAR = resolve(here, '..', '..', '..', 'graph-api', 'target', 'ecosystem-graph.jar');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The first start generates and imports the demo ecosystem and warms up (rollups, one answer from each
// analysis) before its health is UP: about 2 minutes, up to 10 on a machine busy with other builds.
const STARTUP_LIMIT_MS = 900_000;

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

async function waitUp(base, child, logFile) {
  const started = Date.now();
  let exited = null;
  child?.on('exit', (code) => {
    exited = code;
  });
  while (Date.now() - started < STARTUP_LIMIT_MS) {
    if (exited !== null) throw new Error(`the service exited with code ${exited} before it was up; see ${logFile}`);
    try {
      const r = await fetch(`${base}/actuator/health`);
      if (r.ok && (await r.json()).status === 'UP') return Date.now() - started;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`the service was not UP within ${STARTUP_LIMIT_MS / 1000} s; see ${logFile}`);
}

export async function startService() {
  if (process.env.E2E_BASE_URL) return { base: process.env.E2E_BASE_URL.replace(/\/$/, ''), stop: async () => {} };
  if (!existsSync(JAR)) throw new Error(`${JAR} is missing: build graph-api first (mvn package)`);
  const java = join(process.env.JAVA_HOME || '/usr/lib/jvm/temurin-25-jdk-amd64', 'bin', 'java');
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'ecosystem-e2e-'));
  // The log outlives the data directory: target/ is where Maven's reports are, and it is not committed.
  mkdirSync(resolve(here, '..', 'target'), { recursive: true });
  const logFile = resolve(here, '..', 'target', 'service.log');
  const log = createWriteStream(logFile);
  const child = spawn(
    java,
    ['-jar', JAR, `--server.port=${port}`, '--ecosystem.embedded.bolt-port=0', `--ecosystem.data-dir=${join(dataDir, 'data')}`],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await gone;
      clearTimeout(t);
    }
    if (!process.env.E2E_KEEP_DATA) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const ms = await waitUp(base, child, logFile);
    console.log(`# service up at ${base} after ${(ms / 1000).toFixed(1)} s (log ${logFile})`);
  } catch (e) {
    await stop();
    throw e;
  }
  return { base, stop };
}

export async function startBrowser() {
  // playwright's launch() gives Chromium a fresh temporary --user-data-dir of its own (and refuses one passed in args).
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return { browser, close: () => browser.close() };
}

/** A fresh context and page at 1280x800 that records console errors and uncaught exceptions. */
export async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  return { context, page, problems };
}

export async function signIn(page, base, user, password) {
  await page.goto(`${base}/`);
  await page.fill('input[name=username]', user);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=user]');
}

export async function shot(page, name) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe's violations on the page, by impact. */
export async function axe(page) {
  // Evaluated through the DevTools protocol: a <script> tag (addScriptTag) is inline script, which the
  // service's Content-Security-Policy (script-src 'self') rightly refuses.
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
}
