// Plain-words summaries of model values for the canvas and panels.
import type { TFunction } from 'i18next';
import type { Duration, TimeStandard, TimeUnit } from '../model';

const num = (n: number) => String(Math.round(n * 100) / 100);

export function formatAmount(t: TFunction, value: string, unit: TimeUnit): string {
  return t(`units.short.${unit}`, { value });
}

export function formatDuration(t: TFunction, d: Duration): string {
  const dist = d.dist;
  switch (dist.kind) {
    case 'fixed':
      return formatAmount(t, num(dist.value), d.unit);
    case 'uniform':
      return formatAmount(t, `${num(dist.min)}–${num(dist.max)}`, d.unit);
    case 'triangular':
      return formatAmount(t, `${num(dist.min)}–${num(dist.max)}`, d.unit);
    case 'exponential':
      return formatAmount(t, `~${num(dist.mean)}`, d.unit);
    case 'normal':
    case 'lognormal':
      return formatAmount(t, `${num(dist.mean)}±${num(dist.sd)}`, d.unit);
  }
}

export function formatTimeStandard(t: TFunction, s: TimeStandard): string {
  return t(`timeStandard.summary.${s.kind}`, { amount: formatAmount(t, num(s.limit), s.unit) });
}
