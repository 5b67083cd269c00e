export * from './types';
export { selectOutcome } from './select';
export { assess } from './assess';
export { fulfilment, fulfilmentOfCounts } from './fulfilment';
export { formatTarget, formatActual } from './format';
