/**
 * The composition root: {@code Main} reads the environment, builds the adapters and hands them to the
 * command line as interfaces.
 *
 * <p>May import every other {@code io.ironbook} package, logback (to configure the log file) and nothing
 * else outside the JDK.
 */
package io.ironbook.app;
