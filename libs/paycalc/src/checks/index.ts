export * from './check-result';
export * from './series';
export * from './two-lower-than';
export * from './high-skill-wage-growth';
export * from './education-fund';
export * from './fixed-variable-ratio';
export * from './progress-report';
export * from './check-rules';
