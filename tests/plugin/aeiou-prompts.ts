/** The AEIOU prompts by stage key, for tests that spell out a rendered template by hand. */
import { AEIOU_STAGES } from '../../src/core/aeiou';

/** The prompts of the one AEIOU table (its wording is not what these tests are about). */
export const P = Object.fromEntries(AEIOU_STAGES.map((stage) => [stage.key, stage.prompt])) as Record<string, string>;
