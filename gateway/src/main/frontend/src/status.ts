import { h } from './dom';
import { word } from './i18n';

// Colour plus text plus a symbol: a status is never told by colour alone.
export type Tone = 'good' | 'warn' | 'bad' | 'neutral' | 'muted';

const TONES: Record<string, Tone> = {
  ON_TRACK: 'good', ACHIEVED: 'good', COMPLETED: 'good',
  DELAYED: 'warn', AT_RISK: 'warn', BEHIND: 'warn', PENDING_ASSIGNMENT: 'warn',
  NO_RECENT_REPORT: 'warn', NO_LEAD_DEPARTMENT: 'warn', UNASSIGNED_INDICATOR: 'warn',
  OVERDUE: 'bad', OFF_TRACK: 'bad', OVERDUE_MILESTONE: 'bad', HIGH_RISK_OPEN: 'bad', BINDING_INDICATOR_OFF_TRACK: 'bad',
  NOT_STARTED: 'neutral', NO_DATA: 'neutral', NOT_SCORED: 'neutral', SUSPENDED: 'neutral',
  CANCELLED: 'muted', DROPPED: 'muted',
};

const SYMBOLS: Record<Tone, string> = { good: '✓', warn: '!', bad: '✕', neutral: '○', muted: '–' };

export function tone(status: string | null | undefined): Tone {
  return (status && TONES[status]) || 'neutral';
}

/** A status as a chip: symbol, words, and (when given) a count. */
export function chip(status: string | null | undefined, count?: number, title?: string): HTMLElement {
  const tn = tone(status);
  return h('span', { class: `chip tone-${tn}`, 'data-status': status ?? '', title: title ?? null },
    h('span', { class: 'sym', 'aria-hidden': 'true' }, SYMBOLS[tn]), ' ', word(status),
    count === undefined ? null : h('span', { class: 'count' }, ` ${count}`));
}

/** The non-zero entries of a by-status map as chips, most serious first. */
export function chips(byStatus: Record<string, number> | undefined, testId?: string): HTMLElement {
  const order: Tone[] = ['bad', 'warn', 'good', 'neutral', 'muted'];
  const entries = Object.entries(byStatus ?? {}).filter(([, n]) => n > 0)
    .sort((a, b) => order.indexOf(tone(a[0])) - order.indexOf(tone(b[0])));
  return h('span', { class: 'chips', 'data-testid': testId ?? null },
    entries.length === 0 ? h('span', { class: 'dim' }, '—') : entries.map(([k, n]) => chip(k, n)));
}
