/**
 * The page being worked on: the composed page drawn on a canvas from its display list, and over
 * it an SVG in page points with the grid, the blocks (hover, selection, handles), the drag
 * ghost, proof marks and highlights. Blocks move and resize in whole columns and lines; an
 * unplaced article dragged from its list lands with its top-left corner on the cell under the
 * pointer, the ghost showing the height the session would give it.
 */
import { useEffect, useLayoutEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { BlockView, PageView as View } from '../../src-main/api/api-types.js';
import { isMarkable } from '../../src-main/model/article-parts.js';
import type { Diagnostic } from '../../src-main/model/display-list.js';
import type { GridPlace } from '../../src-main/model/geometry.js';
import { baseline, columnLeft, placeRect, spanWidth } from '../../src-main/model/grid-geometry.js';
import { changedAreas } from '../draw/changed-areas.js';
import { drawPage } from '../draw/draw-page.js';
import { characterAt, characterBox } from '../../src-main/proof/glyph-boxes.js';
import { readsOnly, type EditorState, type EditorStore } from '../store/editor-store.js';
import { copyfitOf, copyfitText } from './copyfit.js';
import { dragged, dropCell, HANDLES, MOVE, placeOf, samePlace, type Edges } from './drag-geometry.js';
import { MarkDraft } from './MarkDraft.js';

interface Drag {
  block: BlockView;
  /** The other blocks of a group dragged with it (moved by the same columns and lines). */
  group: BlockView[];
  edges: Edges;
  startX: number;
  startY: number;
  place: GridPlace;
  /** Whether the session accepts the current place. */
  ok: boolean;
  inFlight: boolean;
  wanted?: GridPlace;
}

/** The ghost of an article being dropped: where it would go, and whether it may. */
interface Drop extends GridPlace {
  ok: boolean;
  message?: string;
}

/** A pointer's position in page points, over a canvas drawn at `zoom` pixels per point. */
function pagePoint(canvas: HTMLCanvasElement, zoom: number, e: { clientX: number; clientY: number }): { x: number; y: number } {
  const r = canvas.getBoundingClientRect();
  return { x: (e.clientX - r.left) / zoom, y: (e.clientY - r.top) / zoom };
}

export function PageCanvas({ store, state }: { store: EditorStore; state: EditorState }): React.JSX.Element {
  const scroller = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [hover, setHover] = useState<number | undefined>(undefined);
  const [drag, setDrag] = useState<Drag | undefined>(undefined);
  const dragRef = useRef<Drag | undefined>(undefined);
  const [drop, setDrop] = useState<Drop | undefined>(undefined);
  const current = state.views.get(state.page);
  const view: View | undefined = state.preview && state.preview.number === state.page ? state.preview : current;
  const zoom = state.zoom;

  // Fit the page to the window when asked to.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !current || !state.fit) return;
    const fit = (): void => store.fitted(Math.min((el.clientWidth - 48) / current.layout.width, (el.clientHeight - 48) / current.layout.height));
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    return () => ro.disconnect();
  }, [store, current, state.fit]);

  // What the canvas shows: a new view of the same page at the same size is drawn again only where it changed.
  const drawn = useRef<{ view: View; scale: number } | undefined>(undefined);
  useEffect(() => {
    const c = canvas.current;
    if (!c || !view) return;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(view.layout.width * zoom * dpr);
    const h = Math.round(view.layout.height * zoom * dpr);
    const resized = c.width !== w || c.height !== h;
    if (c.width !== w) c.width = w;
    if (c.height !== h) c.height = h;
    const ctx = c.getContext('2d');
    if (!ctx) return;
    const scale = zoom * dpr;
    const last = drawn.current;
    const only = !resized && last && last.scale === scale && last.view.number === view.number && last.view !== view ? changedAreas(last.view.layout, view.layout) : undefined;
    if (last?.view !== view || resized || last.scale !== scale) drawPage(ctx, view, store.resources, { scale, ...(only ? { only } : {}) });
    drawn.current = { view, scale };
  }, [view, zoom, store]);

  // An unplaced article dragged from its list, or a story's overset text to continue here (下转):
  // follow the pointer over the page, drop on release.
  const dropping = state.dragArticle?.article;
  const jump = state.dragArticle?.jump === true;
  useEffect(() => {
    const page = state.page;
    if (!dropping || !current) return;
    let alive = true;
    let inFlight = false;
    let wanted: { column: number; top: number } | undefined;
    const cellAt = (e: PointerEvent): { column: number; top: number } | undefined => {
      if (!canvas.current) return undefined;
      const p = pagePoint(canvas.current, zoom, e);
      return dropCell(current.grid, current.layout, p.x, p.y);
    };
    const send = (): void => {
      const at = wanted;
      if (!at || inFlight) return;
      wanted = undefined;
      inFlight = true;
      void store.previewArticle(dropping, page, at, jump).then((r) => {
        inFlight = false;
        if (!alive) return;
        setDrop(r.ok ? { ...r, ok: true } : { ...at, span: store.getSnapshot().dropSpan, height: 8, ok: false, message: r.message });
        send();
      });
    };
    const move = (e: PointerEvent): void => {
      const d = store.getSnapshot().dragArticle;
      if (d) store.dragArticle({ ...d, x: e.clientX, y: e.clientY });
      const at = cellAt(e);
      if (!at) return setDrop(undefined);
      wanted = at;
      setDrop((prev) => ({ height: 8, ok: true, ...prev, ...at, span: store.getSnapshot().dropSpan }));
      send();
    };
    const up = (e: PointerEvent): void => {
      const at = cellAt(e);
      store.dragArticle(undefined);
      if (at) void store.placeArticle(dropping, page, at, jump);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    return () => {
      alive = false;
      setDrop(undefined);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
  }, [dropping, jump, current, state.page, zoom, store]);

  if (!view) return <div className="page-scroll empty" ref={scroller}>正在排版…</div>;
  const { grid, layout } = view;
  const toPoints = (e: { clientX: number; clientY: number }): { x: number; y: number } => pagePoint(canvas.current as HTMLCanvasElement, zoom, e);

  const send = (d: Drag): void => {
    const to = d.wanted;
    if (!to || d.inFlight) return;
    d.wanted = undefined;
    d.inFlight = true;
    if (d.group.length) return; // A group's place is checked when it is dropped.
    void store.previewPlace(state.page, d.block.index, to).then((ok) => {
      d.inFlight = false;
      if (dragRef.current !== d) return;
      d.ok = ok;
      setDrag({ ...d });
      send(d);
    });
  };

  const startDrag = (e: ReactPointerEvent, block: BlockView, edges: Edges): void => {
    if (state.mode !== 'layout' || e.button !== 0 || readsOnly(state)) return;
    e.stopPropagation();
    // Shift+click gathers a group; dragging one of a group moves them all.
    if (e.shiftKey && edges === MOVE) return store.toggleSelect(state.page, block.index);
    const inGroup = edges === MOVE && state.selected?.page === state.page && (state.selected.also?.length ?? 0) > 0 && store.selection().includes(block.index);
    if (!inGroup) store.select(state.page, block.index);
    const group = inGroup ? store.selection().filter((i) => i !== block.index).flatMap((i) => view.blocks[i] ?? []) : [];
    const p = toPoints(e);
    const d: Drag = { block, group, edges, startX: p.x, startY: p.y, place: placeOf(block), ok: true, inFlight: false };
    dragRef.current = d;
    setDrag(d);
    (e.currentTarget as Element).setPointerCapture(e.pointerId);
  };

  const moveDrag = (e: ReactPointerEvent): void => {
    const d = dragRef.current;
    if (!d) return;
    const p = toPoints(e);
    const place = dragged(grid, d.block, d.edges, p.x - d.startX, p.y - d.startY);
    if (samePlace(place, d.place)) return;
    d.place = place;
    d.wanted = place;
    setDrag({ ...d });
    send(d);
  };

  const endDrag = (): void => {
    const d = dragRef.current;
    dragRef.current = undefined;
    setDrag(undefined);
    if (!d) return;
    const { block: b, place } = d;
    if (samePlace(place, b)) store.endPreview();
    else if (d.group.length) void store.moveGroup(state.page, [b.index, ...d.group.map((g) => g.index)], place.column - b.column, place.top - b.top);
    else void store.place(state.page, b.index, place).then(() => store.endPreview());
  };

  const clickPage = (e: ReactPointerEvent): void => {
    if (state.mode === 'proof') {
      // The click's default would take focus back from the comment box it opens.
      e.preventDefault();
      const p = toPoints(e);
      const hit = characterAt(layout, p.x, p.y);
      if (!hit || !isMarkable(hit.source.part)) return;
      store.startMark({
        anchor: { article: hit.source.article, part: hit.source.part, paragraph: hit.source.paragraph, offset: hit.source.offset },
        quote: hit.glyph.chars,
        page: state.page,
        x: hit.x,
        y: hit.bottom,
      });
    } else if (e.target === e.currentTarget) store.select(state.page, undefined);
  };

  const selected = state.selected?.page === state.page ? view.blocks[state.selected.block] : undefined;
  const grouped = new Set(state.selected?.page === state.page ? store.selection() : []);
  const single = selected && grouped.size === 1 ? selected : undefined;
  const handle = 7 / zoom;
  const marks = state.doc?.marks ?? [];
  const ghost = drag && placeRect(grid, drag.place);
  const dropGhost = drop && placeRect(grid, drop);
  const [, sy0, sx1] = selected ? bounds(selected) : [0, 0, 0];

  return (
    <div className="page-scroll" ref={scroller}>
      {view.auto && state.mode === 'layout' && <div className="auto-note">本版为自动排版：移动、调整、撤下任一稿件或修改其文字后，全版转为固定版块</div>}
      {!view.auto && view.blocks.length > 0 && state.mode === 'layout' && (
        <div className="page-tools">
          <button onClick={() => void store.autoPlacePage(view.number)} disabled={readsOnly(state)} title="按版上稿件的顺序重新自动排版（头条在前）" data-cmd="auto-place">重新自动排版</button>
        </div>
      )}
      <div className="page-stage" style={{ width: layout.width * zoom, height: layout.height * zoom }}>
        <canvas ref={canvas} className="page-canvas" data-page={view.number} data-revision={view.revision} style={{ width: layout.width * zoom, height: layout.height * zoom }} />
        <svg
          className={`page-overlay mode-${state.mode}`}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width * zoom}
          height={layout.height * zoom}
          onPointerDown={clickPage}
          onPointerMove={moveDrag}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
        >
          {state.showGrid && <GridOverlay view={view} zoom={zoom} />}
          {view.blocks.map((b) => (
            <polygon
              key={b.index}
              className={`block${view.auto ? ' auto' : ''}${hover === b.index ? ' hover' : ''}${grouped.has(b.index) ? ' selected' : ''}`}
              data-block={b.index}
              data-article={b.article}
              points={b.outline.map((p) => p.join(',')).join(' ')}
              strokeWidth={1.5 / zoom}
              onPointerEnter={() => setHover(b.index)}
              onPointerLeave={() => setHover(undefined)}
              onPointerDown={(e) => startDrag(e, b, MOVE)}
            >
              <title>{`《${b.headline}》 ${b.span}栏 × ${b.height}行`}</title>
            </polygon>
          ))}
          {state.doc && copyfitTags(view, state.doc.diagnostics).map(({ block, fit }) => {
            const [, , x1, y1] = bounds(block);
            const text = copyfitText(fit);
            const size = 11 / zoom;
            const w = text.length * size * 0.92 + size;
            return (
              <g key={`fit-${block.index}`} className={`copyfit-tag ${fit.kind}`} data-copyfit={block.article}>
                <rect x={x1 - w - 2 / zoom} y={y1 - size * 1.7} width={w} height={size * 1.5} rx={2 / zoom} />
                <text x={x1 - w / 2 - 2 / zoom} y={y1 - size * 0.6} fontSize={size} textAnchor="middle">{text}</text>
              </g>
            );
          })}
          {single && !drag && state.mode === 'layout' && (
            <g className="handles">
              {HANDLES.map(([name, edges]) => {
                const [x0, y0, x1, y1] = bounds(single);
                const x = edges.left ? x0 : edges.right ? x1 : (x0 + x1) / 2;
                const y = edges.top ? y0 : edges.bottom ? y1 : (y0 + y1) / 2;
                return <rect key={name} className={`handle handle-${name}`} data-handle={name} x={x - handle / 2} y={y - handle / 2} width={handle} height={handle} strokeWidth={1 / zoom} onPointerDown={(e) => startDrag(e, single, edges)} />;
              })}
            </g>
          )}
          {ghost && <rect className={`ghost${drag.ok ? '' : ' refused'}`} x={ghost.x} y={ghost.y} width={ghost.w} height={ghost.h} strokeWidth={2 / zoom} />}
          {drag?.group.map((g) => {
            const r = placeRect(grid, { ...placeOf(g), column: g.column + drag.place.column - drag.block.column, top: g.top + drag.place.top - drag.block.top });
            return <rect key={`group-${g.index}`} className="ghost group" x={r.x} y={r.y} width={r.w} height={r.h} strokeWidth={2 / zoom} />;
          })}
          {dropGhost && (
            <rect className={`ghost drop${drop.ok ? '' : ' refused'}`} x={dropGhost.x} y={dropGhost.y} width={dropGhost.w} height={dropGhost.h} strokeWidth={2 / zoom}>
              <title>{drop.ok ? `${drop.span}栏 × ${drop.height}行` : drop.message}</title>
            </rect>
          )}
          {state.highlight?.page === state.page && (
            <rect className="highlight" x={state.highlight.x - 2} y={state.highlight.y - 2} width={state.highlight.w + 4} height={state.highlight.h + 4} strokeWidth={2.5 / zoom} />
          )}
          {marks.map((m, i) => {
            const box = characterBox(layout, m.anchor);
            if (!box) return null;
            const r = Math.max(5, 9 / zoom);
            return (
              <g key={m.id} className={`mark ${m.status}${state.focusMark === m.id ? ' focus' : ''}`} data-mark={m.id} onPointerDown={(e) => { e.stopPropagation(); store.setTab('proof'); store.showHighlight(undefined, m.id); }}>
                <rect className="mark-box" x={box.x} y={box.top} width={box.width} height={box.bottom - box.top} strokeWidth={1.2 / zoom} />
                <line x1={box.x + box.width} y1={box.top} x2={box.x + box.width + r} y2={box.top - r} strokeWidth={1.2 / zoom} />
                <circle cx={box.x + box.width + r * 1.6} cy={box.top - r * 1.6} r={r} />
                <text x={box.x + box.width + r * 1.6} y={box.top - r * 1.6} fontSize={r * 1.2} dy={r * 0.42}>{i + 1}</text>
              </g>
            );
          })}
        </svg>
        {selected && !drag && state.mode === 'layout' && (
          <button className="block-remove" data-cmd="remove-block" style={{ left: sx1 * zoom - 52, top: sy0 * zoom + 6 }} title="撤下这篇稿件（Delete），稿件回到未上版" onClick={() => void store.removeSelected()}>
            撤下
          </button>
        )}
        {drop && !drop.ok && <div className="drop-refusal" style={{ left: (dropGhost?.x ?? 0) * zoom, top: ((dropGhost?.y ?? 0) - 18) * zoom }}>{drop.message}</div>}
        {state.draftMark && state.draftMark.page === state.page && <MarkDraft store={store} draft={state.draftMark} zoom={zoom} />}
      </div>
    </div>
  );
}

