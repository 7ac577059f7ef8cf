/**
 * Rules as data: loading and checking rule files (via {@code io.ironbook.yaml}), the one-pass line
 * scanner, and the evaluator that turns facts and matching lines into findings.
 */
package io.ironbook.diagnose.rules;
