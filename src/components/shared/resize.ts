import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ResizeOptions<T> {
  /** Turns the observer's entries into `value`; called with `[]` right after the first update. */
  callback: (entries: ResizeObserverEntry[]) => T;
  /** No `callback([])` after the first update: `value` stays unset until the first resize entry. */
  skipInitial?: boolean;
}

/**
 * Observes the host's size and re-renders it on a change; `value` is what `callback` made of the
 * entries. What `@lit-labs/observers`' `ResizeController` does for the host, without its
 * `target()` directive, which the widgets do not use and whose directive runtime every bundle
 * would carry.
 */
export class ResizeController<T> implements ReactiveController {
  value?: T;
  private readonly observer?: ResizeObserver;
  /** Observation started and the initial `callback([])` is still due. */
  private pending = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: ResizeOptions<T>,
  ) {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      this.value = options.callback(entries);
      host.requestUpdate();
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.observer!.observe(this.host);
    this.pending = true;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer!.disconnect();
  }

  hostUpdated(): void {
    if (this.pending && !this.options.skipInitial) this.value = this.options.callback([]);
    this.pending = false;
  }
}
