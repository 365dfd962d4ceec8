// Bundled in place of @noble/ciphers/aes (see bundle.ts): pdfkit needs AES only to encrypt a
// PDF, which a printing plant's file never is, and the real one builds its tables on load.
const unused = () => {
  throw new Error('PDF encryption is not used by Banmian');
};
export const cbc = unused;
export const ecb = unused;
