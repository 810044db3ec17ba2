import { fmt, h, s } from '../dom';
import { t, word } from '../i18n';
import type { Indicator } from '../types';
import { legend } from './timeline';

/**
 * The indicator's trajectory, 2025 to 2030: the expected line the target draws (from the 2025 baseline to the
 * 2030 target), the figures compared (a line), each marked preliminary (hollow) or final (filled), and every
 * figure a revision replaced (grey, joined to the figure that replaced it).
 */
export function trajectory(ind: Indicator): Element {
  const { target, observed } = ind.trajectory;
  if (target.length === 0 && observed.length === 0) return h('p', { class: 'dim' }, t('noChartData'));
  const level = ind.trajectory.measure === 'level';
  const figures = new Map(ind.observations.filter((o) => /^\d{4}$/.test(o.period)).map((o) => [Number(o.period) - (o.laggedYear ? 1 : 0), o]));
  const replaced = level ? [...figures.entries()].flatMap(([year, o]) => o.replaced.map((r) => ({ year, ...r, now: o.value }))) : [];
  const values = [...target, ...observed].map((p) => p.value).concat(replaced.map((r) => r.value));
  let lo = Math.min(...values), hi = Math.max(...values);
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.15;
  lo -= pad; hi += pad;
  const W = 720, H = 320, L = 64, R = 24, T = 24, B = 40;
  const x = (y: number) => L + (y - 2025) / 5 * (W - L - R);
  const y = (v: number) => T + (hi - v) / (hi - lo) * (H - T - B);
  const id = 'trajectory-title';
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': id, class: 'chart trajectory', 'data-testid': 'trajectory' },
    s('title', { id }, `${t('trajectory')} ${ind.name}: ${t('trajectoryDesc')}`));
  for (let yr = 2025; yr <= 2030; yr++) {
    svg.append(s('line', { x1: x(yr), x2: x(yr), y1: T, y2: H - B, class: 'grid-line' }),
      s('text', { x: x(yr), y: H - B + 18, 'text-anchor': 'middle', class: 'axis' }, String(yr)));
  }
  for (let i = 0; i <= 4; i++) {
    const v = lo + (hi - lo) * i / 4;
    svg.append(s('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), class: 'grid-line' }),
      s('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'axis' }, fmt(v, 2)));
  }
  svg.append(s('text', { x: 4, y: 14, class: 'axis' }, `${ind.unit} · ${ind.trajectory.measure}`));
  if (target.length) {
    svg.append(s('polyline', { points: target.map((p) => `${x(p.year)},${y(p.value)}`).join(' '), class: 'expected' },
      s('title', {}, `${t('expectedLine')}: ${target.map((p) => `${p.year} ${fmt(p.value)}`).join(', ')}`)));
    const last = target[target.length - 1];
    svg.append(s('text', { x: x(last.year) - 4, y: y(last.value) - 10, 'text-anchor': 'end', class: 'annot' },
      `${t('target2030')} ${fmt(last.value)}`));
  }
  replaced.forEach((r) => svg.append(
    s('line', { x1: x(r.year), x2: x(r.year), y1: y(r.value), y2: y(r.now), class: 'moved' }),
    s('circle', { cx: x(r.year), cy: y(r.value), r: 5, class: 'revised', 'data-testid': 'revised-point' },
      s('title', {}, `${r.year}: ${fmt(r.value)} (${word(r.kind)}) → ${fmt(r.now)}${r.reason ? ' · ' + r.reason : ''}`))));
  if (observed.length) {
    svg.append(s('polyline', { points: observed.map((p) => `${x(p.year)},${y(p.value)}`).join(' '), class: 'observed' }));
    observed.forEach((p) => {
      const o = figures.get(p.year);
      const isBaseline = p.year === 2025 && !o;
      const kind = isBaseline ? 'baseline' : o?.kind === 'FINAL' ? 'obs-final' : 'obs-preliminary';
      svg.append(s('circle', { cx: x(p.year), cy: y(p.value), r: isBaseline ? 6 : 5, class: kind, 'data-testid': 'observed-point' },
        s('title', {}, `${p.year}: ${fmt(p.value)} ${ind.unit}${isBaseline ? ' · ' + t('baseline') : o ? ' · ' + word(o.kind) : ''}`)));
      if (isBaseline) svg.append(s('text', { x: x(p.year) + 8, y: y(p.value) + 18, class: 'annot' }, `${t('baseline')} ${fmt(p.value)}`));
    });
  }
  return h('figure', { class: 'chart-figure' }, svg,
    h('figcaption', { class: 'legend' },
      legend('expected', t('expectedLine')), legend('observed', t('observedLine')),
      legend('obs-preliminary', t('preliminary')), legend('obs-final', t('final')), legend('revised', t('revised'))));
}
