import { z } from 'zod';
import { runOptionsShape } from '../_internal/options.js';
import { GOOI_EN_VECHTSTREEK } from './municipalities.js';

const size = z.number().int().min(0).max(5_000_000);

/** @internal The options of `generateRegion`, one schema with their defaults; a bad one is `INVALID_ARGUMENT` naming it. */
export const generateRegionOptionsSchema = z.object({
  seed: z.union([z.number(), z.string()]).default(1),
  candidates: size.default(2000),
  vacancies: size.default(3000),
  municipalities: z
    .array(
      z.object({
        name: z.string(),
        lat: z.number(),
        lon: z.number(),
        population: z.number().positive(),
      }),
    )
    .min(1)
    .default(() => [...GOOI_EN_VECHTSTREEK]),
  name: z.string().optional(),
  ...runOptionsShape,
});
