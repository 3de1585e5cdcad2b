import { displayWidth } from './displayWidth';

/** The part of a terminal stream the bar needs (process.stderr, or a fake in tests). */
export interface TerminalStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const BAR_WIDTH = 20;
const CLEAR_LINE = '\r\x1b[K';

/** The end of a name that fits in `width` columns, with … in front when cut (the file name is at the end). */
function fitEnd(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const chars = [...text];
  let kept = '';
  for (let i = chars.length - 1; i >= 0 && displayWidth(`…${chars[i]}${kept}`) <= width; i--) kept = chars[i] + kept;
  return `…${kept}`;
}

/**
 * One line on the terminal redrawn in place: '校验 12/50 [████░░░░] 某文件.xlsx'. Drawn only when the stream is a
 * terminal, so a pipe, a log file or a test's captured stderr never receives it.
 */
export class ProgressBar {
  private drawn = false;

  private constructor(
    private readonly stream: TerminalStream,
    private readonly total: number,
  ) {}

  /** A bar on `stream`, or undefined when it is not a terminal (nothing to draw on). */
  static on(stream: TerminalStream, total: number): ProgressBar | undefined {
    return stream.isTTY ? new ProgressBar(stream, total) : undefined;
  }

  /** Show that file number `index + 1` of the total, `name`, is being checked. */
  show(index: number, name: string): void {
    const filled = Math.round((BAR_WIDTH * index) / this.total);
    const head = `校验 ${index + 1}/${this.total} [${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] `;
    // One column short of the width: writing the last column makes some terminals wrap to a new line.
    // A terminal of unknown size reports 0 columns.
    const room = Math.max(10, (this.stream.columns || 80) - 1 - displayWidth(head));
    this.stream.write(`${CLEAR_LINE}${head}${fitEnd(name, room)}`);
    this.drawn = true;
  }

  /** Remove the bar, before any other line is written to the terminal and at the end. */
  clear(): void {
    if (!this.drawn) return;
    this.stream.write(CLEAR_LINE);
    this.drawn = false;
  }
}
