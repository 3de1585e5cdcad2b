import { MemoryClientObject, MemoryClientResult, MemoryCollection } from './clientObject';
import type { MemoryXmlPart } from './memoryWorkbook';
import { MemoryOfficeError } from './officeError';

/** The default namespace of the root element: what Excel files a part under. */
export function rootNamespace(xml: string): string {
  const root = /<([A-Za-z_][\w.:-]*)(\s[^>]*)?\/?>/.exec(
    xml.replace(/<\?[^>]*\?>/g, '').replace(/<!--[\s\S]*?-->/g, ''),
  );
  if (!root) throw new MemoryOfficeError('InvalidArgument', 'XML 无效');
  const ns = /\sxmlns="([^"]*)"/.exec(root[2] ?? '');
  return ns ? ns[1] : '';
}

/** Excel.CustomXmlPart. */
export class MemoryCustomXmlPart extends MemoryClientObject<MemoryXmlPart> {
  protected readonly scalarNames = ['id', 'namespaceUri'] as const;

  protected readScalar(part: MemoryXmlPart, name: string): unknown {
    return name === 'id' ? part.id : part.namespaceUri;
  }

  get id(): string {
    return this.loaded('id');
  }
  get namespaceUri(): string {
    return this.loaded('namespaceUri');
  }

  /** On a null object (getOnlyItemOrNullObject found none or several) the result is null, as in Excel. */
  getXml(): MemoryClientResult<string> {
    const result = new MemoryClientResult<string>();
    this.context.enqueue({ object: this.key, name: 'GetXml' }, () => {
      const part = this.resolve();
      return result.settle(part === null ? (null as unknown as string) : part.xml);
    });
    return result;
  }

  setXml(xml: string): void {
    this.queueCall('setXml', [xml], (part) => {
      part.namespaceUri = rootNamespace(xml);
      part.xml = xml;
      return undefined;
    });
  }

  delete(): void {
    this.queueCall('delete', [], (part) => {
      const model = this.context.model;
      model.customXmlParts = model.customXmlParts.filter((p) => p !== part);
      return undefined;
    });
  }
}

/** workbook.customXmlParts, or the parts of one namespace (getByNamespace). */
export class MemoryCustomXmlPartCollection extends MemoryCollection<MemoryXmlPart, MemoryCustomXmlPart> {
  protected itemProxy(part: MemoryXmlPart): MemoryCustomXmlPart {
    return new MemoryCustomXmlPart(this.context, `customXmlParts[${part.id}]`, () => part);
  }

  private find(id: string): MemoryXmlPart | undefined {
    return (this.resolve() ?? []).find((p) => p.id === id);
  }

  getItem(id: string): MemoryCustomXmlPart {
    return new MemoryCustomXmlPart(this.context, `${this.path}.getItem(${id})`, () => {
      const part = this.find(id);
      if (!part) throw new MemoryOfficeError('ItemNotFound', `找不到 XML 部件：${id}`);
      return part;
    });
  }

  getItemOrNullObject(id: string): MemoryCustomXmlPart {
    return new MemoryCustomXmlPart(
      this.context,
      `${this.path}.getItemOrNullObject(${id})`,
      () => this.find(id) ?? null,
    );
  }

  /** The part when the collection holds exactly one, else a null object. */
  getOnlyItemOrNullObject(): MemoryCustomXmlPart {
    return new MemoryCustomXmlPart(this.context, `${this.path}.getOnlyItemOrNullObject()`, () => {
      const parts = this.resolve() ?? [];
      return parts.length === 1 ? parts[0] : null;
    });
  }

  getCount(): MemoryClientResult<number> {
    const result = new MemoryClientResult<number>();
    this.context.enqueue({ object: this.key, name: 'GetCount' }, () => result.settle((this.resolve() ?? []).length));
    return result;
  }

  getByNamespace(namespaceUri: string): MemoryCustomXmlPartCollection {
    return new MemoryCustomXmlPartCollection(this.context, `${this.path}.getByNamespace(${namespaceUri})`, () =>
      (this.resolve() ?? []).filter((p) => p.namespaceUri === namespaceUri),
    );
  }

  add(xml: string): MemoryCustomXmlPart {
    let created: MemoryXmlPart | undefined;
    this.context.enqueue({ object: this.key, name: 'Add', args: [xml], returnsObject: true }, () => {
      const model = this.context.model;
      created = { id: model.newId('X'), namespaceUri: rootNamespace(xml), xml };
      model.customXmlParts.push(created);
      return { id: created.id };
    });
    return new MemoryCustomXmlPart(this.context, `${this.path}.add()`, () => {
      if (!created) throw new MemoryOfficeError('InvalidObjectPath', 'XML 部件尚未创建');
      return created;
    });
  }
}
