// Sign-in with a supervise client (docs/security.md): client credentials at the gateway's token endpoint.
// The token (5 minutes) is kept in sessionStorage for this tab only. The secret is never stored: it stays in
// this page's memory to get the next token when one runs out, and is gone when the page is closed or reloaded.

const KEY = 'fyp.dashboard.token';

export interface Session { token: string; expiresAt: number; clientId: string; department: string; scope: string }

export function session(): Session | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  const s = JSON.parse(raw) as Session;
  if (s.expiresAt <= Date.now()) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  return s;
}

let remembered: { clientId: string; secret: string } | null = null;

export function signOut(): void {
  sessionStorage.removeItem(KEY);
  remembered = null;
}

/** The session, renewed with the remembered credentials when its token ran out. */
export async function currentSession(): Promise<Session | null> {
  const s = session();
  if (s || !remembered) return s;
  try {
    return await signIn(remembered.clientId, remembered.secret);
  } catch {
    signOut();
    return null;
  }
}

export async function signIn(clientId: string, secret: string): Promise<Session> {
  const answer = await fetch('/oauth2/token', {
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + btoa(unescape(encodeURIComponent(`${clientId}:${secret}`))),
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials&scope=supervise',
  });
  const body = await answer.json().catch(() => ({}));
  if (!answer.ok) {
    throw new Error(`${answer.status} ${body.error ?? ''} ${body.error_description ?? body.detail ?? ''}`.trim());
  }
  const claims = JSON.parse(decodeURIComponent(escape(atob(body.access_token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')))));
  const s: Session = {
    token: body.access_token,
    // a little before the token runs out, so a request never leaves with a token about to expire
    expiresAt: Date.now() + Math.max(10, (body.expires_in ?? 300) - 15) * 1000,
    clientId: claims.client_id ?? clientId,
    department: claims.department ?? '',
    scope: claims.scope ?? '',
  };
  sessionStorage.setItem(KEY, JSON.stringify(s));
  remembered = { clientId, secret };
  return s;
}
