/** The pure core of `<indicator-trend>`: model, scales, layout, labels, keyboard, words. */
export * from './model';
export * from './scale';
export * from './styles';
export * from './labels';
export * from './layout';
export * from './keyboard';
export * from './text';
