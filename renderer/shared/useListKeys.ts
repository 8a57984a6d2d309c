import { useRef, useState } from 'react';

/**
 * Keys for an editable list whose items have no id of their own: each item keeps its key when an
 * item above it is removed, so React never hands one item's field state to its neighbour. Every
 * add and remove of the list must go through `added` and `removed`.
 */
export function useListKeys(initialLength: number) {
  const nextKey = useRef(initialLength);
  const [keys, setKeys] = useState(() => Array.from({ length: initialLength }, (_, i) => i));
  return {
    keyOf: (index: number): number | string => keys[index] ?? `new-${index}`,
    added: () => setKeys((k) => [...k, nextKey.current++]),
    removed: (index: number) => setKeys((k) => k.filter((_, j) => j !== index)),
  };
}
