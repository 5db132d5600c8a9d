/**
 * Width of one character of a chart's 11 px label, without measuring: the chart may be
 * drawn off screen, or in Node for a snapshot. Wider than a sans-serif's mean, so a label
 * laid out with it never runs past the room it was given.
 */
export const LABEL_CHAR_PX = 6.3;
