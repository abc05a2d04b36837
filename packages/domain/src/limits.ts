/**
 * Every numeric limit of the rules, named with the rule it comes from (domain-meldewesen.md).
 * Change a limit here and the server, the widgets' test double and the widgets' in-browser
 * checks change with it; the scenario suite (scripts/scenarios) proves they still agree.
 */

/** A3: the move-out date may lie at most this many days in the future. */
export const A3_MAX_DAYS_AHEAD = 7;
/** A3: a move-out date more than this many days in the past gets a gentle notice (still processed). */
export const A3_LATE_AFTER_DAYS = 14;
/** A5: only own children under this age can be co-deregistered (16–17-year-olds use their own eID). */
export const A5_CHILD_AGE_LIMIT = 16;
/** M3, S2, U4, U5: age of majority (minor children, transfers of adults, the Bundeswehr list of those turning 18, address books). */
export const AGE_OF_MAJORITY = 18;
/** U4: the Bundeswehr block matters mainly for German minors from this age. */
export const U4_BUNDESWEHR_RELEVANT_FROM_AGE = 16;
/** U2 (`PARTEIEN_WAHLEN`, § 50 Abs. 1 BMG): Brandenburg municipal elections admit voters from this age. */
export const U2_ELECTION_AGE = 16;
