import { get } from '../api';
import { session } from '../auth';
import { breadcrumbs, deptLink, planRefLink, projectLink, stat } from '../common';
import { h, table } from '../dom';
import { t } from '../i18n';
import { href } from '../router';
import { chip, chips } from '../status';
import type { CatalogPlan, Dashboard, Listing, Project, Row } from '../types';
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
  if (!session()) return publicScope(plan, l.level, n);
  const [dash, projects] = await Promise.all([
    get<Dashboard>(`/api/v1/tracking/plans/${encodeURIComponent(plan)}/${level}/${n}`),
    get<Listing<Project>>('/api/v1/tracking/projects', { plan, [l.filter]: n, size: 500 }),
  ]);
  const heading = `${rowLabel(l.level, n)} ${dash.scope.title}`;
  const childRows = dash.children.concat(dash.unplaced ? [{ ...dash.unplaced, title: t('unplaced') }] : []);
  return h('div', { class: 'page scope', 'data-testid': 'scope-page' },
    breadcrumbs([[dash.plan, `/plans/${dash.plan}`], [heading, null]]),
    h('h1', {}, heading, h('span', { class: 'code' }, ` ${dash.scope.code}`)),
    h('p', { class: 'asof-note' }, `${t('asOf')} ${dash.asOf} · ${t('year')} ${dash.year}`),
    h('section', { class: 'stats', 'aria-label': t('summary') },
      stat(t('projects'), dash.projects.total, 'scope-projects'),
      stat(`${t('milestones')} · ${t('due')}`, dash.milestones.due, 'scope-due'),
      stat(`${t('milestones')} · ${t('achieved')}`, dash.milestones.achieved, 'scope-achieved'),
      stat(`${t('milestones')} · ${t('overdue')}`, dash.milestones.overdue, 'scope-overdue', dash.milestones.overdue ? 'bad' : undefined),
      stat(`${t('milestones')} · ${t('atRisk')}`, dash.milestones.atRisk, 'scope-at-risk', dash.milestones.atRisk ? 'warn' : undefined)),
    h('section', {}, h('h2', {}, t('children')),
      table(`${heading} · ${t('children')}`, [t('name'), t('projects'), t('status'), t('due'), t('achieved'), t('overdue')],
        childRows.map((r) => [childLink(dash.plan, r), r.projects.total, r.level === 'PROJECT' ? chip(r.status) : chips(r.projects.byStatus),
          r.milestones.due, r.milestones.achieved, r.milestones.overdue]))),
    h('section', {}, h('h2', {}, `${t('projects')} (${projects.total})`),
      table(`${heading} · ${t('projects')}`, [t('name'), t('planRef'), t('lead'), t('status'), t('milestones')],
        projects.items.map((p) => [projectLink(p.projectId, p.name), planRefLink(p.planRef, p.placement), deptLink(p.leadDepartment),
          chip(p.status.status, undefined, p.status.explanation), `${p.milestones.filter((m) => m.achievedOn).length}/${p.milestones.length}`]),
        { 'data-testid': 'project-table' })),
    h('section', {}, h('h2', {}, t('indicators')), h('p', { class: 'dim' }, t('indicatorsNote'), ' ',
      h('a', { href: href(`/plans/${dash.plan}`) }, dash.plan))));
}

function childLink(plan: string, r: Row): Node | string {
  if (r.level === 'PROJECT') return r.id ? projectLink(r.id, r.title) : r.title;
  if (!CHILD_PATH[r.level]) return r.title;
  return h('a', { href: href(`/plans/${plan}/${CHILD_PATH[r.level]}/${r.number}`) }, `${rowLabel(r.level, r.number)} ${r.title}`);
}

async function publicScope(plan: string, level: string, n: number): Promise<Node> {
  const catalog = await get<CatalogPlan>(`/api/v1/plans/${encodeURIComponent(plan)}`, {}, false);
  const chapters = catalog.parts.length ? catalog.parts.flatMap((p) => p.chapters) : catalog.chapters;
  let title = '';
  let children: Node[] = [];
  if (level === 'PART') {
    const part = catalog.parts.find((p) => p.number === n);
    title = part?.title ?? '';
    children = (part?.chapters ?? []).map((c) => h('li', {}, h('a', { href: href(`/plans/${plan}/chapters/${c.number}`) }, `${rowLabel('CHAPTER', c.number)} ${c.title}`)));
  } else if (level === 'CHAPTER') {
    const chapter = chapters.find((c) => c.number === n);
    title = chapter?.title ?? '';
    children = catalog.boxes.filter((b) => b.chapterCode === chapter?.code)
      .map((b) => h('li', {}, h('a', { href: href(`/plans/${plan}/boxes/${b.number}`) }, `${rowLabel('BOX', b.number)} ${b.title}`)));
  } else {
    const box = catalog.boxes.find((b) => b.number === n);
    title = box?.title ?? '';
    children = (box?.items ?? []).map((i) => h('li', {}, `${i.code} ${i.label}`));
  }
  const heading = `${rowLabel(level, n)} ${title}`;
  return h('div', { class: 'page scope public' },
    breadcrumbs([[plan, `/plans/${plan}`], [heading, null]]),
    h('h1', {}, heading),
    h('p', { class: 'notice', role: 'note' }, t('publicView')),
    h('ul', { class: 'plain' }, children));
}
