import { get } from './api';
import { h } from './dom';
import { href } from './router';
import { t } from './i18n';
import type { Department } from './types';

let departments: Map<string, Department> | null = null;

/** The department registry (public), read once per page load. */
export async function loadDepartments(): Promise<Map<string, Department>> {
  if (!departments) {
    try {
      const list = await get<Department[]>('/api/v1/departments', {}, false);
      departments = new Map(list.map((d) => [d.code, d]));
    } catch {
      departments = new Map();
    }
  }
  return departments;
}

export function deptName(code: string): string {
  return departments?.get(code)?.name ?? code;
}

export function deptLink(code: string | null | undefined): Node {
  if (!code) return h('span', { class: 'dim' }, t('none'));
  return h('a', { href: href(`/departments/${encodeURIComponent(code)}`) }, deptName(code));
}

export function deptLinks(codes: string[] | undefined): Node {
  if (!codes || codes.length === 0) return h('span', { class: 'dim' }, t('none'));
  const out = h('span', {});
  codes.forEach((c, i) => { if (i > 0) out.append('、'); out.append(deptLink(c)); });
  return out;
}

export function projectLink(id: string, name: string): Node {
  return h('a', { href: href(`/projects/${encodeURIComponent(id)}`) }, name);
}

export function indicatorLink(code: string, name: string): Node {
  return h('a', { href: href(`/indicators/${encodeURIComponent(code)}`) }, name);
}

/** A plan reference (FZ-15.B06.2, FZ-15.C14) as a link to the narrowest page that exists for it. */
export function planRefLink(ref: string, placement?: { plan: string; part?: number; chapter?: number; box?: number }): Node {
  const plan = ref.split('.')[0];
  let path = `/plans/${plan}`;
  if (placement?.box) path += `/boxes/${placement.box}`;
  else if (placement?.chapter) path += `/chapters/${placement.chapter}`;
  else if (placement?.part) path += `/parts/${placement.part}`;
  else {
    const m = /\.(B|C|P)(\d+)/.exec(ref);
    if (m) path += `/${{ B: 'boxes', C: 'chapters', P: 'parts' }[m[1] as 'B' | 'C' | 'P']}/${Number(m[2])}`;
  }
  return h('a', { href: href(path), class: 'ref' }, ref);
}

export function breadcrumbs(items: [string, string | null][]): HTMLElement {
  return h('nav', { class: 'crumbs', 'aria-label': 'breadcrumb' },
    h('ol', {}, items.map(([label, path], i) => h('li', {},
      path && i < items.length - 1 ? h('a', { href: href(path) }, label) : h('span', { 'aria-current': 'page' }, label)))));
}

export function stat(label: string, value: string | number, testId?: string, tone?: string): HTMLElement {
  return h('div', { class: `stat${tone ? ' tone-' + tone : ''}` },
    h('span', { class: 'stat-label' }, label), h('span', { class: 'stat-value', 'data-testid': testId ?? null }, String(value)));
}
