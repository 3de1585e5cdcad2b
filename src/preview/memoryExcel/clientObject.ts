import { MemoryOfficeError, propertyNotLoaded } from './officeError';
import type { ModelledMember } from './hostProfile';
import type { MemoryRequestContext } from './requestContext';

export type LoadSpec = string | string[] | { select?: string | string[] } | undefined;

/** 'values, format/fill/color' → ['values', 'format/fill/color']; undefined = every scalar property. */
export function loadPaths(spec: LoadSpec): string[] | undefined {
  if (spec === undefined) return undefined;
  const raw = typeof spec === 'string' ? spec : Array.isArray(spec) ? spec.join(',') : (spec.select ?? '');
  const list = Array.isArray(raw) ? raw.join(',') : raw;
  const paths = list
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return paths.length ? paths : undefined;
}

/** Groups paths by their first segment: ['a/b', 'a/c', 'd'] → a: ['b','c'], d: []. */
function groupPaths(paths: string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const p of paths) {
    const slash = p.indexOf('/');
    const head = slash < 0 ? p : p.slice(0, slash);
    const rest = slash < 0 ? undefined : p.slice(slash + 1);
    const list = groups.get(head) ?? [];
    if (rest) list.push(rest);
    groups.set(head, list);
  }
  return groups;
}

/**
 * A proxy like OfficeExtension.ClientObject: it names an object in the workbook and finds it at sync
 * (first use binds it). Loaded properties are readable after the sync; anything else throws
 * PropertyNotLoaded, as in Excel.
 */
export abstract class MemoryClientObject<T> {
  private bound?: { target: T | null };
  private nullState?: boolean;
  /** This proxy in its request context (see MemoryRequestContext.registerObject). */
  readonly key: number;
  protected readonly loadedValues = new Map<string, unknown>();
  protected abstract readonly scalarNames: readonly string[];

  constructor(
    readonly context: MemoryRequestContext,
    readonly path: string,
    protected readonly locate: () => T | null,
  ) {
    this.key = context.registerObject(path);
  }

  /** This proxy was reached through an API above ExcelApi 1.1: a host without it fails at sync. */
  requires(member: ModelledMember): this {
    this.context.setMember(this.key, member);
    return this;
  }

  /** The object at execution time; null for a null object. */
  resolve(): T | null {
    if (!this.bound) this.bound = { target: this.locate() };
    return this.bound.target;
  }

  protected require(): T {
    const t = this.resolve();
    if (t === null) throw new MemoryOfficeError('InvalidObjectPath', `对象不存在：${this.path}`);
    return t;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded('isNullObject');
    return this.nullState;
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.context.enqueue({ object: this.key, name: '', args: { Select: paths ?? [] } }, () => this.applyLoad(paths));
    return this;
  }

  /** Runs at sync: stores the loaded values and returns them (for the payload estimate). */
  applyLoad(paths: string[] | undefined): Record<string, unknown> {
    const target = this.resolve();
    this.nullState = target === null;
    const out: Record<string, unknown> = {};
    if (target === null) return out;
    const groups = groupPaths(paths ?? [...this.scalarNames]);
    for (const [head, rest] of groups) {
      if (this.scalarNames.includes(head)) {
        const value = this.readScalar(target, head);
        this.loadedValues.set(head, value);
        out[head] = value;
        continue;
      }
      const child = this.navigate(head);
      if (!child) throw new MemoryOfficeError('InvalidArgument', `未知属性：${head}`);
      out[head] = child.applyLoad(rest.length ? rest : undefined);
    }
    return out;
  }

  protected abstract readScalar(target: T, name: string): unknown;

  /** A navigation property (format, fill, protection, areas …) for load paths. */
  protected navigate(_name: string): MemoryClientObject<unknown> | undefined {
    return undefined;
  }

  protected loaded<V>(name: string): V {
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(name);
    return this.loadedValues.get(name) as V;
  }

  /** A property write: visible on this proxy at once (as in Office.js), in the workbook only at sync. */
  protected queueSet(name: string, value: unknown, apply: (target: T) => void): void {
    this.loadedValues.set(name, value);
    this.context.enqueue({ object: this.key, name, args: [value] }, () => {
      apply(this.require());
      return undefined;
    });
  }

  protected queueCall(method: string, args: unknown[], apply: (target: T) => unknown, member?: ModelledMember): void {
    this.context.enqueue({ object: this.key, name: method, args, member }, () => apply(this.require()));
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedValues);
  }
}

/** A collection proxy: `items` after load; item properties via 'items/name' or plain 'name'. */
export abstract class MemoryCollection<T, P extends MemoryClientObject<T>> extends MemoryClientObject<T[]> {
  private loadedItems?: P[];
  protected readonly scalarNames: readonly string[] = [];

  get items(): P[] {
    if (!this.loadedItems) throw propertyNotLoaded('items');
    return this.loadedItems;
  }

  /** Collections are looked up afresh at every use: their members change. */
  override resolve(): T[] | null {
    return this.locate();
  }

  override applyLoad(paths: string[] | undefined): Record<string, unknown> {
    const targets = this.require();
    const itemPaths = paths
      ?.map((p) => (p === 'items' ? '' : p.startsWith('items/') ? p.slice(6) : p))
      .filter((p) => p !== '');
    const items = targets.map((t, i) => this.itemProxy(t, i));
    const loaded = items.map((item) => item.applyLoad(itemPaths && itemPaths.length ? itemPaths : undefined));
    this.loadedItems = items;
    return { items: loaded };
  }

  protected readScalar(): unknown {
    return undefined;
  }

  protected abstract itemProxy(target: T, index: number): P;
}

/** Like OfficeExtension.ClientResult: `value` only after the sync. */
export class MemoryClientResult<V> {
  private state?: { value: V };

  get value(): V {
    if (!this.state) throw propertyNotLoaded('value');
    return this.state.value;
  }

  settle(value: V): V {
    this.state = { value };
    return value;
  }
}
