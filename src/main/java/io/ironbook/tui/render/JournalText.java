package io.ironbook.tui.render;

import io.ironbook.engine.RunHeader;
import io.ironbook.engine.RunRecord;
import io.ironbook.tui.theme.StyleKey;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The journal screen's list of runs, laid out for a width: STARTED, RUNBOOK (id@version), STATE, then
 * OPERATOR and RUN (the whole id, about 140 columns) when there is room, and the params last, cut to what is
 * left. The run's screen always shows its id.
 */
public final class JournalText {
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String GAP = "  ";
    private static final int STARTED_WIDTH = 16;
    private static final int STATE_WIDTH = 13;
    private static final int MIN_PARAMS = 18;
    private static final int MAX_RUNBOOK = 34;

    /** The column widths for a list and a width; 0 for a column left out. */
    private record Columns(int runbook, int operator, int run, int params) {
    }

    private JournalText() {
    }

    /** The column titles, for a line of {@code width} columns drawn one column left of the rows. */
    public static StyledLine titles(List<RunRecord> runs, int width) {
        Columns columns = columns(runs, width - 2);
        StringBuilder line = new StringBuilder(" ");
        line.append(pad("STARTED", STARTED_WIDTH)).append(GAP).append(pad("RUNBOOK", columns.runbook())).append(GAP)
                .append(pad("STATE", STATE_WIDTH)).append(GAP);
        if (columns.operator() > 0) {
            line.append(pad("OPERATOR", columns.operator())).append(GAP);
        }
        if (columns.run() > 0) {
            line.append(pad("RUN", columns.run())).append(GAP);
        }
        line.append("PARAMS");
        return StyledLine.of(line.toString(), StyleKey.TABLE_HEADER);
    }

    /**
     * One line per run, newest first as given; the selected one drawn as the selection.
     *
     * @param going the ids of the runs still going in this console (their journals have no end yet)
     */
    public static List<StyledLine> rows(List<RunRecord> runs, Set<String> going, int selected, ZoneId zone,
            Glyphs glyphs, int width) {
        Columns columns = columns(runs, width);
        List<StyledLine> lines = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            RunRecord run = runs.get(i);
            RunHeader header = run.header();
            StyleKey row = i == selected ? StyleKey.ROW_SELECTED : StyleKey.ROW;
            StyledLine.Builder line = new StyledLine.Builder()
                    .add(pad(STARTED.format(header.started().atZone(zone)), STARTED_WIDTH) + GAP, row)
                    .add(pad(glyphs.fit(ref(header), columns.runbook()), columns.runbook()) + GAP, row)
                    .add(pad(going.contains(header.runId()) ? glyphs.arrow() + " running" : state(run, glyphs),
                            STATE_WIDTH), i == selected ? row : stateStyle(run))
                    .add(GAP, row);
            if (columns.operator() > 0) {
                line.add(pad(glyphs.fit(header.user() + "@" + header.host(), columns.operator()), columns.operator())
                        + GAP, row);
            }
            if (columns.run() > 0) {
                line.add(pad(header.runId(), columns.run()) + GAP, row);
            }
            line.add(glyphs.fit(params(header.params()), columns.params()), row);
            lines.add(line.build());
        }
        return lines;
    }

    private static Columns columns(List<RunRecord> runs, int width) {
        int runbook = "RUNBOOK".length();
        int operator = "OPERATOR".length();
        int run = "RUN".length();
        for (RunRecord record : runs) {
            runbook = Math.max(runbook, ref(record.header()).length());
            operator = Math.max(operator, (record.header().user() + "@" + record.header().host()).length());
            run = Math.max(run, record.header().runId().length());
        }
        runbook = Math.min(runbook, MAX_RUNBOOK);
        operator = Math.min(operator, 24);
        int fixed = STARTED_WIDTH + STATE_WIDTH + 3 * GAP.length();
        runbook = Math.max(10, Math.min(runbook, width - fixed - MIN_PARAMS));
        int left = width - fixed - runbook;
        int withOperator = left >= operator + GAP.length() + MIN_PARAMS ? operator : 0;
        left -= withOperator == 0 ? 0 : withOperator + GAP.length();
        int withRun = left >= run + GAP.length() + MIN_PARAMS ? run : 0;
        left -= withRun == 0 ? 0 : withRun + GAP.length();
        return new Columns(runbook, withOperator, withRun, Math.max(0, left));
    }

    /** {@code runbook@version}. */
    public static String ref(RunHeader header) {
        return header.runbookId() + "@" + header.version();
    }

    /** The state with its symbol: {@code ● succeeded}, {@code ▲ failed}, {@code ? interrupted}. */
    public static String state(RunRecord run, Glyphs glyphs) {
        String symbol = run.finish().isEmpty() ? glyphs.unknown()
                : run.state().equals("succeeded") ? glyphs.ready() : glyphs.notReady();
        return symbol + " " + run.state();
    }

    /** The state's colour: Ready's for a success, Unknown's for a run that never finished, else NotReady's. */
    public static StyleKey stateStyle(RunRecord run) {
        return run.finish().isEmpty() ? StyleKey.STATUS_UNKNOWN
                : run.state().equals("succeeded") ? StyleKey.STATUS_READY : StyleKey.STATUS_NOT_READY;
    }

    /** {@code node=worker-1 reason=disk}: the node first, the others by name. */
    public static String params(Map<String, String> params) {
        List<String> parts = new ArrayList<>();
        if (params.containsKey("node")) {
            parts.add("node=" + params.get("node"));
        }
        parts.addAll(params.entrySet().stream().filter(e -> !e.getKey().equals("node")).sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.toList()));
        return String.join(" ", parts);
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
