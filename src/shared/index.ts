export * from './result';
export * from './rect';
export * from './clamp';
