/** Excel.ConditionalFormatCollection (placeholder; the full version follows). */
import { CollectionProxy } from "../client/collection";
import { MemoryClientObject } from "../client/clientObject";

export class ConditionalFormatCollectionProxy extends CollectionProxy<MemoryClientObject> {
  readonly _typeName = "ConditionalFormatCollection";

  protected _itemsNow(): MemoryClientObject[] {
    return [];
  }
}
