/**
 * Diagnosis: evidence bundles, one parser per bundle file, rules as data, the cascade resolver and the
 * report; also the catalogue of finding ids that runbooks name in {@code appliesTo}.
 *
 * <p>A leaf: imports only {@code io.ironbook.yaml} (rule files); Jackson reads node.yaml/JSON and meta.yaml and writes the JSON report.
 */
package io.ironbook.diagnose;
