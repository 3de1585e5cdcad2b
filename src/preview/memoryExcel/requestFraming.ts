import type { ModelledMember } from './hostProfile';
import type { OperationDescription } from './requestContext';

/**
 * The bytes of a request as Office.js frames it: every object a batch touches is one entry of
 * ObjectPaths (type, name, parent id, arguments) plus an instantiate action, written once per request;
 * every load, property set and method call is one action naming its object path and the ids it needs;
 * a method that creates an object (add) is an object path of its own. Ids count up through the request,
 * so a large batch costs more per operation than a small one. The constants are calibrated against
 * Office.js's own serializer (test/preview/requestFraming.test.ts loads it from @microsoft/office-js in
 * Node and compares).
 */

/** A proxy of one request context: its path (what it names), its parent proxy, the API it needs. */
export interface ProxyObject {
  path: string;
  parent?: number;
  member?: ModelledMember;
}

/** {"Id":7,"ObjectPathType":3,"Name":"","ParentObjectPathId":5,"ArgumentInfo":{"Arguments":[]}} with its key, and {"Id":8,"ActionType":1,"Name":"","ObjectPathId":7}. */
const OBJECT_BYTES = 145;
/** {"Id":13,"ActionType":4,"Name":"","ObjectPathId":11,"ArgumentInfo":{"Arguments":[]},"L":[]}. */
const ACTION_BYTES = 90;
/** {"Actions":[],"ObjectPaths":{}} and the workbook's own path and instantiate action. */
const ENVELOPE_BYTES = 120;
/** An argument that is an object: its id in Arguments and in ReferencedObjectPathIds. */
const REFERENCE_BYTES = 50;

const utf8 = typeof TextEncoder === 'undefined' ? undefined : new TextEncoder();

export function utf8Length(s: string): number {
  return utf8 ? utf8.encode(s).length : s.length * 3;
}

function digits(n: number): number {
  return String(n).length;
}

export class RequestFraming {
  private readonly seen = new Set<number>();
  private nextId = 1;
  bytes = ENVELOPE_BYTES;

  constructor(private readonly objects: readonly ProxyObject[]) {}

  add(op: OperationDescription): void {
    let chain = 0;
    for (const ref of op.refs ?? []) chain += this.addObject(ref);
    chain += this.addObject(op.object);
    const argBytes = op.args === undefined ? 0 : utf8Length(JSON.stringify(op.args) ?? '');
    const id = digits(this.nextId);
    const base = op.returnsObject ? OBJECT_BYTES + 5 * id : ACTION_BYTES + 2 * id;
    this.bytes += base + utf8Length(op.name) + argBytes + (op.refs?.length ?? 0) * REFERENCE_BYTES;
    // "L": the ids of every object the action needs, the workbook's first.
    this.bytes += (chain + 1) * (id + 1);
    this.nextId += op.returnsObject ? 2 : 1;
  }

  /** The object and its parents, each framed once per request; returns how many there are. */
  private addObject(key: number): number {
    const chain: number[] = [];
    for (let k: number | undefined = key; k !== undefined; k = this.objects[k].parent) chain.push(k);
    for (const k of chain.reverse()) {
      if (this.seen.has(k)) continue;
      this.seen.add(k);
      const { path, parent } = this.objects[k];
      const segment = parent === undefined ? path : path.slice(this.objects[parent].path.length);
      this.bytes += OBJECT_BYTES + 3 * digits(this.nextId) + utf8Length(segment);
      this.nextId += 2;
    }
    return chain.length;
  }
}
