import { localAddress, rectCellCount, sheetAddress } from './address';
import type { CellBlock } from './cellBlock';
import { MemoryClientObject, MemoryCollection } from './clientObject';
import { MemoryRange, type RangeTarget } from './range';
import { MemoryRangeFormat } from './rangeFormat';
import type { MemoryRequestContext } from './requestContext';

/** RangeAreas.areas: one Range per rectangle. */
export class MemoryRangeCollection extends MemoryCollection<RangeTarget, MemoryRange> {
  protected itemProxy(target: RangeTarget, index: number): MemoryRange {
    return new MemoryRange(this.context, `${this.path}[${index}]`, () => target);
  }
}

/** Excel.RangeAreas: several rectangles of one sheet, formatted or selected in one operation. */
export class MemoryRangeAreas extends MemoryClientObject<CellBlock> {
  protected readonly scalarNames = ['address', 'areaCount', 'cellCount'] as const;
  readonly format: MemoryRangeFormat;
  readonly areas: MemoryRangeCollection;

  constructor(context: MemoryRequestContext, path: string, locate: () => CellBlock | null) {
    super(context, path, locate);
    this.format = new MemoryRangeFormat(context, `${path}.format`, () => this.resolve());
    this.areas = new MemoryRangeCollection(context, `${path}.areas`, () => {
      const b = this.resolve();
      return b ? b.rects.map((rect) => ({ sheet: b.sheet, rect })) : null;
    });
  }

  protected override navigate(name: string): MemoryClientObject<unknown> | undefined {
    if (name === 'format') return this.format as MemoryClientObject<unknown>;
    if (name === 'areas') return this.areas as MemoryClientObject<unknown>;
    return undefined;
  }

  protected readScalar(block: CellBlock, name: string): unknown {
    if (name === 'address') return block.rects.map((r) => sheetAddress(block.sheet.name, r)).join(', ');
    if (name === 'areaCount') return block.rects.length;
    return block.rects.reduce((n, r) => n + rectCellCount(r), 0);
  }

  get address(): string {
    return this.loaded('address');
  }
  get areaCount(): number {
    return this.loaded('areaCount');
  }
  get cellCount(): number {
    return this.loaded('cellCount');
  }

  select(): void {
    this.queueCall(
      'select',
      [],
      (block) => {
        this.context.model.activeSheetId = block.sheet.id;
        this.context.model.selection = { sheetId: block.sheet.id, addresses: block.rects.map(localAddress) };
        return undefined;
      },
      'RangeAreas.select',
    );
  }
}
