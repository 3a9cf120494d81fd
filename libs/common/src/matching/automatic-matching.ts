/**
 * Asks for an automatic match run after a change that takes part in matching (a gap or offer
 * created, opened, changed, cancelled or withdrawn; a proposal declined). The features that
 * change gaps, offers and proposals depend on this port only; the match-runs library provides it
 * (AutomaticMatchingModule, imported once by each app that changes data), so that they need not
 * depend on match runs, which depend on them.
 */
export abstract class AutomaticMatching {
  /** Never throws: the change is committed; a failure to schedule is logged. */
  abstract schedule(reason: string): Promise<void>;
}
