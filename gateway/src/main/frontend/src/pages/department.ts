import { get } from '../api';
import { session } from '../auth';
import { breadcrumbs, deptLink, deptName, indicatorLink, loadDepartments, planRefLink, projectLink, stat } from '../common';
import { h, table } from '../dom';
import { t, word } from '../i18n';
import { chip, chips } from '../status';
import type { Listing, Scorecard } from '../types';

/** Every department: the registry (public) and, signed in, each one's scorecard figures. */
export async function departmentsPage(): Promise<Node> {
  const registry = await loadDepartments();
  const cards = session() ? await get<Listing<Scorecard>>('/api/v1/tracking/departments', { size: 500 }) : null;
  const byCode = new Map((cards?.items ?? []).map((c) => [c.department, c]));
  const codes = [...new Set([...registry.keys(), ...byCode.keys()])].sort();
  return h('div', { class: 'page departments' },
    h('h1', {}, t('departments')),
    cards ? null : h('p', { class: 'notice', role: 'note' }, t('publicView')),
    table(t('departments'), [t('name'), t('kind'), t('projectsLed'), t('overdue'), t('inAlarm'), t('lastReport')],
      codes.map((c) => {
        const card = byCode.get(c);
        return [deptLink(c), word(registry.get(c)?.kind ?? card?.kind), card?.projectsLed ?? '—', card?.milestones.overdue ?? '—',
          card?.indicators.inAlarm ?? '—', card?.lastReportedOn ?? '—'];
      }), { 'data-testid': 'department-table' }));
}

/** A department's scorecard. */
export async function departmentPage({ code }: Record<string, string>): Promise<Node> {
  const c = await get<Scorecard>(`/api/v1/tracking/departments/${encodeURIComponent(code)}`);
  const name = c.name ?? deptName(code);
  return h('div', { class: 'page department', 'data-testid': 'department-page' },
    breadcrumbs([[t('departments'), '/departments'], [name, null]]),
    h('h1', {}, name, h('span', { class: 'code' }, ` ${c.department}`)),
    h('p', { class: 'asof-note' }, `${word(c.kind)} · ${t('scorecard')} · ${t('asOf')} ${c.asOf}`),
    h('section', { class: 'stats', 'aria-label': t('scorecard') },
      stat(t('projectsLed'), c.projectsLed, 'dept-led'),
      stat(t('projectsCoLed'), c.projectsCoLed, 'dept-coled'),
      stat(`${t('milestones')} · ${t('overdue')}`, c.milestones.overdue, 'dept-overdue', c.milestones.overdue ? 'bad' : undefined),
      stat(`${t('milestones')} · ${t('atRisk')}`, c.milestones.atRisk, 'dept-at-risk', c.milestones.atRisk ? 'warn' : undefined),
      stat(`${t('milestones')} · ${t('achieved')}`, c.milestones.achievedOnTime + c.milestones.achievedLate, 'dept-achieved'),
      stat(t('daysSince'), c.daysSinceLastReport ?? '—', 'dept-days'),
      stat(`${t('indicators')} · ${t('inAlarm')}`, c.indicators.inAlarm, 'dept-alarms', c.indicators.inAlarm ? 'bad' : undefined)),
    h('section', {}, h('h2', {}, `${t('projects')} (${c.projects.length})`),
      table(t('projects'), [t('name'), t('planRef'), t('role'), t('status')],
        c.projects.map((p) => [projectLink(p.projectId, p.name), planRefLink(p.planRef), p.role === 'LEAD' ? t('LEAD') : t('CO'), chip(p.status)]))),
    h('section', {}, h('h2', {}, `${t('indicators')} · ${t('yearN', { n: c.indicators.year })} (${c.indicators.total})`),
      chips(c.indicators.byStatus),
      table(t('indicators'), [t('planRef'), t('name'), t('attribute'), t('status'), t('explanation')],
        c.indicators.items.map((i) => [i.code, indicatorLink(i.code, i.name), i.attribute === 'BINDING' ? t('BINDING') : t('EXPECTED'),
          chip(i.status), h('span', { class: 'small' }, i.explanation)]))));
}
