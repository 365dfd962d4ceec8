/**
 * What drawing a page needs besides its display list: glyph outlines (asked of the session once
 * per font and glyph, kept as Path2D) and pictures (data: URLs decoded into images).
 */
import type { ImageItem } from '../../src-main/model/display-list.js';
import type { BanmianApi, PageView } from '../../src-main/api/api-types.js';

/** The same picture placed at another size is prepared (downsampled) anew, as in the PDF. */
const imageKey = (item: ImageItem): string => {
  const at = item.placed ?? item;
  return `${item.src}|${at.w}|${at.h}`;
};

interface FontOutlines {
  unitsPerEm: number;
  paths: Map<number, Path2D>;
}

export class DrawResources {
  private readonly fonts = new Map<string, FontOutlines>();
  private readonly images = new Map<string, Promise<HTMLImageElement>>();
  private readonly loaded = new Map<string, HTMLImageElement>();

  constructor(private readonly api: BanmianApi) {}

  glyph(font: string, id: number): { path: Path2D; unitsPerEm: number } | undefined {
    const f = this.fonts.get(font);
    const path = f?.paths.get(id);
    return f && path ? { path, unitsPerEm: f.unitsPerEm } : undefined;
  }

  image(item: ImageItem): HTMLImageElement | undefined {
    return this.loaded.get(imageKey(item));
  }

  /** Fetches every outline and picture the page draws that is not here yet. */
  async load(view: PageView): Promise<void> {
    const wanted = new Map<string, Set<number>>();
    const pictures: Promise<unknown>[] = [];
    view.layout.items.forEach((item, index) => {
      if (item.kind === 'image') pictures.push(this.loadImage(view.number, index, imageKey(item)));
      if (item.kind !== 'text') return;
      const have = this.fonts.get(item.font)?.paths;
      let ids = wanted.get(item.font);
      for (const g of item.glyphs) {
        if (have?.has(g.id)) continue;
        if (!ids) wanted.set(item.font, (ids = new Set()));
        ids.add(g.id);
      }
    });
    await Promise.all([
      ...pictures,
      ...[...wanted].map(async ([font, ids]) => {
        const list = [...ids];
        const got = await this.api.getGlyphs({ font, ids: list });
        let f = this.fonts.get(font);
        if (!f) this.fonts.set(font, (f = { unitsPerEm: got.unitsPerEm, paths: new Map() }));
        list.forEach((id, i) => f.paths.set(id, new Path2D(got.paths[i] ?? '')));
      }),
    ]);
  }

  private loadImage(page: number, index: number, key: string): Promise<unknown> {
    let p = this.images.get(key);
    if (!p) {
      p = this.api.getImage({ page, index }).then(
        ({ url }) =>
          new Promise<HTMLImageElement>((resolve, reject) => {
            const img = new Image();
            img.onload = () => resolve(img);
            img.onerror = () => reject(new Error('the picture cannot be shown'));
            img.src = url;
          }),
      );
      p.then((img) => this.loaded.set(key, img), () => this.images.delete(key));
      this.images.set(key, p);
    }
    return p.catch(() => undefined);
  }
}
