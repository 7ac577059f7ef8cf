/**
 * Diagnosis: evidence bundles, one parser per bundle file, rules as data, the cascade resolver and the
 * report; also the catalogue of finding ids that runbooks name in {@code appliesTo}.
 *
 * <p>A leaf: imports no other {@code io.ironbook} package; Jackson only.
 */
package io.ironbook.diagnose;
