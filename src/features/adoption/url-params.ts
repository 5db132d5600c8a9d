import { flag, oneOf, text } from '../../lib/url/codecs';
import { defineParam } from '../../lib/url/define-param';
import { MEASURES, type Measure } from './api/measures';

/** The measure on the chart (`metric`). */
export const measureParam = defineParam<Measure>('metric', 'MAU', oneOf(MEASURES), { label: 'Metric' });
/** The region whose figures are drawn; `global` is every region together. */
export const regionParam = defineParam('region', 'global', text, { label: 'Region', refersTo: 'region' });
/** Linear or log y axis. */
export const scaleParam = defineParam<'linear' | 'log'>('scale', 'linear', oneOf(['linear', 'log'] as const), {
  label: 'Scale',
});
/** Lay each platform's line from its own launch day. */
export const alignedParam = defineParam('aligned', false, flag, { label: 'Align on launch' });

/** One counter per platform: its own figures, else the vendor with the most (model/one-vendor.ts). */
export const oneVendorParam = defineParam('onevendor', false, flag, { label: 'One counter per platform' });

/** Every parameter of the Adoption section, for the app's check of a link. */
export const ADOPTION_PARAMS = [measureParam, regionParam, scaleParam, alignedParam, oneVendorParam] as const;
