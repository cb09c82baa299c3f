export const clamp = (value: number, min: number, max: number) =>
  Math.min(max, Math.max(min, value));

export const snap = (value: number, step: number) => Math.round(value / step) * step;
