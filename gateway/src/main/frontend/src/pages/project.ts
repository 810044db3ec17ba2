import { get } from '../api';
import { timeline } from '../charts/timeline';
import { breadcrumbs, deptLink, deptLinks, planRefLink, stat } from '../common';
import { fmt, h, table } from '../dom';
import { t, word } from '../i18n';
import { businessToday, state } from '../router';
import { chip } from '../status';
import type { Project } from '../types';

/** A key project: status, departments, milestones on a timeline, risks, and every event recorded. */
export async function projectPage({ id }: Record<string, string>): Promise<Node> {
  const p = await get<Project>(`/api/v1/tracking/projects/${encodeURIComponent(id)}`);
  const asOf = state.asOf || businessToday();
  const achieved = p.milestones.filter((m) => m.status.status === 'ACHIEVED').length;
  return h('div', { class: 'page project', 'data-testid': 'project-page' },
    breadcrumbs([[p.planCode, `/plans/${p.planCode}`], [p.name, null]]),
    h('h1', {}, p.name),
    h('p', { class: 'lead-status' }, chip(p.status.status), ' ', h('span', { class: 'small', 'data-testid': 'project-explanation' }, p.status.explanation)),
    h('dl', { class: 'facts' },
      h('dt', {}, t('planRef')), h('dd', {}, planRefLink(p.planRef, p.placement), ' · ', word(p.kind)),
      h('dt', {}, t('lead')), h('dd', {}, deptLink(p.leadDepartment)),
      h('dt', {}, t('coDepartments')), h('dd', {}, deptLinks(p.coDepartments)),
      h('dt', {}, t('plannedPeriod')), h('dd', {}, `${p.plannedStart ?? '—'} – ${p.plannedEnd ?? '—'}`),
      h('dt', {}, t('investment')), h('dd', {}, `${t('planned')} ${fmt(p.plannedInvestment)} · ${t('completed')} ${fmt(p.investmentCompleted)}`),
      h('dt', {}, t('lastReport')), h('dd', {}, p.lastReportedOn ?? '—')),
    h('section', { class: 'stats', 'aria-label': t('milestones') },
      stat(t('milestones'), p.milestones.length, 'project-milestones'),
      stat(t('achieved'), achieved, 'project-achieved'),
      stat(t('overdue'), p.milestones.filter((m) => m.status.status === 'OVERDUE').length, 'project-overdue', 'bad')),
    h('section', { 'aria-labelledby': 'tl' },
      h('h2', { id: 'tl' }, t('timeline')),
      p.milestones.length ? timeline(p.milestones, p.plannedStart, p.plannedEnd, asOf) : h('p', { class: 'dim' }, '—'),
      table(t('milestones'), [t('name'), t('plannedDate'), t('originalDate'), t('achievedOn'), t('percent'), t('status'), t('explanation')],
        p.milestones.map((m) => [m.title, m.plannedDate,
          m.originalPlannedDate !== m.plannedDate ? `${m.originalPlannedDate}${m.lastRescheduleReason ? ` (${m.lastRescheduleReason})` : ''}` : '—',
          m.achievedOn ?? '—', `${m.percentComplete}%`, chip(m.status.status), h('span', { class: 'small' }, m.status.explanation)]),
        { 'data-testid': 'milestone-table' })),
    p.risks.length ? h('section', {}, h('h2', {}, t('risks')),
      table(t('risks'), [t('severity'), t('description'), t('raisedOn'), t('resolvedOn')],
        p.risks.map((r) => [r.severity, r.description, r.raisedOn, r.resolvedOn ?? '—']))) : null,
    h('section', {}, h('h2', {}, t('history')),
      table(t('history'), [t('businessDate'), t('event'), t('summary'), t('department'), t('client'), t('recordedAt')],
        p.timeline.map((e) => [e.businessDate ?? '—', e.type, e.summary, deptLink(e.department), e.client ?? '—',
          e.recordedAt.replace('T', ' ').slice(0, 19)]), { 'data-testid': 'history-table' })));
}
