/** FNV-1a: a stable hash of the text, so a message stays on its side of the split as the corpus grows. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

const HELD_OUT_PERCENT = 15;

export function isHeldOut(text: string): boolean {
  return fnv1a(text) % 100 < HELD_OUT_PERCENT;
}
