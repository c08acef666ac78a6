/**
 * The computed text styles an outside stylesheet most often changes (directly or by
 * inheritance): the common core of what the style fingerprints of the page and of the
 * card compare.
 */
export const TEXT_STYLE_PROPERTIES = [
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'line-height',
  'letter-spacing',
] as const;
