/** Pure logic of `<transition-sankey>`: flow selection, checks, model, layout, texts, keyboard. */
export * from './select';
export * from './check';
export * from './model';
export * from './labels';
export * from './layout';
export * from './text';
export * from './keyboard';
