/**
 * Runbooks: records for the model, the strict YAML loader with {@code file:line:col} errors, and the
 * catalogue of shipped and user runbooks.
 *
 * <p>A leaf: imports no other {@code io.ironbook} package; Jackson YAML only.
 */
package io.ironbook.runbook;
