package io.ironbook.tui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.ironbook.tui.render.KeyHints;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KeyMapTest {
    private static final KeyMap ALL = KeyMap.defaults();

    @Test
    void theTableHasTheK9sLikeKeys() {
        String keys = ALL.all().stream().map(binding -> binding.key().label() + "=" + binding.action().id())
                .collect(Collectors.joining(" "));
        assertThat(keys).isEqualTo("?=help /=filter :=command Enter=detail Enter=detail d=diagnose d=rerun"
                + " b=runbooks c=cordon u=uncordon r=drain Enter=start x=cancel-run j=journal R=resume s=sort"
                + " S=reverse t=theme Esc=back q=quit");
        assertThat(ALL.all().stream().filter(KeyBinding::changes).map(KeyBinding::action).toList())
                .containsExactly(ActionId.CORDON, ActionId.UNCORDON, ActionId.DRAIN, ActionId.START,
                        ActionId.CANCEL_RUN, ActionId.RESUME);
    }

    @Test
    void noKeyMeansTwoThingsOnOneScreen() {
        for (ViewKind view : ViewKind.values()) {
            List<String> keys = ALL.forView(view).stream().map(binding -> binding.key().label()).toList();
            assertThat(keys).as("keys of the %s screen", view).doesNotHaveDuplicates();
        }
        assertThat(ALL.action(new KeyStroke(KeyType.Enter), ViewKind.DIAGNOSIS)).contains(ActionId.START);
        assertThat(ALL.action(new KeyStroke(KeyType.Enter), ViewKind.JOURNAL)).contains(ActionId.DETAIL);
        assertThat(ALL.action(new KeyStroke('d', false, false), ViewKind.DIAGNOSIS)).contains(ActionId.RERUN);
        assertThat(ALL.action(new KeyStroke('R', false, false), ViewKind.JOURNAL_RUN)).contains(ActionId.RESUME);
        assertThat(ALL.restrictedTo(EnumSet.allOf(ActionId.class), true).offers(ActionId.RESUME)).isFalse();
        assertThat(ALL.restrictedTo(EnumSet.allOf(ActionId.class), true).offers(ActionId.START)).isFalse();
    }

    @Test
    void readOnlyRemovesEveryChangingActionAndUnavailableActionsAreAbsent() {
        KeyMap readOnly = ALL.restrictedTo(EnumSet.complementOf(EnumSet.of(ActionId.DIAGNOSE)), true);
        assertThat(readOnly.offers(ActionId.CORDON)).isFalse();
        assertThat(readOnly.offers(ActionId.DRAIN)).isFalse();
        assertThat(readOnly.offers(ActionId.DIAGNOSE)).isFalse();
        assertThat(readOnly.offers(ActionId.FILTER)).isTrue();
        assertThat(readOnly.action(new KeyStroke('c', false, false), ViewKind.NODES)).isEmpty();
        assertThat(ALL.action(new KeyStroke('c', false, false), ViewKind.NODES)).contains(ActionId.CORDON);
    }

    @Test
    void keysApplyOnlyInTheirViewsAndNeverWithCtrl() {
        assertThat(ALL.action(new KeyStroke('/', false, false), ViewKind.NODE_DETAIL)).isEmpty();
        assertThat(ALL.action(new KeyStroke('/', false, false), ViewKind.NODES)).contains(ActionId.FILTER);
        assertThat(ALL.action(new KeyStroke('c', true, false), ViewKind.NODES)).isEmpty();
        assertThat(ALL.action(new KeyStroke(KeyType.Enter), ViewKind.NODES)).contains(ActionId.DETAIL);
        assertThat(ALL.action(new KeyStroke(KeyType.Escape), ViewKind.HELP)).contains(ActionId.BACK);
    }

    @Test
    void theFooterIsGeneratedFromTheTableAndAlwaysKeepsQuit() {
        List<KeyBinding> nodes = ALL.forView(ViewKind.NODES);
        String wide = KeyHints.footer(nodes, 200).text();
        assertThat(wide).startsWith("? help  / filter  : command  Enter detail  d diagnose").endsWith("q quit  ");
        String narrow = KeyHints.footer(nodes, 40).text();
        assertThat(narrow).startsWith("? help").contains("q quit").doesNotContain("drain");
        assertThat(narrow.length()).isLessThanOrEqualTo(40);
    }
}
