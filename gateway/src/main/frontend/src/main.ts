import './style.css';
import { currentSession, session, signIn, signOut } from './auth';
import { ApiError } from './api';
import { h } from './dom';
import { lang, setLang, t } from './i18n';
import { businessToday, go, href, match, readHash, state } from './router';
import { loadDepartments } from './common';
import { attentionPage } from './pages/attention';
import { departmentPage, departmentsPage } from './pages/department';
import { indicatorPage } from './pages/indicator';
import { planPage } from './pages/plan';
import { projectPage } from './pages/project';
import { scopePage } from './pages/scope';

type Page = (params: Record<string, string>) => Promise<Node>;

const ROUTES: [string, Page][] = [
  ['/plans/:plan', planPage],
  ['/plans/:plan/:level/:number', scopePage],
  ['/projects/:id', projectPage],
  ['/indicators/:code', indicatorPage],
  ['/departments', departmentsPage],
  ['/departments/:code', departmentPage],
  ['/attention', attentionPage],
];

const main = document.getElementById('main')!;
const top = document.getElementById('top')!;
const live = document.getElementById('status')!;
let rendering = 0;
let lastPath = '';

function header(): void {
  const s = session();
  const today = businessToday();
  const asOf = h('input', {
    type: 'date', id: 'as-of', name: 'asOf', value: state.asOf || today, min: '2026-01-01', max: '2031-12-31',
    'aria-describedby': 'as-of-help',
    onchange: (e: Event) => {
      const v = (e.target as HTMLInputElement).value;
      go(state.path, v && v !== today ? v : '');
    },
  });
  const nav = (path: string, label: string) => h('a', {
    href: href(path), 'aria-current': state.path === path || state.path.startsWith(path + '/') ? 'page' : null,
  }, label);
  top.replaceChildren(
    h('div', { class: 'bar' },
      h('a', { class: 'brand', href: href('/plans/FZ-15') }, t('appTitle')),
      h('nav', { 'aria-label': t('nav'), class: 'nav' },
        nav('/plans/FZ-15', 'FZ-15'), nav('/plans/GL-15', 'GL-15'),
        nav('/attention', t('attention')), nav('/departments', t('departments'))),
      h('div', { class: 'asof' },
        h('label', { for: 'as-of' }, t('asOf')), asOf,
        state.asOf ? h('button', { type: 'button', onclick: () => go(state.path, '') }, t('today')) : null,
        h('span', { id: 'as-of-help', class: 'visually-hidden' }, t('asOfHelp'))),
      h('button', {
        type: 'button', class: 'lang', lang: lang === 'zh' ? 'en' : 'zh-CN', title: t('languageLabel'),
        onclick: () => { setLang(lang === 'zh' ? 'en' : 'zh'); render(); },
      }, t('language')),
      s ? h('div', { class: 'who' },
        h('span', {}, `${t('signedInAs')} `, h('strong', { 'data-testid': 'signed-in' }, s.clientId), ` (${s.department}, ${s.scope})`),
        h('button', { type: 'button', onclick: () => { signOut(); render(); } }, t('signOut')))
        : h('button', { type: 'button', id: 'sign-in-open', onclick: openSignIn }, t('signIn'))),
    signInDialog());
}

function signInDialog(): HTMLDialogElement {
  const error = h('p', { class: 'error', role: 'alert', id: 'sign-in-error' });
  const form = h('form', {
    method: 'dialog',
    onsubmit: async (e: Event) => {
      e.preventDefault();
      const data = new FormData(form);
      try {
        await signIn(String(data.get('clientId')).trim(), String(data.get('clientSecret')));
        dialog.close();
        render();
      } catch (err) {
        error.textContent = `${t('signInFailed')}: ${(err as Error).message}`;
      }
    },
  },
    h('h2', { id: 'sign-in-title' }, t('signInTitle')),
    h('p', {}, h('label', { for: 'client-id' }, t('clientId')),
      h('input', { id: 'client-id', name: 'clientId', required: true, autocomplete: 'username', value: 'demo-supervise' })),
    h('p', {}, h('label', { for: 'client-secret' }, t('clientSecret')),
      h('input', { id: 'client-secret', name: 'clientSecret', type: 'password', required: true, autocomplete: 'current-password' })),
    error,
    h('p', { class: 'actions' },
      h('button', { type: 'submit', id: 'sign-in-submit' }, t('signIn')),
      h('button', { type: 'button', onclick: () => dialog.close() }, t('cancel'))));
  const dialog = h('dialog', { id: 'sign-in', 'aria-labelledby': 'sign-in-title' }, form);
  return dialog;
}

function openSignIn(): void {
  const dialog = document.getElementById('sign-in') as HTMLDialogElement;
  dialog.showModal();
  (document.getElementById('client-secret') as HTMLInputElement).focus();
}

async function render(): Promise<void> {
  const mine = ++rendering;
  readHash();
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  await currentSession(); // a token that ran out is renewed before the page decides what it may show
  if (mine !== rendering) return;
  header();
  main.setAttribute('aria-busy', 'true');
  live.textContent = t('loading');
  let content: Node;
  try {
    await loadDepartments();
    const route = ROUTES.map(([p, page]) => [match(p, state.path), page] as const).find(([m]) => m);
    content = route ? await route[1](route[0]!) : h('p', {}, t('notFound'));
  } catch (err) {
    content = errorBox(err);
  }
  if (mine !== rendering) return; // a newer navigation won
  if (!session() !== !document.querySelector('[data-testid=signed-in]')) header(); // signed out (401) meanwhile
  main.replaceChildren(content);
  main.setAttribute('aria-busy', 'false');
  main.setAttribute('data-rendered', `${state.path}|${state.asOf}|${lang}|${session() ? 'signed-in' : 'public'}`);
  const title = main.querySelector('h1')?.textContent;
  document.title = `${title ? title + ' · ' : ''}${t('appTitle')}`;
  live.textContent = `${t('loaded')}: ${title ?? ''}`;
  // A new page: keyboard and screen-reader users start at its content, not at the top of the header.
  if (lastPath && lastPath !== state.path) {
    window.scrollTo(0, 0);
    main.focus({ preventScroll: true });
  }
  lastPath = state.path;
}

function errorBox(err: unknown): HTMLElement {
  const e = err as Error;
  const needsSignIn = err instanceof ApiError && (err.status === 401 || err.status === 403);
  return h('div', { class: 'error-box', role: 'alert' },
    h('h1', {}, needsSignIn ? t('signInToSee') : t('error')),
    h('p', {}, needsSignIn && !session() ? t('publicView') : e.message),
    needsSignIn ? h('button', { type: 'button', onclick: openSignIn }, t('signIn')) : null);
}

window.addEventListener('hashchange', () => { render(); });
render();
