/** The `hyphen` package's pattern modules (CommonJS, no types of their own): the part we call. */
interface Hyphenator {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
declare module 'hyphen/en-us/index.js' {
  const hyphenator: Hyphenator;
  export default hyphenator;
}
declare module 'hyphen/de-1996/index.js' {
  const hyphenator: Hyphenator;
  export default hyphenator;
}
