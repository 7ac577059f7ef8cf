/**
 * Dialogs: the gate dialog (confirm, type-to-confirm, or a notice) with Cancel focused and a typed gate's OK
 * inert until the text matches exactly. {@link io.ironbook.tui.dialog.GateDialog#askAndWait} is the seam the
 * engine's {@code Gate} will be implemented on: a runner thread blocks while the GUI thread shows the dialog.
 */
package io.ironbook.tui.dialog;
