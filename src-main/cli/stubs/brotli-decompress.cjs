// Bundled in place of brotli/decompress.js (see bundle.ts): fontkit needs it only for WOFF2
// fonts, and the real one builds its dictionary whenever fontkit loads.
module.exports = function decompress() {
  throw new Error('WOFF2 fonts cannot be read by the command line: use the font as TTF or OTF');
};
