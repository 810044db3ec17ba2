import { get } from '../api';
import { session } from '../auth';
import { breadcrumbs, deptLink, indicatorLink, planRefLink, projectLink, stat } from '../common';
import { h, table } from '../dom';
import { t } from '../i18n';
import { href } from '../router';
import { chip, chips } from '../status';
import type { Dashboard, Listing, Project, Row } from '../types';
import { rowLabel } from './plan';

const LEVELS: Record<string, { level: string; filter: string }> = {
  parts: { level: 'PART', filter: 'part' }, chapters: { level: 'CHAPTER', filter: 'chapter' }, boxes: { level: 'BOX', filter: 'box' },
};
const CHILD_PATH: Record<string, string> = { PART: 'parts', CHAPTER: 'chapters', BOX: 'boxes' };

/** A part, chapter or box: its children with their figures, and its projects. */
export async function scopePage({ plan, level, number }: Record<string, string>): Promise<Node> {
  const l = LEVELS[level];
  if (!l || !/^\d+$/.test(number)) return h('p', {}, t('notFound'));
  const n = Number(number);
  // The scope's figures are public; the list of its projects (with leads and explanations) needs a sign-in.
  const signedIn = session() !== null;
  const [dash, projects] = await Promise.all([
    get<Dashboard>(`/api/v1/tracking/plans/${encodeURIComponent(plan)}/${level}/${n}`),
    signedIn ? get<Listing<Project>>('/api/v1/tracking/projects', { plan, [l.filter]: n, size: 500 }) : Promise.resolve(null),
  ]);
  const heading = `${rowLabel(l.level, n)} ${dash.scope.title}`;
  const ind = dash.indicators;
  const childRows = dash.children.concat(dash.unplaced ? [{ ...dash.unplaced, title: t('unplaced') }] : []);
  return h('div', { class: signedIn ? 'page scope' : 'page scope public', 'data-testid': 'scope-page' },
    breadcrumbs([[dash.plan, `/plans/${dash.plan}`], [heading, null]]),
    h('h1', {}, heading, h('span', { class: 'code' }, ` ${dash.scope.code}`)),
    h('p', { class: 'asof-note' }, `${t('asOf')} ${dash.asOf} · ${t('year')} ${dash.year}`),
    h('section', { class: 'stats', 'aria-label': t('summary') },
      stat(t('projects'), dash.projects.total, 'scope-projects'),
      stat(`${t('milestones')} · ${t('due')}`, dash.milestones.due, 'scope-due'),
      stat(`${t('milestones')} · ${t('achieved')}`, dash.milestones.achieved, 'scope-achieved'),
      stat(`${t('milestones')} · ${t('overdue')}`, dash.milestones.overdue, 'scope-overdue', dash.milestones.overdue ? 'bad' : undefined),
      stat(`${t('milestones')} · ${t('atRisk')}`, dash.milestones.atRisk, 'scope-at-risk', dash.milestones.atRisk ? 'warn' : undefined),
      stat(t('indicatorsNamed'), ind?.total ?? 0, 'scope-indicators'),
      stat(t('bindingInAlarm'), ind?.bindingInAlarm ?? 0, 'scope-alarms', ind?.bindingInAlarm ? 'bad' : undefined)),
    h('section', {}, h('h2', {}, t('children')),
      table(`${heading} · ${t('children')}`, [t('name'), t('projects'), t('status'), t('due'), t('achieved'), t('overdue'), t('indicatorsNamed')],
        childRows.map((r) => [childLink(dash.plan, r, signedIn), r.projects.total, r.level === 'PROJECT' ? chip(r.status) : chips(r.projects.byStatus),
          r.milestones.due, r.milestones.achieved, r.milestones.overdue, r.indicators ? r.indicators.total : '—']))),
    projects === null ? h('p', { class: 'notice', role: 'note' }, t('publicView')) : h('section', {}, h('h2', {}, `${t('projects')} (${projects.total})`),
      table(`${heading} · ${t('projects')}`, [t('name'), t('planRef'), t('lead'), t('status'), t('milestones')],
        projects.items.map((p) => [projectLink(p.projectId, p.name), planRefLink(p.planRef, p.placement), deptLink(p.leadDepartment),
          chip(p.status.status, undefined, p.status.explanation), `${p.milestones.filter((m) => m.achievedOn).length}/${p.milestones.length}`]),
        { 'data-testid': 'project-table' })),
    h('section', {}, h('h2', {}, t('indicatorsNamed')), h('p', { class: 'dim' }, t('indicatorsNote'), ' ',
      h('a', { href: href(`/plans/${dash.plan}`) }, dash.plan)),
      ind ? chips(ind.byStatus, 'scope-indicator-statuses') : null,
      ind && ind.alarms.length > 0 ? h('ul', { 'data-testid': 'scope-alarm-list' },
        ind.alarms.map((a) => h('li', {}, indicatorLink(a.code, a.name), ' ', chip(a.status), ' ', h('span', { class: 'small' }, a.explanation))))
        : null));
}

function childLink(plan: string, r: Row, signedIn: boolean): Node | string {
  if (r.level === 'PROJECT') return r.id && signedIn ? projectLink(r.id, r.title) : r.title;
  if (!CHILD_PATH[r.level]) return r.title;
  return h('a', { href: href(`/plans/${plan}/${CHILD_PATH[r.level]}/${r.number}`) }, `${rowLabel(r.level, r.number)} ${r.title}`);
}
