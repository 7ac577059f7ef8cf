package io.ironbook.cli;

import java.nio.charset.Charset;

/** The few symbols line output uses, with ASCII stand-ins when the terminal is not UTF-8. */
record Glyphs(String arrow, String dot, String check) {

    static Glyphs forCharset(Charset charset) {
        return charset.name().toUpperCase(java.util.Locale.ROOT).startsWith("UTF")
                ? new Glyphs("→", "·", "✓")
                : new Glyphs("->", "-", "*");
    }

    static Glyphs current() {
        String encoding = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        Charset charset = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding) : Charset.defaultCharset();
        return forCharset(charset);
    }
}
