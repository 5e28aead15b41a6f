export { type GenerateRegionOptions, generateRegion } from './generate.js';
export { GOOI_EN_VECHTSTREEK, type Municipality } from './municipalities.js';
