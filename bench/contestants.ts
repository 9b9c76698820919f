/**
 * The contestants of the map benchmark. Each draws the same regions with the same 7 class colours
 * at 800 px width and can switch to a second year. Peers receive the official source geometry
 * (longitude/latitude TopoJSON from ../shared/geo-source) as their users would; bildung-map
 * receives the geometry built by geo/build.ts (pre-projected, quantized, simplified).
 */
export interface Job {
  /** Region keys and values for two years. */
  keys: string[];
  values: [number[], number[]];
  /** Inner class breaks (7 classes) shared by all contestants. */
  breaks: number[];
  colors: string[];
  /** Source topology (lon/lat) and its object name, for peers. */
  sourceTopology: unknown;
  sourceObject: string;
  /** Built topology URL, layer and focus, for bildung-map. */
  builtUrl: string;
  level: string;
  focus: string;
}

export interface Contestant {
  /** Untimed: turns the job's data into the contestant's input format (data already in memory). */
  prepare?(job: Job): void;
  /** Draws year 0 into `stage`; resolves when the DOM is complete. */
  first(stage: HTMLElement, job: Job): Promise<void>;
  /** Switches to year 1; resolves when the DOM is complete. */
  switchYear(): Promise<void>;
}
