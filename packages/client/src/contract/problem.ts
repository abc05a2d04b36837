import * as z from 'zod/mini';
import { PROBLEM_CODES } from './values.ts';


export const ProblemCode = z.enum(PROBLEM_CODES);
export type ProblemCode = z.infer<typeof ProblemCode>;

/** RFC 9457 problem details, served as `application/problem+json`. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.minimum(400), z.maximum(599)),
  code: ProblemCode,
  detail: z.optional(z.string()),
  /** Fields that failed validation, as JSON pointers into the request body (`/moveOutDate`). */
  fields: z.optional(z.array(z.object({ pointer: z.string(), code: z.optional(ProblemCode) }))),
});
export type Problem = z.infer<typeof Problem>;
