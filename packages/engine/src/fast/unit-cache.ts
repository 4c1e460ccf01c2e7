/**
 * The values last built for a few units, by unit number, the oldest forgotten first: what a stream
 * of units keeps of the units just written (their records, their rows of facts). Kept for longer,
 * such values outlived young-generation collections and piled up, dead, in V8's old generation
 * while a result was streamed.
 */
export class UnitCache<T> {
  private readonly values = new Map<number, T>();

  constructor(private readonly keep: number) {}

  get(u: number): T | undefined {
    return this.values.get(u);
  }

  /**
   * Keeps `x` for unit u (not held yet), forgetting the oldest value that `pinned` does not hold
   * when `keep` are held (when every one is pinned, none). Returns the unit forgotten, or −1.
   */
  add(u: number, x: T, pinned: (x: T) => boolean = () => false): number {
    let forgot = -1;
    if (this.values.size >= this.keep) {
      for (const [v, y] of this.values) {
        if (pinned(y)) continue;
        this.values.delete(v);
        forgot = v;
        break;
      }
    }
    this.values.set(u, x);
    return forgot;
  }
}
