// The browser session of docs/api.md: GET /api/session gives the CSRF token (and who is signed in),
// POST /api/login and /api/logout change it. Every state-changing request carries the token header.
import { ApiError, classify, statusMessage } from './errors';

export interface Session {
  authenticated: boolean;
  username: string;
  roles: string[];
  csrfHeader: string;
  csrfToken: string;
}

let current: Session | null = null;

export function session(): Session | null {
  return current;
}

export function hasRole(role: 'VIEWER' | 'RECRUITER' | 'ADMIN'): boolean {
  return !!current?.roles.includes(role);
}

/** The CSRF header to send: the cookie's value wins (it rotates on sign-in), else the last /api/session answer. */
export function csrfHeaders(): Record<string, string> {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  const token = cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : current?.csrfToken;
  return token ? { [current?.csrfHeader ?? 'X-XSRF-TOKEN']: token } : {};
}

export class ServiceDownError extends Error {
  constructor() {
    super('The service cannot be reached. Check that it runs, then retry.');
  }
}

/** The service answered, but not with what was asked: say what it answered, never that it is down. */
function answered(status: number): ApiError {
  const kind = classify(undefined, status);
  return new ApiError(kind, statusMessage(kind, status), status);
}

async function call(input: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(input, { credentials: 'same-origin', ...init });
  } catch {
    throw new ServiceDownError();
  }
}

export async function loadSession(): Promise<Session> {
  const res = await call('/api/session', { headers: { Accept: 'application/json' } });
  if (!res.ok) throw answered(res.status);
  current = (await res.json()) as Session;
  return current;
}

/** Signs in; false on wrong credentials. */
export async function login(username: string, password: string): Promise<boolean> {
  if (!current) await loadSession();
  const body = new URLSearchParams({ username, password });
  const res = await call('/api/login', { method: 'POST', body, headers: csrfHeaders() });
  if (res.status === 401 || res.status === 403) return false;
  if (!res.ok) throw answered(res.status);
  await loadSession();
  return !!current?.authenticated;
}

export async function logout(): Promise<void> {
  await call('/api/logout', { method: 'POST', headers: csrfHeaders() });
  await loadSession();
}
