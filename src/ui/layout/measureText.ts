// Text widths for sizing steps to their labels, measured with a canvas in the font the canvas
// labels use (.fl-label: 13 px), so Chinese and Latin labels wrap as they will be drawn.
import type { MeasureText } from '../../layout';

const LABEL_FONT_SIZE = '13px';

export function createTextMeasure(): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      if (context) context.font = `${LABEL_FONT_SIZE} ${family}`;
      // Without a 2D context (never in a real browser), assume square CJK glyphs.
      width = context ? context.measureText(text).width : text.length * 13;
      cache.set(text, width);
    }
    return width;
  };
}
