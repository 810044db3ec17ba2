import { currentSession, signOut } from './auth';
import { state } from './router';

export class ApiError extends Error {
  constructor(readonly status: number, readonly detail: string) {
    super(`${status} ${detail}`);
  }
}

/** GET a path of the public REST API through the gateway, with the as-of date and the token when signed in. */
export async function get<T>(path: string, params: Record<string, string | number | undefined> = {}, withAsOf = true): Promise<T> {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') url.searchParams.set(k, String(v));
  if (withAsOf && state.asOf) url.searchParams.set('asOf', state.asOf);
  const s = await currentSession();
  const answer = await fetch(url, { headers: { Accept: 'application/json', ...(s ? { Authorization: `Bearer ${s.token}` } : {}) } });
  if (!answer.ok) {
    const body = await answer.json().catch(() => ({}));
    if (answer.status === 401 && s) signOut();
    throw new ApiError(answer.status, body.detail ?? body.title ?? answer.statusText);
  }
  return answer.json() as Promise<T>;
}
