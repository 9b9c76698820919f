/**
 * Stories are test fixtures: `test/browser/stories.test.ts` renders every story and checks what it
 * shows. Each story says what to expect in `parameters.fixture` (default: a chart and no error).
 */
export interface StoryFixture {
  /** `chart`: the widget draws its chart (default). `error`: it shows its error box. */
  /** The element the story shows, when it is not the meta's `component` (table-source stories). */
  component?: string;
  expect?: 'chart' | 'error';
  /** Text that must appear in the widget (shadow DOM text, whitespace collapsed). */
  text?: string | string[];
  /** A selector that must match inside the widget's shadow root. */
  selector?: string;
  /** A computed style inside the shadow root, e.g. a themed colour: `[selector, property, value]`. */
  computed?: [selector: string, property: string, value: string];
}

/** `parameters: fixture({ expect: 'error', text: '…' })`. */
export const fixture = (f: StoryFixture): { fixture: StoryFixture } => ({ fixture: f });
