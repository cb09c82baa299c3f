// Step sizes that fit their labels: the label is wrapped with the real text width (measured by
// the caller, e.g. with a canvas in the browser) at growing box widths until it fits in a few
// lines, so long Chinese labels wrap inside a box of sensible size instead of being cut.
import { NODE_SIZES, type FlowNode } from '../model';

/** Width in pixels of `text` in the label font of a step. */
export type MeasureText = (text: string) => number;

/** Label metrics of the step boxes (they match the canvas CSS: .fl-task, .fl-label). */
const LINE_HEIGHT = 16.25; // 13 px × 1.25
const TASK = { widths: [140, 170, 200, 240], chrome: 23, vertical: 12 + 3 + 2 + 16, maxLines: 3 };
const DECISION = { widths: [120, 150, 180, 220], share: 0.72 * 0.75, maxLines: 3 };

export function nodeSizeFor(node: Pick<FlowNode, 'kind' | 'label'>, measure: MeasureText): { w: number; h: number } {
  const base = NODE_SIZES[node.kind];
  if (node.kind === 'task' || node.kind === 'wait') {
    const w = fittingWidth(node.label, TASK.widths, (w) => w - TASK.chrome, measure);
    const lines = wrap(node.label, w - TASK.chrome, measure).length;
    return { w, h: Math.max(base.h, Math.ceil(TASK.vertical + Math.min(lines, TASK.maxLines) * LINE_HEIGHT)) };
  }
  if (node.kind === 'decision') {
    const w = fittingWidth(node.label, DECISION.widths, (w) => w * DECISION.share, measure);
    const lines = Math.min(wrap(node.label, w * DECISION.share, measure).length, DECISION.maxLines);
    // A diamond's text area is about half its height: keep the proportion of the default shape.
    return { w, h: Math.max(base.h, Math.round((w * base.h) / base.w), Math.ceil(2 * lines * LINE_HEIGHT + 12)) };
  }
  return base; // events and gateways have fixed shapes; their labels sit outside
}

/** The narrowest width at which the label takes at most two lines (else the widest). */
function fittingWidth(label: string, widths: number[], textWidth: (w: number) => number, measure: MeasureText): number {
  return widths.find((w) => wrap(label, textWidth(w), measure).length <= 2) ?? widths[widths.length - 1]!;
}

/**
 * Greedy line breaking like the browser's `word-break: break-word`: Latin words stay whole when
 * they fit, CJK characters may break anywhere.
 */
export function wrap(text: string, width: number, measure: MeasureText): string[] {
  const tokens = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line === '' || measure(next.trimEnd()) <= width) {
      line = line === '' ? token.trimStart() : next;
      continue;
    }
    lines.push(line.trimEnd());
    line = token.trimStart();
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}
