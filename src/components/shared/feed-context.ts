import { ContextConsumer, ContextRoot, createContext } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import type { FeedState } from './feed-controller';

/** What a `<bildung-feed>` gives the widgets inside it: the feed's URL and its loading state. */
export interface ProvidedFeed {
  /** The `src` of the `<bildung-feed>` (the map finds its geometry next to it); unset for `data`. */
  src?: string;
  state: FeedState;
  /** Loads the feed again after an error (a widget's retry button). */
  retry?: () => void;
}

/** The @lit/context key of the shared feed. */
export const feedContext = createContext<ProvidedFeed | undefined>(Symbol.for('bildung-widgets.feed'));

let root: ContextRoot | undefined;

/**
 * Subscribes `host` to the feed of the nearest `<bildung-feed>` around it; `onChange` gets every
 * new value. A `ContextRoot` on the document keeps requests of widgets that were upgraded before
 * the `<bildung-feed>` element was defined (script order on CMS pages) and answers them once it is.
 */
export function consumeFeed(
  host: ReactiveControllerHost & HTMLElement,
  onChange: (value: ProvidedFeed | undefined) => void,
): ContextConsumer<typeof feedContext, ReactiveControllerHost & HTMLElement> {
  if (!root && typeof document !== 'undefined') {
    root = new ContextRoot();
    root.attach(document.documentElement);
  }
  return new ContextConsumer(host, { context: feedContext, subscribe: true, callback: onChange });
}
