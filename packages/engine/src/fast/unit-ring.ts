/**
 * The values last built for a few units, by unit number, the oldest forgotten first.
 *
 * Why not a Map from unit to value: such a map lives as long as the stream, while its values are
 * garbage a few units later. A map that is deleted from and added to keeps rebuilding its table, and
 * an old table (in V8's old generation, with no collection of it until a full one) still points at
 * the values it held: young collections take them for live and move them to the old generation,
 * where hundreds of MB of dead records then piled up while a result was streamed. Here the values
 * sit in an array overwritten in place, and the map holds slot numbers only.
 */
export class UnitRing<T> {
  private readonly slotOf = new Map<number, number>();
  private readonly units: number[] = [];
  private readonly values: T[] = [];
  private next = 0;

  constructor(private readonly keep: number) {}

  get(u: number): T | undefined {
    const s = this.slotOf.get(u);
    return s === undefined ? undefined : this.values[s];
  }

  /**
   * Keeps `x` for unit u (not held yet) in place of the oldest value that `pinned` does not hold;
   * when every one is pinned the ring grows. Returns the unit forgotten, or −1.
   */
  add(u: number, x: T, pinned: (x: T) => boolean = () => false): number {
    for (let tries = this.units.length < this.keep ? 0 : this.units.length; tries > 0; tries--) {
      const s = this.next;
      this.next = (s + 1) % this.units.length;
      if (pinned(this.values[s]!)) continue;
      const old = this.units[s]!;
      this.slotOf.delete(old);
      this.units[s] = u;
      this.values[s] = x;
      this.slotOf.set(u, s);
      return old;
    }
    this.slotOf.set(u, this.units.length);
    this.units.push(u);
    this.values.push(x);
    return -1;
  }
}
