/**
 * Collection of evidence bundles from a node over SSH and from the Kubernetes API.
 *
 * <p>May import {@code cluster}, {@code remote}, {@code diagnose} and {@code config}.
 */
package io.ironbook.collect;
