export * from './date.js';
export * from './holidays.js';
export * from './format.js';
