import { h, s } from '../dom';
import { t, word } from '../i18n';
import { tone } from '../status';
import type { Milestone } from '../types';

const DAY = 86_400_000;
const ms = (d: string) => Date.parse(d + 'T00:00:00Z');

/**
 * Milestones on a time axis, one row each: the current planned date (diamond), the original one when it was
 * rescheduled (hollow diamond and a dashed arrow), the achieved date (filled circle), an overdue stretch up to
 * the as-of day (red bar), and the as-of day itself (vertical line). The table beside it carries the same facts.
 */
export function timeline(milestones: Milestone[], start: string | undefined, end: string | undefined, asOf: string): Element {
  const dates = milestones.flatMap((m) => [m.plannedDate, m.originalPlannedDate, m.achievedOn].filter(Boolean) as string[])
    .concat([start, end, asOf].filter(Boolean) as string[]).map(ms);
  const lo = Math.min(...dates) - 20 * DAY;
  const hi = Math.max(...dates) + 20 * DAY;
  const W = 960, left = 200, right = 20, rowH = 36, top = 30;
  const H = top + milestones.length * rowH + 10;
  const x = (d: string | number) => left + ((typeof d === 'string' ? ms(d) : d) - lo) / (hi - lo) * (W - left - right);
  const id = 'timeline-title';
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': id, class: 'chart timeline', 'data-testid': 'timeline' },
    s('title', { id }, `${t('timeline')}: ${t('timelineDesc')}`));
  // years
  for (let y = new Date(lo).getUTCFullYear(); y <= new Date(hi).getUTCFullYear() + 1; y++) {
    const d = Date.UTC(y, 0, 1);
    if (d < lo || d > hi) continue;
    svg.append(s('line', { x1: x(d), x2: x(d), y1: top - 8, y2: H - 6, class: 'grid-line' }),
      s('text', { x: x(d) + 3, y: top - 14, class: 'axis' }, String(y)));
  }
  if (start && end) {
    svg.append(s('rect', { x: x(start), width: Math.max(1, x(end) - x(start)), y: top - 6, height: 4, class: 'period' },
      s('title', {}, `${t('plannedPeriod')}: ${start} – ${end}`)));
  }
  milestones.forEach((m, i) => {
    const cy = top + i * rowH + rowH / 2;
    const tn = tone(m.status.status);
    const g = s('g', { class: `row tone-${tn}`, 'data-status': m.status.status });
    g.append(s('title', {}, `${m.title}: ${word(m.status.status)}; ${t('plannedDate')} ${m.plannedDate}`
      + (m.originalPlannedDate !== m.plannedDate ? `, ${t('originalDate')} ${m.originalPlannedDate}` : '')
      + (m.achievedOn ? `, ${t('achievedOn')} ${m.achievedOn}` : '')));
    g.append(s('text', { x: left - 8, y: cy + 4, 'text-anchor': 'end', class: 'label' }, truncate(m.title, 14)));
    g.append(s('line', { x1: left, x2: W - right, y1: cy, y2: cy, class: 'row-line' }));
    if (m.originalPlannedDate && m.originalPlannedDate !== m.plannedDate) {
      g.append(s('line', { x1: x(m.originalPlannedDate), x2: x(m.plannedDate), y1: cy, y2: cy, class: 'moved' }),
        diamond(x(m.originalPlannedDate), cy, 'original'));
    }
    if (m.status.status === 'OVERDUE' && ms(asOf) > ms(m.plannedDate)) {
      g.append(s('rect', { x: x(m.plannedDate), width: x(asOf) - x(m.plannedDate), y: cy - 3, height: 6, class: 'overdue-bar' }));
    }
    g.append(diamond(x(m.plannedDate), cy, 'planned'));
    if (m.achievedOn) g.append(s('circle', { cx: x(m.achievedOn), cy, r: 6, class: 'achieved' }));
    g.append(s('text', { x: Math.min(x(m.achievedOn ?? m.plannedDate) + 12, W - right - 90), y: cy - 8, class: 'status-text' },
      word(m.status.status)));
    svg.append(g);
  });
  svg.append(s('line', { x1: x(asOf), x2: x(asOf), y1: top - 10, y2: H - 4, class: 'asof-line' }),
    s('text', { x: x(asOf) + 3, y: H - 6, class: 'axis strong' }, `${t('asOf')} ${asOf}`));
  return h('figure', { class: 'chart-figure' }, svg,
    h('figcaption', { class: 'legend' },
      legend('planned', t('plannedDate')), legend('original', t('originalDate')), legend('achieved', t('achievedOn')),
      legend('overdue-bar', t('overdue')), legend('asof-line', t('asOf'))));
}

function diamond(cx: number, cy: number, cls: string): SVGElement {
  const r = 7;
  return s('path', { d: `M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`, class: cls });
}

export function legend(cls: string, label: string): HTMLElement {
  return h('span', { class: 'legend-item' },
    s('svg', { width: 18, height: 12, 'aria-hidden': 'true', class: 'chart' },
      cls.endsWith('line') || ['moved', 'expected', 'observed'].includes(cls) ? s('line', { x1: 0, x2: 18, y1: 6, y2: 6, class: cls })
        : cls === 'achieved' || cls.startsWith('obs') || cls === 'revised' ? s('circle', { cx: 9, cy: 6, r: 5, class: cls })
          : cls === 'overdue-bar' ? s('rect', { x: 0, y: 3, width: 18, height: 6, class: cls })
            : s('path', { d: 'M9 0L15 6L9 12L3 6Z', class: cls })),
    ' ', label);
}

function truncate(text: string, n: number): string {
  return text.length > n ? text.slice(0, n - 1) + '…' : text;
}
