/** Which roles are being compared, and the "shared by at least k" threshold. */
import { toggle } from './transitions';

/** Comparison state. */
export class CompareState {
  roles = $state<string[]>([]);
  k = $state(2);

  /** Add a role to the comparison or take it out. */
  toggle(id: string): void {
    this.roles = toggle(this.roles, id);
  }

  /** Set the threshold, kept between 1 and the number of roles. */
  setK(k: number): void {
    this.k = Math.max(1, Math.min(Math.max(2, this.roles.length), Math.round(k) || 1));
  }

  /** Stop comparing. */
  clear(): void {
    this.roles = [];
  }
}
