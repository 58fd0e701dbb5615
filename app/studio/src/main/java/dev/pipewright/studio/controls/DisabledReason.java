package dev.pipewright.studio.controls;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * A control that is disabled says why: it is disabled exactly while its reason is not blank, and the reason is its
 * tooltip then. A disabled control receives no mouse events, so JavaFX would never show its tooltip: the control
 * sits in a wrapper that carries the tooltip and takes the hover while the control is disabled.
 */
public final class DisabledReason {
    private DisabledReason() {
    }

    /**
     * Disables {@code control} while {@code reason} is not blank, with the reason as tooltip.
     *
     * @param enabledTip the tooltip while enabled (what the control does), or null for none
     * @return the node to place in the layout instead of the control
     */
    public static Node bind(Control control, ObservableValue<String> reason, String enabledTip) {
        control.disableProperty().bind(Bindings.createBooleanBinding(() -> !blank(reason.getValue()), reason));
        control.mouseTransparentProperty().bind(control.disableProperty());
        StackPane wrapper = new StackPane(control);
        wrapper.getStyleClass().add("disabled-reason");
        if (control.getId() != null) wrapper.setId(control.getId() + "-why");
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.textProperty().bind(Bindings.createStringBinding(() -> blank(reason.getValue()) ? enabledTip : reason.getValue(), reason));
        Runnable install = () -> {
            Tooltip.uninstall(wrapper, tip);
            if (!blank(tip.getText())) Tooltip.install(wrapper, tip);
        };
        tip.textProperty().addListener((obs, old, now) -> install.run());
        install.run();
        control.getProperties().put(DisabledReason.class, tip);
        return wrapper;
    }

    /** Disables {@code control} while {@code disabled} holds, saying {@code reason} then. */
    public static Node when(Control control, ObservableBooleanValue disabled, String reason) {
        return bind(control, Bindings.createStringBinding(() -> disabled.get() ? reason : null, disabled), null);
    }

    /** The reason a control bound here is disabled, or null while it is enabled. */
    public static String of(Control control) {
        return control.isDisabled() && control.getProperties().get(DisabledReason.class) instanceof Tooltip tip ? tip.getText() : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
