/**
 * Runs runbooks: binds parameters, asks gates before anything destructive, executes each step kind
 * through the adapters' interfaces, journals every event and holds per-node locks. It never prints.
 *
 * <p>May import {@code runbook}, {@code diagnose}, {@code cluster}, {@code remote}, {@code collect} and
 * {@code config}; no third-party library except Jackson (for the journal).
 */
package io.ironbook.engine;
