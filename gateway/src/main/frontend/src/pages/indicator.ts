import { get } from '../api';
import { trajectory } from '../charts/trajectory';
import { breadcrumbs, deptLink, deptLinks } from '../common';
import { fmt, h, table } from '../dom';
import { t, word } from '../i18n';
import { chip } from '../status';
import type { Indicator } from '../types';

/** A main indicator: target, responsibility, trajectory chart, evaluation per year, figures with their revisions. */
export async function indicatorPage({ code }: Record<string, string>): Promise<Node> {
  const i = await get<Indicator>(`/api/v1/tracking/indicators/${encodeURIComponent(code)}`);
  return h('div', { class: 'page indicator', 'data-testid': 'indicator-page' },
    breadcrumbs([[i.planCode, `/plans/${i.planCode}`], [i.name, null]]),
    h('h1', {}, i.name, h('span', { class: 'code' }, ` ${i.code}`)),
    h('p', { class: 'lead-status' }, chip(i.latest.status), ' ', h('span', { class: 'small' }, `${i.latest.year}: ${i.latest.explanation}`)),
    h('dl', { class: 'facts' },
      h('dt', {}, t('attribute')), h('dd', {}, i.attribute === 'BINDING' ? t('BINDING') : t('EXPECTED'), ` · ${i.category}`),
      h('dt', {}, t('unit')), h('dd', {}, i.unit),
      h('dt', {}, t('baseline')), h('dd', {}, i.baseline?.raw || '—'),
      h('dt', {}, t('target')), h('dd', {}, i.targetText, i.growthText && i.growthText !== '-' ? ` (${i.growthText})` : ''),
      h('dt', {}, t('responsible')), h('dd', {}, deptLinks(i.responsibleDepartments))),
    h('section', { 'aria-labelledby': 'traj' }, h('h2', { id: 'traj' }, t('trajectory')), trajectory(i)),
    h('section', {}, h('h2', {}, t('evaluations')),
      table(t('evaluations'), [t('year'), t('status'), t('expected'), t('observed'), t('explanation')],
        i.years.map((e) => [String(e.year), chip(e.status), fmt(e.expected), fmt(e.observed), h('span', { class: 'small' }, e.explanation)]),
        { 'data-testid': 'evaluation-table' })),
    h('section', {}, h('h2', {}, t('observations')),
      table(t('observations'), [t('period'), t('value'), t('kind'), t('replaced'), t('source'), t('department'), t('recordedAt')],
        i.observations.map((o) => [o.period + (o.laggedYear ? ' *' : ''), fmt(o.value), word(o.kind),
          o.replaced.length ? o.replaced.map((r) => `${fmt(r.value)} (${word(r.kind)}${r.reason ? '; ' + r.reason : ''})`).join(' → ') : '—',
          o.source ?? '—', deptLink(o.department), o.recordedAt.replace('T', ' ').slice(0, 19)]),
        { 'data-testid': 'observation-table' })),
    i.history ? h('section', {}, h('h2', {}, t('history')),
      table(t('history'), [t('recordedAt'), t('event'), t('period'), t('value'), t('department'), t('client'), t('reason')],
        i.history.map((e) => [e.at.replace('T', ' ').slice(0, 19), e.type, e.period ?? '—',
          e.value === undefined ? '—' : `${e.previousValue !== undefined ? fmt(e.previousValue) + ' → ' : ''}${fmt(e.value)}`,
          deptLink(e.department), e.client ?? '—', e.reason ?? '—']))) : null);
}
