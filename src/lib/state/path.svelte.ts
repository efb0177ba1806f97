/** The transition-path question: from which role to which, how, and with what already known. */
import type { PathMode } from '../view/url';
import { toggle } from './transitions';

/** Path state. */
export class PathState {
  from = $state<string | null>(null);
  to = $state<string | null>(null);
  mode = $state<PathMode>('fewest');
  have = $state<string[]>([]);
  maxSteps = $state<number | null>(null);
  avoid = $state<string[]>([]);

  /** Exchange From and To. */
  swap(): void {
    [this.from, this.to] = [this.to, this.from];
  }

  /** Mark a skill or tool as already held, or not. */
  toggleHave(id: string): void {
    this.have = toggle(this.have, id);
  }

  /** Avoid a role on the way, or allow it again. */
  toggleAvoid(id: string): void {
    this.avoid = toggle(this.avoid, id);
  }

  /** Forget the question. */
  clear(): void {
    this.from = null;
    this.to = null;
    this.have = [];
    this.avoid = [];
    this.maxSteps = null;
  }
}
