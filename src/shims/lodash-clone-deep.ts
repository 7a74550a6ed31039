/**
 * Stands in for `lodash-es/cloneDeep` in Formik (see astro.config.mjs), which deep-copies the initial
 * values: plain data, which the platform's structuredClone copies without lodash's ~5 KB gzip.
 */
export default function cloneDeep<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}
