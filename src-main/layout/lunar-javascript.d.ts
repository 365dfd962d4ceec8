/** lunar-javascript ships no types; lunar-date.ts narrows the one call it makes. */
declare module 'lunar-javascript' {
  const lunar: unknown;
  export default lunar;
}
