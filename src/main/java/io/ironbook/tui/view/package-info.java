/**
 * The console's screens and the frame around them: the view stack (Esc goes back), the nodes view (home),
 * node detail and help; the feed that coalesces the node store's changes into at most ten GUI updates a
 * second; background work (cluster calls never run on the GUI thread); and the node actions (cordon,
 * uncordon, drain) behind their gates. With the engine behind the console: a node's live diagnosis, the
 * journal of runs and one run's events, the runbooks and the run screens; a view handles its own actions
 * ({@link io.ironbook.tui.view.View#perform}) and says which it offers now (the footer shows only those).
 */
package io.ironbook.tui.view;
