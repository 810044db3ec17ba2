// Hash routes (#/plans/FZ-15/parts/5?asOf=2026-06-30): the gateway serves one page, every link keeps the as-of date.

export const state = { path: '/plans/FZ-15', asOf: '' };

export function readHash(): void {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, query] = raw.split('?');
  state.path = path === '/' || path === '' ? '/plans/FZ-15' : path;
  const asOf = new URLSearchParams(query ?? '').get('asOf') ?? '';
  state.asOf = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : '';
}

/** The href of a page, keeping the as-of date. */
export function href(path: string, asOf: string = state.asOf): string {
  return '#' + path + (asOf ? `?asOf=${asOf}` : '');
}

export function go(path: string, asOf: string = state.asOf): void {
  location.hash = href(path, asOf);
}

export function match(pattern: string, path: string): Record<string, string> | null {
  const names: string[] = [];
  const re = new RegExp('^' + pattern.replace(/:(\w+)/g, (_, n: string) => { names.push(n); return '([^/]+)'; }) + '$');
  const m = re.exec(path);
  if (!m) return null;
  return Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
}

/** Today in Fuzhou: the business date the services answer for when no as-of date is given. */
export function businessToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
