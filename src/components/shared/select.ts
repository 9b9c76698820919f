import { html, type TemplateResult } from 'lit';
import { formatYear } from '../../core/format';
import { BildungYearChangeEvent } from './events';

/**
 * A labelled `<select>` of `values` (shown as `text(value)`); the one equal to `selected` is
 * chosen, and `onPick` gets the value the user picks.
 */
export function renderSelect<V extends string | number>(
  label: string,
  values: readonly V[],
  selected: V | undefined,
  text: (value: V) => string,
  onPick: (value: string) => void,
): TemplateResult {
  return html`<label
    >${label}
    <select @change=${(e: Event) => onPick((e.target as HTMLSelectElement).value)}>
      ${values.map((v) => html`<option value=${v} ?selected=${v === selected}>${text(v)}</option>`)}
    </select></label
  >`;
}

/**
 * The year `<select>` of a widget: picking a year sets the element's `year` and fires
 * `bildung-year-change` (a user action).
 */
export function renderYearSelect(
  label: string,
  years: readonly number[],
  selected: number | undefined,
  host: HTMLElement & { year?: number },
): TemplateResult {
  return renderSelect(label, years, selected, formatYear, (value) => {
    const year = Number(value);
    host.year = year;
    host.dispatchEvent(new BildungYearChangeEvent({ year }));
  });
}
