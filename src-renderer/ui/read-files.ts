/** Files chosen in a file picker, read as the API sends them: name and base64 bytes. */
export async function readFiles(list: readonly File[]): Promise<Array<{ name: string; data: string }>> {
  return Promise.all(
    list.map(async (f) => {
      const bytes = new Uint8Array(await f.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { name: f.name, data: btoa(binary) };
    }),
  );
}
