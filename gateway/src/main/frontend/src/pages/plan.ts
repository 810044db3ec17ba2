import { get } from '../api';
import { session } from '../auth';
import { deptLinks, indicatorLink, stat } from '../common';
import { h, table } from '../dom';
import { t, word } from '../i18n';
import { href } from '../router';
import { chip, chips } from '../status';
import type { CatalogPlan, Dashboard, Indicator, IndicatorFigures, Listing, Row } from '../types';

const LEVEL_PATH: Record<string, string> = { PART: 'parts', CHAPTER: 'chapters', BOX: 'boxes' };

export function rowLabel(level: string, n?: number): string {
  return level === 'PART' ? t('partN', { n: n ?? '' }) : level === 'CHAPTER' ? t('chapterN', { n: n ?? '' })
    : level === 'BOX' ? t('boxN', { n: n ?? '' }) : t('project');
}

/** The plan at a glance: every part (or, for a plan without parts, every chapter) as a card. */
export async function planPage({ plan }: Record<string, string>): Promise<Node> {
  // The dashboard and the indicators are public reads (docs/security.md): the same figures with or without a sign-in.
  const [catalog, dash, indicators] = await Promise.all([
    get<CatalogPlan>(`/api/v1/plans/${encodeURIComponent(plan)}`, {}, false),
    get<Dashboard>(`/api/v1/tracking/plans/${encodeURIComponent(plan)}`),
    get<Listing<Indicator>>('/api/v1/tracking/indicators', { plan, size: 500 }),
  ]);
  const ind = dash.indicators!;
  return h('div', { class: session() ? 'page plan' : 'page plan public' },
    h('h1', {}, dash.planTitle, h('span', { class: 'code' }, ` ${dash.plan}`)),
    catalog.approvedNote ? h('p', { class: 'dim' }, catalog.approvedNote) : null,
    session() ? null : h('p', { class: 'notice', role: 'note' }, t('publicView')),
    h('p', { class: 'asof-note' }, `${t('asOf')} ${dash.asOf} · ${t('year')} ${dash.year}`),
    h('section', { class: 'stats', 'aria-label': t('summary') },
      stat(t('projects'), dash.projects.total, 'plan-projects'),
      stat(`${t('milestones')} · ${t('due')}`, dash.milestones.due, 'plan-due'),
      stat(`${t('milestones')} · ${t('achieved')}`, dash.milestones.achieved, 'plan-achieved'),
      stat(`${t('milestones')} · ${t('overdue')}`, dash.milestones.overdue, 'plan-overdue', dash.milestones.overdue ? 'bad' : undefined),
      stat(t('indicators'), ind.total, 'plan-indicators'),
      stat(t('bindingInAlarm'), ind.bindingInAlarm, 'plan-alarms', ind.bindingInAlarm ? 'bad' : undefined)),
    h('section', { class: 'band' },
      h('h2', {}, `${t('projects')} · ${t('status')}`), chips(dash.projects.byStatus, 'plan-project-statuses'),
      h('h2', {}, `${t('indicators')} · ${t('yearN', { n: ind.year })}`), chips(ind.byStatus, 'plan-indicator-statuses')),
    h('section', { 'aria-labelledby': 'grid-title' },
      h('h2', { id: 'grid-title' }, dash.children[0]?.level === 'PART' ? t('part') + ` (${dash.children.length})` : t('chapters') + ` (${dash.children.length})`),
      h('ol', { class: 'grid', 'data-testid': 'plan-grid' }, dash.children.map((row) => card(dash.plan, row)))),
    dash.unplaced ? h('p', {}, `${t('unplaced')}: ${dash.unplaced.projects.total}`) : null,
    indicatorTable(indicators.items, dash.year));
}

function card(plan: string, row: Row): HTMLElement {
  const m = row.milestones;
  const p = row.projects.byStatus;
  const worst = m.overdue > 0 || (p.OVERDUE ?? 0) > 0 ? 'bad'
    : m.atRisk > 0 || (p.AT_RISK ?? 0) + (p.DELAYED ?? 0) > 0 ? 'warn'
      : (p.ON_TRACK ?? 0) + (p.COMPLETED ?? 0) > 0 ? 'good' : 'neutral';
  const path = `/plans/${plan}/${LEVEL_PATH[row.level]}/${row.number}`;
  return h('li', { class: `card edge-${worst}`, 'data-testid': 'scope-card', 'data-level': row.level, 'data-number': row.number ?? '' },
    h('h3', {}, h('a', { href: href(path) }, h('span', { class: 'num' }, rowLabel(row.level, row.number)), ' ', row.title)),
    h('dl', {},
      h('dt', {}, t('projects')),
      h('dd', {}, h('span', { class: 'big', 'data-testid': 'card-projects' }, String(row.projects.total)), ' ', chips(row.projects.byStatus)),
      h('dt', {}, `${t('milestones')} · ${t('yearN', { n: m.year })}`),
      h('dd', {},
        h('span', { 'data-testid': 'card-due' }, `${t('due')} ${m.due}`), ' · ',
        h('span', { 'data-testid': 'card-achieved' }, `${t('achieved')} ${m.achieved}`), ' · ',
        h('span', { 'data-testid': 'card-overdue', class: m.overdue ? 'text-bad' : null }, `${t('overdue')} ${m.overdue}`),
        m.due > 0 ? h('div', {}, chips(m.dueByStatus)) : null),
      row.indicators ? indicatorTerms(row.indicators) : null));
}

/** The indicators the plan's text names in a part, chapter or box (docs/tracking.md): how many, and the binding ones in alarm. */
export function indicatorTerms(i: IndicatorFigures): Node[] {
  return [h('dt', {}, `${t('indicatorsNamed')} · ${t('yearN', { n: i.year })}`),
    h('dd', {},
      h('span', { 'data-testid': 'card-indicators' }, `${t('indicators')} ${i.total}`), ' · ',
      h('span', { 'data-testid': 'card-alarms', class: i.bindingInAlarm ? 'text-bad' : null }, `${t('bindingInAlarm')} ${i.bindingInAlarm}`),
      i.total > 0 ? h('div', {}, chips(i.byStatus)) : null)];
}

export function indicatorTable(items: Indicator[], year: number): HTMLElement {
  return h('section', {},
    h('h2', {}, `${t('indicators')} (${items.length})`),
    table(`${t('indicators')} · ${t('yearN', { n: year })}`,
      [t('planRef'), t('name'), t('attribute'), t('target'), t('responsible'), t('status'), t('explanation')],
      items.map((i) => {
        const e = i.years.find((y) => y.year === year) ?? i.latest;
        return [i.code, indicatorLink(i.code, i.name), word(i.attribute) === i.attribute ? t(i.attribute as 'BINDING') : word(i.attribute),
          [i.targetText, i.growthText && i.growthText !== '-' ? ` (${i.growthText})` : ''].join(''), deptLinks(i.responsibleDepartments),
          chip(e.status), h('span', { class: 'small' }, e.explanation)];
      }), { 'data-testid': 'indicator-table' }));
}
