import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { splitPointer } from './json-pointer.ts';

/** Text range of the node a JSON pointer names (or of its nearest existing ancestor). */
export function locatePointer(text: string, pointer: string): { from: number; to: number } {
  const tree: Node | undefined = parseTree(text);
  if (!tree) return { from: 0, to: Math.min(text.length, 1) };
  const segs: Array<string | number> = splitPointer(pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  for (let n = segs.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, segs.slice(0, n));
    if (node) {
      // For a property value, mark the key too so the marker is visible on one line.
      const target = node.parent?.type === 'property' ? node.parent : node;
      const to = node.type === 'object' || node.type === 'array' ? node.offset + 1 : target.offset + target.length;
      return { from: target.offset, to };
    }
  }
  return { from: 0, to: 1 };
}
