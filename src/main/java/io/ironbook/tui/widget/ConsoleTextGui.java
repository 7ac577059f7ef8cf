package io.ironbook.tui.widget;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.DefaultWindowManager;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.gui2.TextGUIThreadFactory;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.screen.Screen;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * The console's text GUI: Lanterna's multi-window GUI, except that while a full-screen window covers the
 * screen the background is not painted. Lanterna paints the background (a blank fill, then the background
 * component's fill) on every redraw and then copies each window over it; under the console's full-screen
 * window those two fills of every cell were more than a quarter of a redraw's cost, all of it painted over.
 */
public final class ConsoleTextGui extends MultiWindowTextGUI {

    /** A GUI on {@code screen} whose uncovered background is blank in {@code background}. */
    public ConsoleTextGui(TextGUIThreadFactory threads, Screen screen, TextColor background) {
        super(threads, screen, new DefaultWindowManager(), null, new EmptySpace(background));
    }

    @Override
    protected synchronized void drawGUI(TextGUIGraphics graphics) {
        super.drawGUI(coveredByFullScreenWindow() ? withoutFills(graphics) : graphics);
    }

    private boolean coveredByFullScreenWindow() {
        for (Window window : getWindows()) {
            if (window.isVisible() && window.getHints().contains(Window.Hint.FULL_SCREEN)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The screen's graphics, ignoring whole-area fills: Lanterna draws windows into their own buffers and
     * copies them with {@code drawImage}, so the only fills on the screen's graphics are the background's.
     */
    private static TextGUIGraphics withoutFills(TextGUIGraphics real) {
        return (TextGUIGraphics) Proxy.newProxyInstance(ConsoleTextGui.class.getClassLoader(),
                new Class<?>[] {TextGUIGraphics.class}, (proxy, method, args) -> {
                    if (isFill(method)) {
                        return proxy;
                    }
                    Object result;
                    try {
                        result = method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (result == real) {
                        return proxy;
                    }
                    return result instanceof TextGUIGraphics inner && method.getName().equals("newTextGraphics")
                            ? withoutFills(inner) : result;
                });
    }

    private static boolean isFill(Method method) {
        return method.getName().equals("fill") && method.getParameterCount() == 1;
    }
}
