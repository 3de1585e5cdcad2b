import type { CellBlock } from './cellBlock';
import { assertWritable, forEachPosition, uniformValue } from './cellBlock';
import { MemoryClientObject } from './clientObject';
import { MemoryOfficeError } from './officeError';
import type { MemoryRequestContext } from './requestContext';

const NAMED_COLORS: Record<string, string> = {
  white: '#FFFFFF',
  black: '#000000',
  red: '#FF0000',
  yellow: '#FFFF00',
  orange: '#FFA500',
  green: '#008000',
  blue: '#0000FF',
  lightblue: '#ADD8E6',
};

/** '#ffa500', 'FFA500' or 'orange' → '#FFA500'. */
export function normalizeColor(color: string): string {
  const c = color.trim();
  const hex = /^#?([0-9a-fA-F]{6})$/.exec(c);
  if (hex) return `#${hex[1].toUpperCase()}`;
  const named = NAMED_COLORS[c.toLowerCase()];
  if (named) return named;
  throw new MemoryOfficeError('InvalidArgument', `无效颜色：${color}`);
}

/**
 * Range.format.fill. Like Excel, a cell without fill reads as color '#FFFFFF'; `tintAndShade` is null
 * for no fill and a number for a fill (how add-ins tell "no fill" from white).
 */
export class MemoryRangeFill extends MemoryClientObject<CellBlock> {
  protected readonly scalarNames = ['color', 'tintAndShade', 'pattern'] as const;

  protected readScalar(block: CellBlock, name: string): unknown {
    if (name === 'color') return uniformValue(block, (cell) => cell?.fill ?? '#FFFFFF');
    const filled = uniformValue(block, (cell) => cell?.fill !== undefined);
    if (name === 'tintAndShade') return filled === true ? 0 : null;
    return filled === null ? null : filled ? 'Solid' : 'None';
  }

  get color(): string {
    return this.loaded('color');
  }

  set color(value: string) {
    this.queueSet('color', value, (block) => {
      assertWritable(block);
      const color = normalizeColor(value);
      forEachPosition(block, (r, c) => {
        block.sheet.ensureCell(r, c).fill = color;
      });
    });
  }

  get tintAndShade(): number | null {
    return this.loaded('tintAndShade');
  }

  get pattern(): string | null {
    return this.loaded('pattern');
  }

  clear(): void {
    this.queueCall('clear', [], (block) => {
      assertWritable(block);
      forEachPosition(block, (r, c) => {
        const cell = block.sheet.cell(r, c);
        if (!cell) return;
        delete cell.fill;
        block.sheet.compact(r, c);
      });
      return undefined;
    });
  }
}

/** Range.format: only the fill is modelled. */
export class MemoryRangeFormat extends MemoryClientObject<CellBlock> {
  protected readonly scalarNames = [] as const;
  readonly fill: MemoryRangeFill;

  constructor(context: MemoryRequestContext, path: string, locate: () => CellBlock | null) {
    super(context, path, locate);
    this.fill = new MemoryRangeFill(context, `${path}.fill`, () => this.resolve());
  }

  protected readScalar(): unknown {
    return undefined;
  }

  protected override navigate(name: string): MemoryClientObject<unknown> | undefined {
    return name === 'fill' ? (this.fill as MemoryClientObject<unknown>) : undefined;
  }
}
