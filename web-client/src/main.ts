import { html, render, nothing } from 'lit-html';
import './style.css';
import { hasRole, loadSession, login, logout, session } from './api/session';
import { forgetVocabularies, loadVocabularies } from './api/vocabularies';
import { onUnauthorized } from './api/client';
import { formatRoute, parseRoute, type Route, type View } from './lib/route';
import { errorBox, spinner } from './ui';
import type { ViewController } from './views/view';
import { SavedViewsMenu } from './views/saved';

const app = document.getElementById('app')!;
app.textContent = '';

const NAV: Array<{ view: View; title: string; role?: 'RECRUITER' | 'ADMIN' }> = [
  { view: 'explorer', title: 'Explorer' },
  { view: 'portfolio', title: 'Portfolio' },
  { view: 'combinations', title: 'Value combinations' },
  { view: 'referrals', title: 'Referral network' },
  { view: 'recruiting', title: 'Recruiting', role: 'RECRUITER' },
  { view: 'model', title: 'Model' },
  { view: 'audit', title: 'Audit trail', role: 'ADMIN' },
];

// Views load on first use: the sign-in form does not wait for the graph renderer or the charts.
const FACTORIES: Record<View, () => Promise<ViewController>> = {
  explorer: () => import('./views/explorer').then((m) => new m.ExplorerView()),
  portfolio: () => import('./views/portfolio').then((m) => new m.PortfolioView()),
  combinations: () => import('./views/combinations').then((m) => new m.CombinationsView()),
  referrals: () => import('./views/referrals').then((m) => new m.ReferralsView()),
  recruiting: () => import('./views/recruiting').then((m) => new m.RecruitingView()),
  model: () => import('./views/model').then((m) => new m.ModelView()),
  audit: () => import('./views/audit').then((m) => new m.AuditView()),
};

let active: { view: View; controller: ViewController | null; host: HTMLElement } | null = null;
let loginError = '';
let busy = false;

/** Navigates by changing the hash (shareable); views call it with their new state. */
export function navigate(route: Route, replace = false): void {
  const hash = formatRoute(route);
  if (hash === window.location.hash) return;
  if (replace) history.replaceState(null, '', hash);
  else window.location.hash = hash;
  if (replace) onRoute();
}

function shell(route: Route) {
  const s = session()!;
  const role = hasRole('ADMIN') ? 'admin' : hasRole('RECRUITER') ? 'recruiter' : 'viewer';
  return html`
    <a class="skip-link" href="#view" @click=${skipToContent}>Skip to content</a>
    <header class="top">
      <a class="brand" href="#/explorer">Ecosystem Graph</a>
      <nav aria-label="Views">
        ${NAV.filter((n) => !n.role || hasRole(n.role)).map((n) => html`<a href=${'#/' + n.view} class=${route.view === n.view ? 'active' : ''} aria-current=${route.view === n.view ? 'page' : nothing}>${n.title}</a>`)}
      </nav>
      <div class="user">
        <span id="saved-slot"></span>
        <a href="./graphiql" data-testid="graphiql-link">GraphiQL</a>
        <span data-testid="user">${s.username}</span><span class="role" data-testid="role">${role}</span>
        <button type="button" class="link" @click=${signOut}>Sign out</button>
      </div>
    </header>
    <main id="view" tabindex="-1"></main>`;
}

/** The skip link moves focus to the view without touching the hash (which holds the route). */
function skipToContent(e: Event) {
  e.preventDefault();
  document.getElementById('view')?.focus();
}

function loginForm() {
  return html`
    <main class="login">
      <form @submit=${submitLogin} aria-labelledby="login-title">
        <h1 id="login-title">Ecosystem Graph</h1>
        <p class="muted">Explore the partner ecosystem, rank prospects, see where investment returns.</p>
        <label>User name <input name="username" autocomplete="username" required autofocus /></label>
        <label>Password <input name="password" type="password" autocomplete="current-password" required /></label>
        ${loginError ? html`<p class="error-text" role="alert">${loginError}</p>` : nothing}
        <button type="submit" ?disabled=${busy}>${busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
    </main>`;
}

async function submitLogin(e: SubmitEvent) {
  e.preventDefault();
  const form = e.target as HTMLFormElement;
  const data = new FormData(form);
  busy = true;
  loginError = '';
  draw();
  try {
    const ok = await login(String(data.get('username')), String(data.get('password')));
    loginError = ok ? '' : 'Wrong user name or password.';
  } catch (err) {
    loginError = err instanceof Error ? err.message : String(err);
  }
  busy = false;
  draw();
}

/** The saved views of the signed-in user (header button and dialog); made at sign-in, gone at sign-out. */
let savedViews: SavedViewsMenu | null = null;

async function signOut() {
  await logout().catch(() => undefined);
  forgetVocabularies();
  savedViews?.dispose();
  savedViews = null;
  unmount();
  draw();
}

function unmount() {
  active?.controller?.unmount();
  active = null;
}

/** GraphiQL (/graphiql) sends anonymous visitors here with ?next=graphiql: once signed in, back they go. */
function returnTo(): string | null {
  return new URLSearchParams(window.location.search).get('next') === 'graphiql' ? './graphiql' : null;
}

function draw() {
  const s = session();
  if (!s?.authenticated) {
    // the next user must not see this one's saved views
    savedViews?.dispose();
    savedViews = null;
    unmount();
    render(loginForm(), app);
    return;
  }
  const next = returnTo();
  if (next) {
    window.location.replace(next);
    return;
  }
  onRoute();
}

function onRoute() {
  const s = session();
  if (!s?.authenticated) return draw();
  const route = parseRoute(window.location.hash);
  render(shell(route), app);
  savedViews ??= new SavedViewsMenu(navigate);
  savedViews.attach(document.getElementById('saved-slot')!, route);
  const host = document.getElementById('view')!;
  if (!active || active.view !== route.view || active.host !== host) {
    const switching = active !== null;
    unmount();
    const slot: NonNullable<typeof active> = { view: route.view, controller: null, host };
    // After a change of view, focus goes to the new view (not left on the navigation link), so a
    // keyboard or screen reader user starts reading the view; on the first view it stays where it is.
    const moveFocus = switching;
    active = slot;
    document.title = `${NAV.find((n) => n.view === route.view)?.title ?? 'Explorer'} · Ecosystem Graph`;
    render(spinner(), host);
    // the view's code and the service's display names (once per session) load side by side
    Promise.all([FACTORIES[route.view](), loadVocabularies()]).then(
      ([controller]) => {
        if (active !== slot) return;
        slot.controller = controller;
        render(nothing, host);
        controller.mount(host, parseRoute(window.location.hash), navigate);
        if (moveFocus) host.focus({ preventScroll: true });
      },
      (e) => {
        if (active === slot)
          render(
            errorBox(new Error('The view could not be loaded: ' + (e instanceof Error ? e.message : e)), () => location.reload()),
            host,
          );
      },
    );
  } else if (active.controller) {
    active.controller.update(route);
  }
}

window.addEventListener('hashchange', onRoute);
onUnauthorized(() => {
  loadSession().then(draw, () => undefined);
});

async function boot() {
  render(spinner('Connecting to the service…'), app);
  try {
    await loadSession();
    draw();
  } catch (e) {
    render(html`<main class="login">${errorBox(e, boot)}</main>`, app);
  }
}
boot();
