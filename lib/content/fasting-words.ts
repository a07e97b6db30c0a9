/**
 * The fasting rules' words that every place stating them must share: the
 * rules on /preparation, the planner's times and its calendar file. Seed 001:
 * morning medicines "with a sip of water"; clear liquids "such as clear juices
 * or black coffee".
 */

/** What counts as a clear liquid. */
export const CLEAR_LIQUID_MEANING =
  'A clear liquid is one you can see through, such as water, clear apple juice, or black coffee or tea with no milk.';

/** The one thing allowed after the last clear liquids. */
export const DRINK_NOTHING_AFTER =
  'drink nothing, except a sip of water to take the medicines your care team said you can take';
