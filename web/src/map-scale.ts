/**
 * The choropleth's colour classes: counts are heavy-tailed (a few countries take most events), so
 * class limits grow geometrically and small counts stay distinguishable from none.
 */

/** A sequential blue ramp, light to dark, readable for the common forms of colour blindness. */
export const MAP_COLORS: readonly string[] = ['#c6dbef', '#9ecae1', '#5fa2ce', '#2b73b0', '#08427e'];

/** The fill of a country with no events. */
export const NO_DATA_COLOR = '#eef0f3';

/** One colour class: counts from `min` to `max` inclusive. */
export interface ColorClass {
  min: number;
  max: number;
  color: string;
}

/**
 * Up to five classes covering 1..max with geometrically growing upper limits, no empty or
 * repeated class.
 *
 * @example
 * colorClasses(100); // 1–3, 4–6, 7–16, 17–40, 41–100
 * colorClasses(1); // one class: 1–1
 */
export function colorClasses(max: number): ColorClass[] {
  if (max < 1) return [];
  const count = MAP_COLORS.length;
  const classes: ColorClass[] = [];
  let min = 1;
  for (let i = 1; i <= count && min <= max; i++) {
    const upper = i === count ? max : Math.max(min, Math.round(max ** (i / count)));
    classes.push({ min, max: upper, color: '' });
    min = upper + 1;
  }
  // Fewer classes take the ramp's darker end, so the busiest country is always the darkest.
  return classes.map((c, i) => ({ ...c, color: MAP_COLORS[count - classes.length + i] ?? '' }));
}

/**
 * The fill for a count.
 *
 * @example
 * colorFor(5, colorClasses(100)); // the second class's colour
 */
export function colorFor(count: number, classes: readonly ColorClass[]): string {
  if (count < 1) return NO_DATA_COLOR;
  return classes.find((c) => count <= c.max)?.color ?? classes[classes.length - 1]?.color ?? NO_DATA_COLOR;
}
