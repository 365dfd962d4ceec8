/**
 * Whether a block may go where the user dragged it: the rules of layout/block-checks.ts for that
 * block, as a sentence for the layout editor (Chinese), or undefined when the place is fine.
 */
import { blockProblems, type BlockProblem } from '../layout/block-checks.js';
import type { PageGrid } from '../layout/grid.js';
import type { Diagnostic } from '../model/display-list.js';
import type { GridPlace } from '../model/geometry.js';
import type { Block, Issue, Page } from '../model/issue.js';

export function placementProblem(issue: Issue, page: Page, index: number, place: GridPlace, grid: PageGrid, reserved: number): string | undefined {
  const block = page.blocks[index];
  if (!block) return `第${page.number}版没有第${index + 1}块稿件`;
  const blocks = page.blocks.map((b, i) => (i === index ? { ...b, ...place } : b));
  const images = (id: string): number => issue.articles.find((a) => a.id === id)?.images.length ?? 0;
  const problem = blockProblems(blocks, { columns: grid.columns, lines: grid.lines, reserved }, images).find(
    (p) => p.block === index || (p.kind === 'overlap' && p.other === index),
  );
  return problem && problemText(problem, index, blocks, issue);
}

function problemText(problem: BlockProblem, index: number, blocks: readonly Block[], issue: Issue): string {
  const b = blocks[index] as Block;
  const headline = (i: number): string => {
    const id = (blocks[i] as Block).article;
    return issue.articles.find((a) => a.id === id)?.headline ?? id;
  };
  switch (problem.kind) {
    case 'past-columns':
      return `超出版心：第${b.column}–${b.column + b.span - 1}栏，本版只有${problem.columns}栏`;
    case 'past-lines':
      return `超出版心：排到第${b.top + b.height}行，本版只有${problem.lines}行`;
    case 'in-masthead':
      return `压住报头：报头占版心前${problem.reserved}行`;
    case 'notch-too-big':
      return `稿件区太小：缺角就有${b.notch?.columns}栏×${b.notch?.lines}行`;
    case 'notch-on-box':
      return '加框的稿件区不能缺角';
    case 'notch-under-vertical-headline':
      return '竖排标题要占稿件区的右上角，那里不能缺角';
    case 'no-such-image':
      return `稿件只有${problem.images}张图片`;
    case 'photo-past-columns':
    case 'photo-past-lines': {
      const photo = (b.photos ?? [])[problem.photo] as NonNullable<Block['photos']>[number];
      return `稿件区太小：图片占${photo.span}栏×${photo.top + photo.height}行`;
    }
    case 'overlap':
      return `与《${headline(problem.block === index ? problem.other : problem.block)}》重叠（第${problem.column}栏第${problem.line + 1}行）`;
  }
}

type Overprint = Extract<Diagnostic, { kind: 'headline-past-block' | 'photo-past-block' }>;
const isOverprint = (d: Diagnostic): d is Overprint => d.kind === 'headline-past-block' || d.kind === 'photo-past-block';

/**
 * Why a layout change may not stand: a headline or photo frame it pushes past the foot of its
 * block (over the story below), found in the composition with the change against the one
 * before. Overprints there before are the editor's to see in the findings, not a reason to refuse.
 */
export function overprintProblem(before: readonly Diagnostic[], after: readonly Diagnostic[], issue: Issue): string | undefined {
  const key = (d: Overprint): string => `${d.page}:${d.article}:${d.kind}`;
  const was = new Map(before.filter(isOverprint).map((d) => [key(d), d.lines]));
  const worse = after.filter(isOverprint).find((d) => d.lines > (was.get(key(d)) ?? 0));
  if (!worse) return undefined;
  const headline = issue.articles.find((a) => a.id === worse.article)?.headline ?? worse.article;
  const what = worse.kind === 'headline-past-block' ? '标题' : '图片';
  const remedy = worse.kind === 'headline-past-block' ? '把版块拉高些，或把标题字号改小' : '把版块拉高些，或把图框改小';
  return `《${headline}》的${what}放不下（第${worse.page}版）：会超出版块 ${worse.lines} 行，压在下面的内容上。${remedy}`;
}
