/** Width in px of `text` at `size` px, bold or regular (the measure of the trend and sankey layouts). */
export type MeasureText = (text: string, size: number, bold?: boolean) => number;

/**
 * Text widths from canvas `measureText` with the host's computed font family (read at the first
 * call), cached per font and text, rounded up to whole px with `ceil`; `fallback` (the layout's
 * estimate) when canvas is unavailable.
 */
export function canvasMeasure(host: Element, fallback: MeasureText, ceil?: boolean): MeasureText {
  const cache = new Map<string, number>();
  let ctx: CanvasRenderingContext2D | null | undefined;
  let family = '';
  return (text, size, bold = false) => {
    if (ctx === undefined) {
      ctx = document.createElement('canvas').getContext('2d');
      family = getComputedStyle(host).fontFamily || 'sans-serif';
    }
    if (!ctx) return fallback(text, size, bold);
    const font = `${bold ? 600 : 400} ${size}px ${family}`;
    const key = `${font}|${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      ctx.font = font;
      w = ctx.measureText(text).width;
      if (ceil) w = Math.ceil(w);
      cache.set(key, w);
    }
    return w;
  };
}
