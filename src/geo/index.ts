export { NETHERLANDS_BBOX } from './bbox.js';
export { haversineKm } from './distance.js';