function bounds(b: BlockView): [number, number, number, number] {
  const xs = b.outline.map((p) => p[0]);
  const ys = b.outline.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function GridOverlay({ view, zoom }: { view: View; zoom: number }): React.JSX.Element {
  const g = view.grid;
  const height = g.lines * g.pitch;
  const width = spanWidth(g, g.columns);
  const reserved = placeRect(g, { column: 1, span: g.columns, top: 0, height: g.reservedLines });
  return (
    <g className="grid" pointerEvents="none">
      {Array.from({ length: g.columns }, (_, i) => (
        <rect key={`c${i}`} className="grid-column" x={columnLeft(g, i + 1)} y={g.top} width={g.columnWidth} height={height} />
      ))}
      {Array.from({ length: g.lines }, (_, k) => (
        <line key={`l${k}`} className={k % 5 === 4 ? 'grid-line fifth' : 'grid-line'} x1={g.left} x2={g.left + width} y1={baseline(g, k)} y2={baseline(g, k)} strokeWidth={0.6 / zoom} />
      ))}
      {g.reservedLines > 0 && <rect className="grid-reserved" x={reserved.x} y={reserved.y} width={reserved.w} height={reserved.h} />}
    </g>
  );
}

/** Where text is over or short on this page: a tag at the foot of the article's last block there (overset marked on the page itself). */
function copyfitTags(view: View, diagnostics: readonly Diagnostic[]): Array<{ block: BlockView; fit: ReturnType<typeof copyfitOf> }> {
  const articles = [...new Set(view.blocks.map((b) => b.article))];
  return articles.flatMap((article) => {
    const fit = copyfitOf(diagnostics, article, view.number);
    const block = view.blocks.filter((b) => b.article === article).pop();
    return fit.kind === 'fits' || !block ? [] : [{ block, fit }];
  });
}
