export * from './types';
export { selectOutcome } from './select';
export { assess } from './assess';
export { fulfilment } from './fulfilment';
export { formatTarget, formatActual } from './format';
