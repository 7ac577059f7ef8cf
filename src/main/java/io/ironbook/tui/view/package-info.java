/**
 * The console's screens and the frame around them: the view stack (Esc goes back), the nodes view (home),
 * node detail and help; the feed that coalesces the node store's changes into at most ten GUI updates a
 * second; background work (cluster calls never run on the GUI thread); and the node actions (cordon,
 * uncordon, drain) behind their gates. Later views (diagnosis, runbooks, run, journal) implement
 * {@link io.ironbook.tui.view.View} and are pushed the same way.
 */
package io.ironbook.tui.view;
