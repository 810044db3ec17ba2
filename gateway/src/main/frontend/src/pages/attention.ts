import { get } from '../api';
import { deptLinks, indicatorLink, planRefLink, projectLink } from '../common';
import { h, table } from '../dom';
import { t, word } from '../i18n';
import { chip, chips } from '../status';
import type { AttentionItem, Listing } from '../types';

let kindFilter = '';

/** What needs a supervisor now (or needed, as of the date chosen). */
export async function attentionPage(): Promise<Node> {
  const list = await get<Listing<AttentionItem>>('/api/v1/tracking/attention', { size: 500, kind: kindFilter || undefined });
  const byKind = (list.summary.byKind ?? {}) as Record<string, number>;
  const select = h('select', {
    id: 'kind-filter',
    onchange: (e: Event) => { kindFilter = (e.target as HTMLSelectElement).value; window.dispatchEvent(new HashChangeEvent('hashchange')); },
  }, h('option', { value: '' }, t('allKinds')),
  Object.keys(byKind).concat(kindFilter && !byKind[kindFilter] ? [kindFilter] : []).map((k) =>
    h('option', { value: k, selected: k === kindFilter }, `${word(k)} (${byKind[k] ?? 0})`)));
  return h('div', { class: 'page attention' },
    h('h1', {}, t('attention'), h('span', { class: 'code' }, ` (${list.total})`)),
    h('p', { class: 'asof-note' }, `${t('asOf')} ${list.asOf}`),
    chips(byKind, 'attention-kinds'),
    h('p', {}, h('label', { for: 'kind-filter' }, t('filterKind')), ' ', select),
    table(t('attention'), [t('kind'), t('subject'), t('planRef'), t('department'), t('detail'), t('days')],
      list.items.map((i) => [chip(i.kind),
        i.subjectType === 'PROJECT' ? projectLink(i.subjectId, i.subjectName) : indicatorLink(i.subjectId, i.subjectName),
        i.subjectType === 'PROJECT' ? planRefLink(i.planRef) : i.planRef, deptLinks(i.departments), i.detail, String(i.days)]),
      { 'data-testid': 'attention-table' }));
}
