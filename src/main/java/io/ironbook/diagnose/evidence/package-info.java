/**
 * Evidence: the bundle folder and its meta, the contract's file names, one structured parser per
 * contract file (facts), and the log record reader that survives messy pastes. Knows nothing of rules.
 */
package io.ironbook.diagnose.evidence;
